package fi.aso.infrastructure.demo;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A year and a half of the Joensuu group's past work, so that the statistics show trends: forty
 * invented clients referred 200-560 days ago, each through consent (or a refusal or withdrawal), a
 * monthly meeting with the partners, actions, and the follow-up at release and after, closed once
 * the follow-up is done. Written in plain SQL (fast at start-up); the database writes their
 * statistical facts as for any other case (migration V38).
 */
final class DemoHistory {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final int CLIENTS = 40;
  private static final List<String> FORMS =
      List.of(
          "INDEPENDENT_RENTAL",
          "SUPPORTED_HOUSING",
          "INDEPENDENT_RENTAL",
          "COMMUNITY_HOUSING",
          "REHABILITATION_FIRST",
          "SERVICE_HOUSING");
  private static final List<String> FIRST_NAMES =
      List.of("Antti", "Jari", "Sanna", "Timo", "Heikki", "Minna", "Pasi", "Kari", "Leena", "Juha");
  private static final List<String> LAST_NAMES =
      List.of("Esimerkki", "Malli", "Kokeilu", "Harjoitus", "Testinen", "Demo", "Kuvitteellinen");

  private final EntityManager em;
  private final long region;
  private final LocalDate today = LocalDate.now(FINLAND);
  private final Map<LocalDate, Long> meetings = new HashMap<>();
  private final Map<Long, Integer> slotsOn = new HashMap<>();

  private DemoHistory(EntityManager em, long region) {
    this.em = em;
    this.region = region;
  }

  /** Loads the history; says how many clients. */
  static int load(EntityManager em, long region) {
    DemoHistory history = new DemoHistory(em, region);
    for (int i = 0; i < CLIENTS; i++) {
      history.client(i);
    }
    return CLIENTS;
  }

