package fi.aso.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.retention.Retention;
import fi.aso.domain.Refusal;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import fi.aso.domain.statistics.IndicatorValue;
import fi.aso.infrastructure.persistence.JpaRetentionStore;
import fi.aso.infrastructure.persistence.JpaStatisticsStore;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every indicator on a known year of one region (PostgreSQL, the facts written by the database's
 * triggers as the rows change), checked by hand below, with the edges: a client never housed,
 * consent withdrawn mid-way (for one organisation, then wholly by the client), a release date moved
 * after the meeting, a case that came back (refused, then consented; put on a later meeting again)
 * and a cancelled meeting. Then the rebuild and the retention job, after which every indicator is
 * the same and nothing leads from the facts to a forgotten case.
 *
 * <p>The cases (2026; A-G):
 *
 * <pre>
 * A prisoner   ref 10.1.  release 30.6.  paper consent 20.1. (10 d)  M1 10.3. (59 d, 112 d to release)
 *              housed at release (independent), still housed at 3 months; action done on time;
 *              closed 1.10. HOUSED
 * B prisoner   ref 1.2.   release 15.4. (short sentence: 73 d)  electronic consent 5.2. (4 d)
 *              M1 10.3. (37 d, 36 d); never housed (at release, at 3 months); action done late,
 *              one not possible; closed 1.8. NOT_HOUSED
 * C probation  ref 1.3.   no release date  paper consent 15.3. (14 d) for Kodit and Sote; Sote
 *              withdrawn 1.4. by the case worker (paper), all withdrawn 1.5. by the client (electronic)
 * D prisoner   ref 1.4.   release 1.9., moved to 1.10. after M2 1.6. (61 d, 122 d to the new date)
 *              paper consent 11.4. (10 d); Kodit by video, TE declined; action still open (due 1.7.,
 *              overdue); housed at release (supported)
 * E prisoner   ref 1.5.   release 31.12.  refused electronically 10.5., paper consent 1.6. (31 d)
 *              M3 20.6. cancelled; M4 1.7. (61 d, 183 d); again on M5 1.9.
 * F probation  ref 20.11. release 10.12. (short notice: 20 d)
 * G prisoner   ref 1.6.   release 15.7. (short sentence: 44 d)  paper consent 5.6. (4 d); no meeting;
 *              housed at release (community)
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsTest {

  static final String DB = "statistics";
  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  static MeetingWorld world;
  static long worker;
  static long caseA;
  static long caseB;
  static long caseC;
  static long caseE;

  @BeforeAll
  static void year() throws SQLException {
    world = new MeetingWorld(DB);
    worker = count("select id from staff_user where username = 'caseworker'");
    long m1 = meeting("2026-03-10", false);
    long m2 = meeting("2026-06-01", false);
    long m3 = meeting("2026-06-20", true);
    long m4 = meeting("2026-07-01", false);
    long m5 = meeting("2026-09-01", false);

    caseA = client("STA-A", "PRISONER", "2026-01-10", "2026-06-30");
    consent(caseA, 1, "PAPER", "2026-01-20", world.kodit);
    held(caseA, m1, "10:00", invitee(world.kalle, world.kodit, "ACCEPTED", "PRESENT"));
    action(caseA, "2026-03-10", "2026-04-01", "DONE", "2026-03-25");
    followUp(caseA, "AT_RELEASE", "2026-06-30", true, "INDEPENDENT_RENTAL");
    followUp(caseA, "MONTHS_3", "2026-09-30", true, null);
    close(caseA, "2026-10-01", "HOUSED");

    caseB = client("STA-B", "PRISONER", "2026-02-01", "2026-04-15");
    consent(caseB, 1, "ELECTRONIC", "2026-02-05", world.sote);
    held(caseB, m1, "11:00", invitee(world.sari, world.sote, "NEEDS_ACTION", "ABSENT"));
    action(caseB, "2026-03-10", "2026-03-31", "DONE", "2026-04-10");
    action(caseB, "2026-03-10", "2026-04-30", "CANNOT_BE_DONE", "2026-04-20");
    followUp(caseB, "AT_RELEASE", "2026-04-15", false, null);
    followUp(caseB, "MONTHS_3", "2026-07-15", false, null);
    close(caseB, "2026-08-01", "NOT_HOUSED");

    caseC = client("STA-C", "PROBATION_CLIENT", "2026-03-01", null);
    long consentC = consent(caseC, 1, "PAPER", "2026-03-15", world.kodit, world.sote);
    sql(
        "update consent_recipient set withdrawn_at = ?, withdrawn_by = 'caseworker'"
            + " where consent_id = ? and organisation_id = ?",
        at("2026-04-01", "12:00"),
        consentC,
        world.sote);
    sql(
        "update consent set withdrawn_at = ?, withdrawn_by = 'client (electronic)' where id = ?",
        at("2026-05-01", "12:00"),
        consentC);
    state(caseC, "CONSENT_WITHDRAWN", "2026-05-01");

    long caseD = client("STA-D", "PRISONER", "2026-04-01", "2026-09-01");
    consent(caseD, 1, "PAPER", "2026-04-11", world.kodit);
    held(
        caseD,
        m2,
        "10:00",
        invitee(world.kalle, world.kodit, "ACCEPTED", "VIDEO"),
        invitee(world.tiina, world.te, "DECLINED", "EXCUSED"));
    sql("update client_case set expected_release_date = date '2026-10-01' where id = ?", caseD);
    action(caseD, "2026-06-01", "2026-07-01", "OPEN", null);
    followUp(caseD, "AT_RELEASE", "2026-10-01", true, "SUPPORTED_HOUSING");

    caseE = client("STA-E", "PRISONER", "2026-05-01", "2026-12-31");
    consent(caseE, 1, "ELECTRONIC", "2026-05-10");
    state(caseE, "CONSENT_REFUSED", "2026-05-10");
    consent(caseE, 2, "PAPER", "2026-06-01", world.kodit);
    // the cancelled meeting's slot had its day recorded before it was called off: still not held
    held(caseE, m3, "10:00", invitee(world.kalle, world.kodit, "ACCEPTED", "PRESENT"));
    held(caseE, m4, "10:00", invitee(world.kalle, world.kodit, "ACCEPTED", "PRESENT"));
    held(caseE, m5, "10:00", invitee(world.kalle, world.kodit, "ACCEPTED", "PRESENT"));
    state(caseE, "FOLLOW_UP", "2026-09-01");

    client("STA-F", "PROBATION_CLIENT", "2026-11-20", "2026-12-10");

    long caseG = client("STA-G", "PRISONER", "2026-06-01", "2026-07-15");
    consent(caseG, 1, "PAPER", "2026-06-05", world.kodit);
    followUp(caseG, "AT_RELEASE", "2026-07-15", true, "COMMUNITY_HOUSING");
  }

  @Test
  @Order(1)
  void everyIndicatorCountsTheKnownYearAsCheckedByHand() {
    StatisticsReport year = report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL);
    assertThat(year.suppressed()).isFalse();

    assertThat(values(year, Indicator.CLIENTS_REFERRED))
        .containsExactly("TOTAL=7.0", "PRISONER=5.0", "SHORT_SENTENCE=2.0", "PROBATION_CLIENT=2.0");
    // F of the six with a release date
    assertThat(values(year, Indicator.SHORT_NOTICE)).containsExactly("TOTAL=16.7 (1/6)");
    // 4, 4, 10, 10, 14, 31 (E's refusal is no consent; its consent came 31 days after referral)
    assertThat(values(year, Indicator.DAYS_TO_CONSENT)).containsExactly("TOTAL=10.0 (6)");
    // A 59, B 37, D 61, E 61 (the cancelled meeting and E's second meeting left out)
    assertThat(values(year, Indicator.DAYS_TO_FIRST_MEETING)).containsExactly("TOTAL=60.0 (4)");
    // A 112, B 36, D 122 (to the moved date), E 183
    assertThat(values(year, Indicator.DAYS_MEETING_TO_RELEASE)).containsExactly("TOTAL=117.0 (4)");
    // A, B, D had a meeting before release, G none
    assertThat(values(year, Indicator.MEETING_BEFORE_RELEASE)).containsExactly("TOTAL=75.0 (3/4)");
    assertThat(values(year, Indicator.HOUSED_AT_RELEASE))
        .containsExactly(
            "TOTAL=75.0 (3/4)",
            "FORM:INDEPENDENT_RENTAL=25.0 (1/4)",
            "FORM:SUPPORTED_HOUSING=25.0 (1/4)",
            "FORM:COMMUNITY_HOUSING=25.0 (1/4)",
            "FORM:SERVICE_HOUSING=0.0 (0/4)",
            "FORM:REHABILITATION_FIRST=0.0 (0/4)",
            "FORM:OTHER=0.0 (0/4)",
            "FORM:NONE=25.0 (1/4)");
    assertThat(values(year, Indicator.STILL_HOUSED))
        .containsExactly("MONTHS_3=50.0 (1/2)", "MONTHS_6=null (0/0)", "MONTHS_12=null (0/0)");
    assertThat(values(year, Indicator.ACTIONS))
        .containsExactly(
            "AGREED=4.0", "DONE_ON_TIME=1.0", "DONE_LATE=1.0", "OVERDUE=1.0", "NOT_POSSIBLE=1.0");
    String kodit = ":" + world.kodit;
    String sote = ":" + world.sote;
    String te = ":" + world.te;
    assertThat(values(year, Indicator.PARTICIPATION))
        .containsExactlyInAnyOrder(
            "INVITED=6.0",
            "INVITED" + kodit + "=4.0",
            "INVITED" + sote + "=1.0",
            "INVITED" + te + "=1.0",
            "ANSWERED=5.0",
            "ANSWERED" + kodit + "=4.0",
            "ANSWERED" + te + "=1.0",
            "ATTENDED=4.0",
            "ATTENDED" + kodit + "=4.0",
            "ATTENDED_BY_VIDEO=1.0",
            "ATTENDED_BY_VIDEO" + kodit + "=1.0");
    assertThat(values(year, Indicator.CONSENTS))
        .containsExactly(
            "GIVEN=6.0",
            "GIVEN:ELECTRONIC=1.0",
            "GIVEN:PAPER=5.0",
            "REFUSED=1.0",
            "REFUSED:ELECTRONIC=1.0",
            "REFUSED:PAPER=0.0",
            "WITHDRAWN=2.0",
            "WITHDRAWN:ELECTRONIC=1.0",
            "WITHDRAWN:PAPER=1.0");
    assertThat(values(year, Indicator.CASES_CLOSED))
        .containsExactly(
            "TOTAL=2.0",
            "OUTCOME:HOUSED=1.0",
            "OUTCOME:HOUSED_WITH_SUPPORT=0.0",
            "OUTCOME:NOT_HOUSED=1.0",
            "OUTCOME:DECLINED=0.0",
            "OUTCOME:MOVED_AWAY=0.0",
            "OUTCOME:OTHER=0.0");
    // D's move, recorded today (the database's day), whenever the test runs
    assertThat(releaseMoves()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void groupsPeriodsAndTheViewAcrossRegionsCountTheSameFacts() {
    assertThat(
            values(
                report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.SHORT_SENTENCE),
                Indicator.CLIENTS_REFERRED))
        .first()
        .isEqualTo("TOTAL=2.0");
    assertThat(
            values(
                report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.PROBATION_CLIENT),
                Indicator.CONSENTS))
        .contains("GIVEN=1.0", "WITHDRAWN=2.0");

    StatisticsReport quarters =
        report(
            new StatisticsRequest(
                StatisticsRequest.Scope.OWN_REGION,
                null,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 12),
                Granularity.QUARTER,
                ClientGroup.ALL,
                Set.of(Indicator.CLIENTS_REFERRED)));
    assertThat(quarters.series().getFirst().periods())
        .extracting(p -> p.period() + "=" + p.values().getFirst().count())
        .containsExactly("2026-Q1=3", "2026-Q2=3", "2026-Q3=0", "2026-Q4=1");

    // shared across regions: 1-4 hidden, 0 and 5 or more shown
    StatisticsReport platform = report(StatisticsRequest.Scope.ALL_REGIONS, ClientGroup.ALL);
    assertThat(platform.suppressed()).isTrue();
    assertThat(values(platform, Indicator.CLIENTS_REFERRED))
        .containsExactly(
            "TOTAL=7.0", "PRISONER=5.0", "SHORT_SENTENCE=hidden", "PROBATION_CLIENT=hidden");
    assertThat(values(platform, Indicator.DAYS_TO_FIRST_MEETING)).containsExactly("TOTAL=hidden");
    assertThat(values(platform, Indicator.CONSENTS))
        .contains("GIVEN:PAPER=5.0", "REFUSED:PAPER=0.0");
  }

  @Test
  @Order(3)
  void onlyChairsAndAdministratorsSeeThemAndOnlyAdministratorsRebuildAndAPeriodHasLimits() {
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    s -> s.report(request(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL))))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> as("chair", Statistics::rebuild)).isInstanceOf(NotPermitted.class);
    assertThatThrownBy(
            () ->
                new StatisticsRequest(
                    StatisticsRequest.Scope.OWN_REGION,
                    null,
                    YearMonth.of(2026, 5),
                    YearMonth.of(2026, 4),
                    Granularity.MONTH,
                    ClientGroup.ALL,
                    Set.of()))
        .isInstanceOf(Refusal.class);
  }

  @Test
  @Order(4)
  void theRebuildWritesTheSameFactsAndKeepsTheMovedReleaseDate() throws SQLException {
    List<String> before = facts();
    StatisticsReport reportBefore = report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL);
    assertThat(as("admin", Statistics::rebuild).cases()).isEqualTo(7);
    assertThat(facts()).isEqualTo(before);
    assertThat(report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL)).isEqualTo(reportBefore);
    assertThat(releaseMoves()).isEqualTo(1);
  }

  @Test
  @Order(5)
  void afterTheRetentionJobForgetsCasesEveryIndicatorIsUnchangedAndNothingLeadsToThem()
      throws SQLException {
    StatisticsReport before = report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL);
    List<String> factsBefore = facts();
    // A and B closed in 2026 (730 days), C withdrawn in May 2026 (90 days): all expired by 2029
    Instant later = Instant.parse("2029-01-05T04:00:00Z");
    Transactions.inTransaction(
        world.emf,
        em -> {
          var services = TestServices.of(em, "system", later);
          return new Retention(new JpaRetentionStore(em), services.audit(), services.clock)
              .runDue("stats");
        });
    assertThat(
            count(
                "select count(*) from client_case where anonymised_at is not null and id in (?, ?, ?)",
                caseA,
                caseB,
                caseC))
        .isEqualTo(3L);
    assertThat(report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL)).isEqualTo(before);
    assertThat(facts()).isEqualTo(factsBefore);
    // the forgotten cases' keys are gone: their facts belong to no case
    assertThat(
            count(
                "select count(*) from statistics_case_key where case_id in (?, ?, ?)",
                caseA,
                caseB,
                caseC))
        .isZero();
    assertThat(
            count(
                "select count(distinct f.fact_key) from statistics_fact f where not exists"
                    + " (select 1 from statistics_case_key k where k.fact_key = f.fact_key)"))
        .isEqualTo(3L);
    // a rebuild after it leaves them as they are, and a change to a forgotten row adds nothing
    as("admin", Statistics::rebuild);
    sql("update client_case set version = version + 1 where id = ?", caseA);
    assertThat(report(StatisticsRequest.Scope.OWN_REGION, ClientGroup.ALL)).isEqualTo(before);
    assertThat(facts()).isEqualTo(factsBefore);
  }

  // ---- the known year, row by row (the triggers write the facts as each row commits)

  private static StatisticsRequest request(StatisticsRequest.Scope scope, ClientGroup group) {
    return new StatisticsRequest(
        scope,
        null,
        YearMonth.of(2026, 1),
        YearMonth.of(2026, 12),
        Granularity.YEAR,
        group,
        Set.of());
  }

  private static StatisticsReport report(StatisticsRequest.Scope scope, ClientGroup group) {
    return report(request(scope, group));
  }

  private static StatisticsReport report(StatisticsRequest request) {
    return as("chair", s -> s.report(request));
  }

  private static <T> T as(String user, java.util.function.Function<Statistics, T> work) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          var services = TestServices.of(em, user, NOW);
          return work.apply(
              new Statistics(
                  new JpaStatisticsStore(em),
                  services.signedIn(),
                  services.audit(),
                  services.clock));
        });
  }

  /** One indicator's values of the single period: "BREAKDOWN[:DETAIL]=value[ (count[/base])]". */
  private static List<String> values(StatisticsReport report, Indicator indicator) {
    var series =
        report.series().stream().filter(s -> s.indicator() == indicator).findFirst().orElseThrow();
    assertThat(series.periods()).hasSize(1);
    return series.periods().getFirst().values().stream().map(v -> shown(series.unit(), v)).toList();
  }

  private static String shown(Indicator.Unit unit, IndicatorValue v) {
    String name = v.breakdown() + (v.detail() == null ? "" : ":" + v.detail());
    if (v.suppressed()) {
      return name + "=hidden";
    }
    return name
        + "="
        + v.value()
        + switch (unit) {
          case COUNT -> "";
          case MEDIAN_DAYS -> " (" + v.count() + ")";
          case PERCENT -> " (" + v.count() + "/" + v.base() + ")";
        };
  }

  private static long releaseMoves() {
    return count("select count(*) from statistics_fact where kind = 'RELEASE_MOVED'");
  }

  private static long count(String sql, Object... values) {
    return ((Number) one(sql, values)).longValue();
  }

  /** Every fact as a line (without its row id). */
  private static List<String> facts() throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "select concat_ws('|', fact_key, region_id, kind, day, client_kind, short_sentence,"
                    + " method, organisation_id, housing_form, outcome, housed,"
                    + " meeting_before_release, days, days_to_release) l from statistics_fact"
                    + " order by l");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        lines.add(r.getString(1));
      }
    }
    return lines;
  }

  private static long client(String reference, String kind, String referred, String release)
      throws SQLException {
    long id =
        count(
            "insert into client_case (region_id, reference, full_name, date_of_birth, client_kind,"
                + " institution_id, expected_release_date, case_worker_id, state, referred_at)"
                + " values (?, ?, ?, date '1990-01-01', ?, ?, ?, ?, 'REFERRED', ?) returning id",
            world.region,
            reference,
            "Asiakas " + reference,
            kind,
            world.prison,
            release == null ? null : LocalDate.parse(release),
            worker,
            at(referred, "09:00"));
    return id;
  }

  private static long consent(long caseId, int version, String method, String day, long... orgs)
      throws SQLException {
    long id =
        count(
            "insert into consent (case_id, version_no, method, text_version, given_at, valid_until,"
                + " recorded_by) values (?, ?, ?, 'fi-2026-1', ?, date '2027-12-31', 'caseworker')"
                + " returning id",
            caseId,
            version,
            method,
            at(day, "12:00"));
    for (long org : orgs) {
      sql("insert into consent_recipient (consent_id, organisation_id) values (?, ?)", id, org);
    }
    return id;
  }

  private static long meeting(String day, boolean cancelled) throws SQLException {
    return count(
        "insert into meeting (region_id, starts_at, ends_at, place, status, created_by, created_at)"
            + " values (?, ?, ?, 'Toimisto', 'PLANNED', 'chair', ?) returning id",
        world.region,
        at(day, "09:00"),
        at(day, "15:00"),
        at(day, "08:00"));
  }

  record Invitee(long contact, long organisation, String answer, String attendance) {}

  private static Invitee invitee(long contact, long org, String answer, String attendance) {
    return new Invitee(contact, org, answer, attendance);
  }

  /**
   * The client's slot at {@code time}, its day recorded (and the meeting cancelled if it is M3).
   */
  private static void held(long caseId, long meeting, String time, Invitee... invitees)
      throws SQLException {
    String day =
        one(
            "select to_char(starts_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') from meeting"
                + " where id = ?",
            meeting);
    long slot =
        count(
            "insert into client_slot (meeting_id, case_id, starts_at, ends_at, created_by,"
                + " created_at) values (?, ?, ?, ?, 'chair', ?) returning id",
            meeting,
            caseId,
            at(day, time),
            Timestamp.from(at(day, time).toInstant().plusSeconds(2700)),
            at(day, "08:00"));
    for (Invitee i : invitees) {
      sql(
          "insert into slot_invitee (slot_id, kind, contact_person_id, organisation_id, answer,"
              + " attendance, created_at) values (?, 'PARTNER', ?, ?, ?, ?, ?)",
          slot,
          i.contact(),
          i.organisation(),
          i.answer(),
          i.attendance(),
          at(day, "08:00"));
    }
    sql("insert into slot_record (slot_id) values (?)", slot);
    if (day.equals("2026-06-20")) {
      sql("update meeting set status = 'CANCELLED' where id = ?", meeting);
    }
  }

  private static void action(long caseId, String made, String due, String status, String changed)
      throws SQLException {
    sql(
        "insert into action_item (case_id, what, responsible, organisation_id, due_date, status,"
            + " created_by, created_at, updated_by, updated_at) values (?, 'Asuntohakemus',"
            + " 'ORGANISATION', ?, ?, ?, 'chair', ?, ?, ?)",
        caseId,
        world.kodit,
        LocalDate.parse(due),
        status,
        at(made, "12:00"),
        changed == null ? null : "kalle-user",
        changed == null ? null : at(changed, "12:00"));
  }

  private static void followUp(long caseId, String label, String due, boolean housed, String form)
      throws SQLException {
    boolean atRelease = label.equals("AT_RELEASE");
    sql(
        "insert into follow_up_point (case_id, label, due_date, housed_before_release,"
            + " housing_form, still_housed, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?,"
            + " 'chair', ?)",
        caseId,
        label,
        LocalDate.parse(due),
        atRelease ? housed : null,
        form,
        atRelease ? null : housed,
        at(due, "12:00"));
  }

  private static void state(long caseId, String state, String day) throws SQLException {
    sql(
        "insert into case_state_change (case_id, from_state, to_state, changed_at, changed_by)"
            + " values (?, null, ?, ?, 'caseworker')",
        caseId,
        state,
        at(day, "12:00"));
    sql("update client_case set state = ? where id = ?", state, caseId);
  }

  private static void close(long caseId, String day, String outcome) throws SQLException {
    sql("update client_case set outcome = ? where id = ?", outcome, caseId);
    state(caseId, "CLOSED", day);
  }

  private static java.sql.Timestamp at(String day, String time) {
    return Timestamp.from(
        java.time.LocalDateTime.parse(day + "T" + (time.length() == 4 ? "0" + time : time))
            .atZone(java.time.ZoneId.of("Europe/Helsinki"))
            .toInstant());
  }

  private static void sql(String sql, Object... values) throws SQLException {
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection();
        PreparedStatement s = prepare(db, sql, values)) {
      s.executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T one(String sql, Object... values) {
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection();
        PreparedStatement s = prepare(db, sql, values);
        ResultSet r = s.executeQuery()) {
      r.next();
      Object value = r.getObject(1);
      return (T) value;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... values)
      throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    return s;
  }
}
