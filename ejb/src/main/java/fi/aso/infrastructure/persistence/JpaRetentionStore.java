package fi.aso.infrastructure.persistence;

import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.LegalHold;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.domain.retention.RetentionRecord;
import fi.aso.domain.retention.RetentionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retention in SQL: the expiry of each kind is one query, and so is each removal, so that the dry
 * run and the run ask the same question. A case whose period ended keeps its row (the audit trail
 * and the statistics name its id), with a pseudonym for its reference and name; everything else
 * that says who the client is, or what was said about them, is removed.
 */
@ApplicationScoped
public class JpaRetentionStore implements RetentionStore {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaRetentionStore() {}

  /** For tests outside the container. */
  public JpaRetentionStore(EntityManager em) {
    this.em = em;
  }

  /** The period of a kind in the region {@code regionColumn}: the region's own or the default. */
  private static String days(RetentionKind kind, String regionColumn) {
    return "coalesce((select p.days from retention_period p where p.region_id = "
        + regionColumn
        + " and p.kind = '"
        + kind.name()
        + "'), "
        + kind.defaultDays()
        + ")";
  }

  private static final String NOT_HELD =
      " not exists (select 1 from client_case h where h.id = %s and h.legal_hold_at is not null)";

  /** When the case reached the state it is in (its last state change; its referral without). */
  private static final String SINCE =
      "coalesce((select max(s.changed_at) from case_state_change s where s.case_id = c.id"
          + " and s.to_state = c.state), c.referred_at)";

  private static String expiredCases(RetentionKind kind, String states) {
    String until = SINCE + " + make_interval(days => " + days(kind, "c.region_id") + ")";
    return "select '"
        + kind.name()
        + "', c.region_id, 'client_case', c.id, c.id, (("
        + until
        + ") at time zone 'Europe/Helsinki')::date from client_case c"
        + " where c.state in ("
        + states
        + ") and c.anonymised_at is null and c.legal_hold_at is null and "
        + until
        + " <= ?1";
  }

  private static final String SCANS =
      "select 'CONSENT_SCAN', c.region_id, 'consent_document', d.id, c.id, ((e.ended"
          + " + make_interval(days => "
          + days(RetentionKind.CONSENT_SCAN, "c.region_id")
          + ")) at time zone 'Europe/Helsinki')::date"
          + " from consent_document d join consent k on k.id = d.consent_id"
          + " join client_case c on c.id = k.case_id"
          + " cross join lateral (select least(k.withdrawn_at, k.superseded_at,"
          + " (k.valid_until + 1)::timestamp at time zone 'Europe/Helsinki') ended) e"
          + " where c.legal_hold_at is null and e.ended + make_interval(days => "
          + days(RetentionKind.CONSENT_SCAN, "c.region_id")
          + ") <= ?1";

  private static final String REPLIES =
      "select 'KEPT_MAIL', x.region_id, 'inbound_reply', r.id, x.case_id, ((r.received_at"
          + " + make_interval(days => "
          + days(RetentionKind.KEPT_MAIL, "x.region_id")
          + ")) at time zone 'Europe/Helsinki')::date"
          + " from inbound_reply r left join lateral (select i.region_id, i.case_id from invitation i"
          + " where i.uid = r.uid order by i.id limit 1) x on true"
          + " where (r.sealed_raw is not null or r.from_address is not null)"
          + " and r.received_at + make_interval(days => "
          + days(RetentionKind.KEPT_MAIL, "x.region_id")
          + ") <= ?1 and"
          + NOT_HELD.formatted("x.case_id");

  private static final String SENT_MAILS =
      "select 'KEPT_MAIL', m.region_id, 'outbound_message', m.id,"
          + " (select min(od.case_id) from outbound_disclosure od where od.outbound_message_id = m.id),"
          + " ((m.created_at + make_interval(days => "
          + days(RetentionKind.KEPT_MAIL, "m.region_id")
          + ")) at time zone 'Europe/Helsinki')::date"
          + " from outbound_message m where m.status <> 'PENDING'"
          + " and (m.body_text <> '' or m.calendar is not null or m.payload is not null"
          + " or m.attachment is not null)"
          + " and m.created_at + make_interval(days => "
          + days(RetentionKind.KEPT_MAIL, "m.region_id")
          + ") <= ?1 and not exists (select 1 from outbound_disclosure od"
          + " join client_case h on h.id = od.case_id"
          + " where od.outbound_message_id = m.id and h.legal_hold_at is not null)";

