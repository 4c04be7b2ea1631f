package fi.aso.application.clientdata;

import fi.aso.application.minutes.MinutesContent;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one client's data for the export, table by table in SQL: what the export holds is exactly
 * what the tables hold about the case, without the rules of the pages (which show each reader a
 * part). Only for {@link ClientDataExport}, which decides who may ask.
 */
final class ClientDataReader {

  private final EntityManager em;
  private final long caseId;

  ClientDataReader(EntityManager em, long caseId) {
    this.em = em;
    this.caseId = caseId;
  }

  ClientData.Client client() {
    Object[] r =
        rows(
                "select c.id, c.reference, c.full_name, c.date_of_birth, c.client_kind, o.name,"
                    + " c.expected_release_date, c.state, c.referred_at, c.previous_housing,"
                    + " c.wishes, c.housing_skills, c.rent_arrears, c.credit_record,"
                    + " c.substance_use, c.other_support_needs, c.outcome, c.outcome_note"
                    + " from client_case c join organisation o on o.id = c.institution_id"
                    + " where c.id = ?1",
                row -> row)
            .getFirst();
    Map<String, String> referral = new LinkedHashMap<>();
    String[] topics = {
      "PREVIOUS_HOUSING",
      "WISHES",
      "HOUSING_SKILLS",
      "RENT_ARREARS_AND_DISTURBANCES",
      "CREDIT_RECORD",
      "SUBSTANCE_USE",
      "OTHER_SUPPORT_NEEDS"
    };
    for (int i = 0; i < topics.length; i++) {
      if (r[9 + i] != null) {
        referral.put(topics[i], (String) r[9 + i]);
      }
    }
    return new ClientData.Client(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        date(r[3]),
        (String) r[4],
        (String) r[5],
        date(r[6]),
        (String) r[7],
        instant(r[8]),
        referral,
        (String) r[16],
        (String) r[17]);
  }

  List<ClientData.StateChange> stateHistory() {
    return rows(
        "select from_state, to_state, changed_at, reason from case_state_change"
            + " where case_id = ?1 order by changed_at, id",
        r ->
            new ClientData.StateChange((String) r[0], (String) r[1], instant(r[2]), (String) r[3]));
  }

  List<ClientData.ConsentVersion> consents() {
    return rows(
        "select k.id, k.version_no, k.method, k.given_at, k.valid_until, k.superseded_at,"
            + " k.withdrawn_at, d.file_name, d.content_type, d.size_bytes, d.uploaded_at"
            + " from consent k left join consent_document d on d.consent_id = k.id"
            + " where k.case_id = ?1 order by k.version_no",
        r ->
            new ClientData.ConsentVersion(
                ((Number) r[1]).intValue(),
                (String) r[2],
                instant(r[3]),
                date(r[4]),
                instant(r[5]),
                instant(r[6]),
                recipients(((Number) r[0]).longValue()),
                r[7] == null
                    ? null
                    : new ClientData.Scan(
                        (String) r[7], (String) r[8], ((Number) r[9]).intValue(), instant(r[10]))));
  }

  private List<ClientData.Recipient> recipients(long consentId) {
    return rowsOf(
        "select o.name, (select string_agg(rc.category, ',' order by rc.category)"
            + " from consent_recipient_category rc where rc.recipient_id = r.id), r.withdrawn_at"
            + " from consent_recipient r join organisation o on o.id = r.organisation_id"
            + " where r.consent_id = ?1 order by o.name",
        consentId,
        r ->
            new ClientData.Recipient(
                (String) r[0],
                r[1] == null ? List.of() : Arrays.asList(((String) r[1]).split(",")),
                instant(r[2])));
  }

  List<ClientData.Meeting> meetings() {
    return rows(
        "select s.id, s.starts_at, s.ends_at, m.place, m.status, s.agenda, s.client_attendance,"
            + " r.housing_form, r.support_needed, r.decisions from client_slot s"
            + " join meeting m on m.id = s.meeting_id left join slot_record r on r.slot_id = s.id"
            + " where s.case_id = ?1 order by s.starts_at",
        r -> {
          long slot = ((Number) r[0]).longValue();
          Map<String, String> notes = new LinkedHashMap<>();
          rowsOf(
                  "select topic, note from slot_topic_note where slot_id = ?1 order by topic",
                  slot,
                  n -> n)
              .forEach(n -> notes.put((String) n[0], (String) n[1]));
          return new ClientData.Meeting(
              instant(r[1]),
              instant(r[2]),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              rowsOf(
                  "select coalesce(o.name, i.kind), i.answer, i.attendance from slot_invitee i"
                      + " left join organisation o on o.id = i.organisation_id"
                      + " where i.slot_id = ?1 and i.removed_at is null order by i.id",
                  slot,
                  i -> new ClientData.Invitee((String) i[0], (String) i[1], (String) i[2])),
              (String) r[7],
              (String) r[8],
              (String) r[9],
              notes);
        });
  }

  List<ClientData.MinutesPart> minutes() {
    List<ClientData.MinutesPart> parts = new ArrayList<>();
    for (Object[] r :
        rows(
            "select m.version_no, m.state, m.content from minutes m"
                + " where m.content::jsonb->'slots' @> jsonb_build_array(jsonb_build_object("
                + "'caseId', ?1)) order by m.meeting_id, m.version_no",
            row -> row)) {
      MinutesContent content = MinutesContent.fromJson((String) r[2]);
      content.slots().stream()
          .filter(p -> p.caseId() == caseId)
          .forEach(
              p ->
                  parts.add(
                      new ClientData.MinutesPart(
                          content.start(), ((Number) r[0]).intValue(), (String) r[1], p)));
    }
    return parts;
  }

  List<ClientData.Action> actions() {
    return rows(
        "select a.what, a.responsible, o.name, a.due_date, a.status, a.status_note"
            + " from action_item a left join organisation o on o.id = a.organisation_id"
            + " where a.case_id = ?1 order by a.due_date, a.id",
        r ->
            new ClientData.Action(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                date(r[3]),
                (String) r[4],
                (String) r[5]));
  }

  List<ClientData.FollowUp> followUp() {
    return rows(
        "select label, due_date, housed_before_release, how_housed, housing_form, still_housed,"
            + " note from follow_up_point where case_id = ?1 order by due_date",
        r ->
            new ClientData.FollowUp(
                (String) r[0],
                date(r[1]),
                (Boolean) r[2],
                (String) r[3],
                (String) r[4],
                (Boolean) r[5],
                (String) r[6]));
  }

  private <T> List<T> rows(String sql, Function<Object[], T> row) {
    return rowsOf(sql, caseId, row);
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> rowsOf(String sql, long id, Function<Object[], T> row) {
    List<T> out = new ArrayList<>();
    for (Object r : em.createNativeQuery(sql).setParameter(1, id).getResultList()) {
      out.add(row.apply(r instanceof Object[] a ? a : new Object[] {r}));
    }
    return out;
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case null -> null;
      case Date d -> d.toLocalDate();
      case LocalDate d -> d;
      default -> throw new IllegalStateException("a date, not " + value.getClass());
    };
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant();
      case OffsetDateTime t -> t.toInstant();
      default -> throw new IllegalStateException("a time, not " + value.getClass());
    };
  }
}