  private void client(int i) {
    LocalDate referred = today.minusDays(560 - i * 9L);
    boolean prisoner = i % 3 != 2;
    LocalDate release = referred.plusDays(40 + (i * 37L) % 150);
    long id =
        insert(
            "insert into client_case (region_id, reference, full_name, date_of_birth, client_kind,"
                + " institution_id, expected_release_date, case_worker_id, chair_id, state,"
                + " referred_at) values (?1, ?2, ?3, ?4, ?5, (select id from organisation where"
                + " name = ?6), ?7, (select id from staff_user where username = 'caseworker'),"
                + " (select id from staff_user where username = 'chair'), 'REFERRED', ?8)"
                + " returning id",
            region,
            "ASO-H-%03d".formatted(i + 1),
            FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + LAST_NAMES.get(i % LAST_NAMES.size()),
            LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28),
            prisoner ? "PRISONER" : "PROBATION_CLIENT",
            prisoner ? "Joensuun vankila" : "Joensuun yhdyskuntaseuraamustoimisto",
            release,
            at(referred, 10));
    LocalDate consented = referred.plusDays(3 + i % 12);
    String method = i % 2 == 0 ? "ELECTRONIC" : "PAPER";
    if (i % 11 == 5) {
      consent(id, 1, method, consented, false);
      close(id, consented.plusDays(10), "DECLINED", "CONSENT_REFUSED");
      return;
    }
    long consent = consent(id, 1, method, consented, true);
    if (i % 13 == 7) {
      update(
          "update consent set withdrawn_at = ?1, withdrawn_by = 'client (electronic)' where id = ?2",
          at(consented.plusDays(20), 12),
          consent);
      close(id, consented.plusDays(30), "DECLINED", "CONSENT_WITHDRAWN");
      return;
    }
    LocalDate meetingDay = monthlyMeeting(consented.plusDays(7));
    slot(id, i, meetingDay);
    LocalDate closed = followUp(id, i, release);
    boolean housed = i % 6 != 0;
    String outcome =
        !housed
            ? "NOT_HOUSED"
            : FORMS.get(i % FORMS.size()).equals("SUPPORTED_HOUSING")
                ? "HOUSED_WITH_SUPPORT"
                : "HOUSED";
    // closed, so that the past stays off today's work lists
    close(id, closed, outcome, "FOLLOW_UP");
  }

  private long consent(long id, int version, String method, LocalDate day, boolean names) {
    long consent =
        insert(
            "insert into consent (case_id, version_no, method, text_version, given_at,"
                + " valid_until, recorded_by) values (?1, ?2, ?3, 'fi-2026-1', ?4, ?5,"
                + " 'caseworker') returning id",
            id,
            version,
            method,
            at(day, 12),
            day.plusYears(2));
    if (names) {
      for (String org :
          List.of(
              "Joensuun Kodit Oy",
              "Siun sote, aikuissosiaalityö",
              "Pohjois-Karjalan TE-toimisto")) {
        update(
            "insert into consent_recipient (consent_id, organisation_id) select ?1, id from"
                + " organisation where name = ?2",
            consent,
            org);
      }
    }
    return consent;
  }

  /** The group's monthly meeting (the 10th) on or after {@code day}. */
  private LocalDate monthlyMeeting(LocalDate day) {
    LocalDate tenth = day.withDayOfMonth(10);
    return tenth.isBefore(day) ? tenth.plusMonths(1) : tenth;
  }

  private void slot(long id, int i, LocalDate day) {
    long meeting =
        meetings.computeIfAbsent(
            day,
            d ->
                insert(
                    "insert into meeting (region_id, starts_at, ends_at, place, status, created_by,"
                        + " created_at) values (?1, ?2, ?3, 'Joensuun yhdyskuntaseuraamustoimisto',"
                        + " 'PLANNED', 'chair', ?4) returning id",
                    region,
                    at(d, 9),
                    at(d, 15),
                    at(d.minusDays(20), 9)));
    int n = slotsOn.merge(meeting, 1, Integer::sum) - 1;
    Timestamp start = Timestamp.from(at(day, 9).toInstant().plusSeconds(n * 2700L));
    long slot =
        insert(
            "insert into client_slot (meeting_id, case_id, starts_at, ends_at, created_by,"
                + " created_at) values (?1, ?2, ?3, ?4, 'chair', ?5) returning id",
            meeting,
            id,
            start,
            Timestamp.from(start.toInstant().plusSeconds(2700)),
            at(day.minusDays(14), 9));
    invite(slot, "partner@aso.localhost", "ACCEPTED", i % 3 == 0 ? "VIDEO" : "PRESENT", day);
    if (i % 2 == 0) {
      invite(slot, "sari@siunsote.localhost", "ACCEPTED", "PRESENT", day);
    }
    if (i % 4 == 1) {
      boolean declined = i % 5 == 3;
      invite(
          slot,
          "tiina@te.localhost",
          declined ? "DECLINED" : i % 7 == 0 ? "NEEDS_ACTION" : "ACCEPTED",
          declined ? "EXCUSED" : "PRESENT",
          day);
    }
    update(
        "insert into slot_record (slot_id, housing_form, updated_by, updated_at) values (?1, ?2,"
            + " 'chair', ?3)",
        slot,
        FORMS.get(i % FORMS.size()),
        at(day, 15));
    action(id, slot, day, i, "Joensuun Kodit Oy");
    action(id, slot, day, i + 3, "Siun sote, aikuissosiaalityö");
  }

  private void invite(long slot, String email, String answer, String attendance, LocalDate day) {
    update(
        "insert into slot_invitee (slot_id, kind, contact_person_id, organisation_id, answer,"
            + " answered_at, attendance, created_at) select ?1, 'PARTNER', c.id, c.organisation_id,"
            + " ?2, case when ?2 = 'NEEDS_ACTION' then null else ?3::timestamptz end, ?4, ?5"
            + " from contact_person c where c.email = ?6",
        slot,
        answer,
        at(day.minusDays(7), 12),
        attendance,
        at(day.minusDays(14), 9),
        email);
  }

  private void action(long id, long slot, LocalDate day, int i, String organisation) {
    LocalDate due = day.plusDays(21);
    // none left open: the past would fill the chair's list of overdue actions
    String status = i % 7 == 0 ? "CANNOT_BE_DONE" : "DONE";
    LocalDate changed = i % 4 == 2 || i % 9 == 4 ? due.plusDays(5) : due.minusDays(3);
    update(
        "insert into action_item (slot_id, case_id, what, responsible, organisation_id, due_date,"
            + " status, created_by, created_at, updated_by, updated_at) select ?1, ?2,"
            + " 'Asumisen tuki ja asuntohakemus', 'ORGANISATION', id, ?3, ?4, 'chair', ?5, ?6, ?7"
            + " from organisation where name = ?8",
        slot,
        id,
        due,
        status,
        at(day, 14),
        "chair",
        at(changed, 12),
        organisation);
  }

  /**
   * The follow-up points that were due, as recorded; the day the follow-up ended (a week after the
   * last point).
   */
  private LocalDate followUp(long id, int i, LocalDate release) {
    boolean housed = i % 6 != 0;
    LocalDate last = release;
    for (String label : List.of("AT_RELEASE", "MONTHS_3", "MONTHS_6", "MONTHS_12")) {
      int months = label.equals("AT_RELEASE") ? 0 : Integer.parseInt(label.substring(7));
      LocalDate due = release.plusMonths(months);
      if (!due.isBefore(today)) {
        break;
      }
      boolean stillHoused = housed && (i + months) % 8 != 0;
      // no null parameters: EclipseLink would bind them as text
      update(
          "insert into follow_up_point (case_id, label, due_date, housed_before_release,"
              + " housing_form, still_housed, recorded_by, recorded_at) values (?1, ?2, ?3,"
              + " case when ?4 then ?5 end, case when ?5 then ?6 end, case when not ?4 then ?7"
              + " end, 'chair', ?8)",
          id,
          label,
          due,
          months == 0,
          housed,
          FORMS.get(i % FORMS.size()),
          stillHoused,
          at(due, 12));
      last = due;
    }
    return last.plusDays(7);
  }

  private void close(long id, LocalDate day, String outcome, String from) {
    LocalDate when = day.isBefore(today) ? day : today.minusDays(1);
    update(
        "insert into case_state_change (case_id, from_state, to_state, changed_at, changed_by)"
            + " values (?1, ?2, 'CLOSED', ?3, 'chair')",
        id,
        from,
        at(when, 14));
    update("update client_case set state = 'CLOSED', outcome = ?1 where id = ?2", outcome, id);
  }

  private static Timestamp at(LocalDate day, int hour) {
    return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(FINLAND).toInstant());
  }

  private long insert(String sql, Object... values) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private void update(String sql, Object... values) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    query.executeUpdate();
  }
}