  private static final String AUDIT_DETAILS =
      "select 'AUDIT_DETAILS', c.region_id, 'client_case', c.id, c.id, (((select max(s.changed_at)"
          + " from case_state_change s where s.case_id = c.id) + make_interval(days => "
          + days(RetentionKind.AUDIT_DETAILS, "c.region_id")
          + ")) at time zone 'Europe/Helsinki')::date from client_case c"
          + " where c.anonymised_at is not null and c.legal_hold_at is null"
          + " and exists (select 1 from case_state_change s where s.case_id = c.id"
          + " and (s.reason is not null or s.changed_by <> 'retention'))"
          + " and (select max(s.changed_at) from case_state_change s where s.case_id = c.id)"
          + " + make_interval(days => "
          + days(RetentionKind.AUDIT_DETAILS, "c.region_id")
          + ") <= ?1";

  /** Scans and mails first, then the cases they belong to, then the details of earlier ones. */
  private static final List<String> IN_ORDER =
      List.of(
          SCANS,
          REPLIES,
          SENT_MAILS,
          expiredCases(RetentionKind.REFUSED_REFERRAL, "'CONSENT_REFUSED', 'CONSENT_WITHDRAWN'"),
          expiredCases(RetentionKind.CLOSED_CASE, "'CLOSED'"),
          AUDIT_DETAILS);

  @Override
  public Map<RetentionKind, Integer> periods(long regionId) {
    Map<RetentionKind, Integer> periods = new EnumMap<>(RetentionKind.class);
    for (Object row :
        em.createNativeQuery("select kind, days from retention_period where region_id = ?1")
            .setParameter(1, regionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      periods.put(RetentionKind.valueOf((String) r[0]), ((Number) r[1]).intValue());
    }
    return periods;
  }

  @Override
  public void setPeriod(long regionId, RetentionKind kind, int days, String by, Instant at) {
    em.createNativeQuery(
            "insert into retention_period (region_id, kind, days, changed_by, changed_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (region_id, kind) do update"
                + " set days = excluded.days, changed_by = excluded.changed_by,"
                + " changed_at = excluded.changed_at")
        .setParameter(1, regionId)
        .setParameter(2, kind.name())
        .setParameter(3, days)
        .setParameter(4, by)
        .setParameter(5, Utc.at(at))
        .executeUpdate();
  }

  @Override
  public List<Expired> expired(Instant now) {
    List<Expired> all = new ArrayList<>();
    for (String query : IN_ORDER) {
      for (Object row :
          em.createNativeQuery(query + " order by 4")
              .setParameter(1, Utc.at(now))
              .getResultList()) {
        all.add(expired((Object[]) row));
      }
    }
    return all;
  }

  private static Expired expired(Object[] r) {
    return new Expired(
        RetentionKind.valueOf((String) r[0]),
        r[1] == null ? null : ((Number) r[1]).longValue(),
        (String) r[2],
        ((Number) r[3]).longValue(),
        r[4] == null ? null : ((Number) r[4]).longValue(),
        date(r[5]));
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case Date d -> d.toLocalDate();
      case LocalDate d -> d;
      default -> throw new IllegalStateException("a date, not " + value.getClass());
    };
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case Timestamp t -> t.toInstant();
      case OffsetDateTime t -> t.toInstant();
      default -> throw new IllegalStateException("a time, not " + value.getClass());
    };
  }

  @Override
  public void remove(Expired expired, Instant now) {
    switch (expired.kind()) {
      case CONSENT_SCAN -> update("delete from consent_document where id = ?1", expired.objectId());
      case KEPT_MAIL ->
          forget(
              expired.objectType().equals("inbound_reply") ? REPLY : SENT_MAIL, expired.objectId());
      case CLOSED_CASE, REFUSED_REFERRAL -> new CaseForgetting(em).forget(expired.objectId(), now);
      case AUDIT_DETAILS -> forget(CASE_DETAILS, expired.objectId());
    }
  }

  private static final List<String> REPLY =
      List.of(
          "update inbound_reply set sealed_raw = null, from_address = null, message_id = null"
              + " where id = ?1");

  private static final List<String> SENT_MAIL =
      List.of(
          "update outbound_message set body_text = '', calendar = null, payload = null,"
              + " attachment = null, attachment_name = null, last_error = null where id = ?1");

  /** Who did what on the case, outside the audit trail: staff names and their reasons. */
  private static final List<String> CASE_DETAILS =
      List.of(
          "update case_state_change set reason = null, changed_by = 'retention' where case_id = ?1",
          "update consent set recorded_by = 'retention',"
              + " withdrawn_by = case when withdrawn_by is null then null else 'retention' end"
              + " where case_id = ?1",
          "update consent_recipient set withdrawn_by = 'retention' where withdrawn_by is not null"
              + " and consent_id in (select id from consent where case_id = ?1)",
          "update action_item set created_by = 'retention', updated_by = null where case_id = ?1",
          "update follow_up_point set recorded_by = null where case_id = ?1");

  private void forget(List<String> statements, long id) {
    statements.forEach(sql -> update(sql, id));
  }

  private void update(String sql, long id) {
    em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
  }

  /**
   * One insert decides: the period's row is unique, so a second node's insert waits for the first
   * one's transaction (PostgreSQL's wait on a row being inserted under the same key), then does
   * nothing. An insert rather than a lock taken by a select, since JPA begins the database
   * transaction only at the first write: a lock read before it would be released at once.
   */
  @Override
  public Optional<Long> claimRun(LocalDate periodDay, String node, Instant at) {
    int claimed =
        em.createNativeQuery(
                "insert into retention_run (period_day, node, started_at) values (?1, ?2, ?3)"
                    + " on conflict (period_day) do nothing")
            .setParameter(1, periodDay)
            .setParameter(2, node)
            .setParameter(3, Utc.at(at))
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    return Optional.of(
        ((Number)
                em.createNativeQuery("select id from retention_run where period_day = ?1")
                    .setParameter(1, periodDay)
                    .getSingleResult())
            .longValue());
  }

  @Override
  public void finishRun(long runId, int removed, Instant at) {
    em.createNativeQuery("update retention_run set finished_at = ?2, removed = ?3 where id = ?1")
        .setParameter(1, runId)
        .setParameter(2, Utc.at(at))
        .setParameter(3, removed)
        .executeUpdate();
  }

  @Override
  public void log(RetentionRecord record) {
    Expired e = record.what();
    em.createNativeQuery(
            "insert into retention_log (run_id, region_id, kind, object_type, object_id, case_id,"
                + " expired_on, done_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, record.runId())
        .setParameter(2, e.regionId())
        .setParameter(3, e.kind().name())
        .setParameter(4, e.objectType())
        .setParameter(5, e.objectId())
        .setParameter(6, e.caseId())
        .setParameter(7, e.expiredOn())
        .setParameter(8, Utc.at(record.doneAt()))
        .executeUpdate();
  }

  @Override
  public List<RetentionRecord> logOf(long regionId, int max) {
    List<RetentionRecord> log = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select kind, region_id, object_type, object_id, case_id, expired_on, run_id,"
                    + " done_at from retention_log where region_id = ?1 or region_id is null"
                    + " order by done_at desc, id desc limit ?2")
            .setParameter(1, regionId)
            .setParameter(2, max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      log.add(new RetentionRecord(((Number) r[6]).longValue(), expired(r), instant(r[7])));
    }
    return log;
  }

  @Override
  public Optional<LegalHold> legalHold(long caseId) {
    return em
        .createNativeQuery(
            "select legal_hold_reason, legal_hold_by, legal_hold_at from client_case"
                + " where id = ?1 and legal_hold_at is not null")
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new LegalHold((String) r[0], (String) r[1], instant(r[2]));
            })
        .findFirst();
  }

  @Override
  public void setLegalHold(long caseId, String reason, String by, Instant at) {
    boolean on = reason != null && !reason.isBlank();
    em.createNativeQuery(
            "update client_case set legal_hold_reason = cast(?2 as varchar),"
                + " legal_hold_by = cast(?3 as varchar), legal_hold_at = cast(?4 as timestamptz)"
                + " where id = ?1")
        .setParameter(1, caseId)
        // a native query passes no attribute converter: drop NUL as StorableText does for entities
        .setParameter(2, on ? new StorableText().convertToDatabaseColumn(reason) : null)
        .setParameter(3, on ? by : null)
        .setParameter(4, on ? Utc.at(at) : null)
        .executeUpdate();
  }
}
