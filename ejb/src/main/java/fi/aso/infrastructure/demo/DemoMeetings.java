package fi.aso.infrastructure.demo;

import fi.aso.application.meeting.PatternVideoLinks;
import fi.aso.application.minutes.MinutesRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRecurrence;
import fi.aso.domain.meeting.MeetingSeries;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.domain.meetingday.SlotRecord;
import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaMeetingDayRepository;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The Joensuu group's calendar: its regular series (the second Tuesday of each month, 9-12) for six
 * months, a fast-track meeting next week with two clients, their invitees, the prison's video room
 * booked for one, and a partner's busy time so the slot finder has something to say; and a meeting
 * held five weeks ago with approved minutes and open actions.
 */
final class DemoMeetings {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final String PLACE = "Joensuun yhdyskuntaseuraamustoimisto, neuvotteluhuone 2";

  private DemoMeetings() {}

  static int load(
      EntityManager em,
      Region region,
      Map<String, Organisation> orgs,
      StaffUser chair,
      StaffUser caseWorker) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(FINLAND);
    PatternVideoLinks video = new PatternVideoLinks("https://video.aso.localhost/aso-{room}");
    Organisation prison = orgs.get("Joensuun vankila");
    prison.provideVideoRoom(true, null);

    MeetingSeries series =
        new MeetingSeries(
            region,
            "Joensuun ASO-ryhmä",
            "FREQ=MONTHLY;BYDAY=2TU",
            today,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            PLACE,
            Set.of(),
            chair.username(),
            now);
    em.persist(series);
    int meetings = 0;
    for (MeetingRecurrence.Occurrence o : series.recurrence().between(today, today.plusMonths(6))) {
      Meeting m =
          new Meeting(
              region,
              series,
              o.start().toInstant(),
              o.end().toInstant(),
              PLACE,
              chair.username(),
              now);
      m.useVideoLink(video.newLink());
      em.persist(m);
      meetings++;
    }

    LocalDate day = nextWorkingDay(today.plusDays(7));
    Instant start = ZonedDateTime.of(day, LocalTime.of(13, 0), FINLAND).toInstant();
    Meeting fastTrack =
        new Meeting(
            region, null, start, start.plus(Duration.ofHours(2)), PLACE, chair.username(), now);
    fastTrack.useVideoLink(video.newLink());
    em.persist(fastTrack);
    meetings++;

    ClientCase virtanen = caseOf(em, "ASO-2026-001");
    ClientSlot first =
        fastTrack.schedule(
            virtanen,
            start,
            Duration.ofMinutes(45),
            ClientAttendance.VIDEO_FROM_PRISON,
            null,
            chair.username(),
            now);
    first.attend(ClientAttendance.VIDEO_FROM_PRISON, prison, now);
    first.inviteCaseWorker(virtanen.caseWorker(), now);
    first.invitePartner(contact(em, "partner@aso.localhost"), now);
    first.invitePartner(contact(em, "sari@siunsote.localhost"), now);
    scheduled(em, virtanen, chair);

    ClientCase laine = caseOf(em, "ASO-2026-005");
    ClientSlot second =
        fastTrack.schedule(
            laine,
            start.plus(Duration.ofMinutes(45)),
            Duration.ofMinutes(45),
            ClientAttendance.IN_PERSON,
            "Seurantakokous: asumisen tilanne vapautumisen jälkeen",
            chair.username(),
            now);
    second.attend(ClientAttendance.IN_PERSON, null, now);
    second.inviteCaseWorker(laine.caseWorker(), now);
    second.invitePartner(contact(em, "jonna@josna.localhost"), now);
    second.invitePartner(contact(em, "pekka@siunsote.localhost"), now);
    scheduled(em, laine, chair);

    em.persist(
        BusyTime.ofContact(
            region,
            contact(em, "partner@aso.localhost"),
            start,
            start.plus(Duration.ofMinutes(30)),
            "Asukasilta",
            chair.username(),
            now));
    heldMeeting(em, region, chair, caseWorker, video, today, now);
    return meetings + 1;
  }

  /**
   * A meeting held five weeks ago: Laine's and Virtanen's slots with attendance, the assessment,
   * actions still open (one overdue) and approved minutes (made and approved by the chair, reviewed
   * by the case worker).
   */
  private static void heldMeeting(
      EntityManager em,
      Region region,
      StaffUser chair,
      StaffUser caseWorker,
      PatternVideoLinks video,
      LocalDate today,
      Instant now) {
    Instant start =
        ZonedDateTime.of(nextWorkingDay(today.minusDays(37)), LocalTime.of(9, 0), FINLAND)
            .toInstant();
    Meeting held =
        new Meeting(
            region, null, start, start.plus(Duration.ofHours(3)), PLACE, chair.username(), now);
    held.useVideoLink(video.newLink());
    em.persist(held);
    ClientSlot slot = attendedSlot(em, held, "ASO-2026-005", start, chair, now);
    slot.invitePartner(contact(em, "jonna@josna.localhost"), now)
        .attended(Attendance.PRESENT, null);
    slot.invitePartner(contact(em, "pekka@siunsote.localhost"), now)
        .attended(Attendance.VIDEO, null);
    record(
        em,
        slot,
        HousingForm.SUPPORTED_HOUSING,
        "Asumisohjaus kaksi kertaa viikossa ensimmäiset kolme kuukautta.",
        "Josna tarjoaa tukiasuntoa; päihdekuntoutus jatkuu avohoitona.",
        chair,
        now);
    em.persist(
        ActionItem.forOrganisation(
            slot,
            "Tarjoa tukiasuntoa Josnan kohteesta",
            organisation(em, "Joensuun Seudun Nuorisoasuntoyhdistys Josna"),
            contact(em, "jonna@josna.localhost"),
            today.plusDays(7),
            chair.username(),
            now));
    em.persist(
        ActionItem.forOrganisation(
            slot,
            "Sovi avokuntoutuksen jatkosta",
            organisation(em, "Siun sote, päihdepalvelukeskus"),
            contact(em, "pekka@siunsote.localhost"),
            today.minusDays(5),
            chair.username(),
            now));
    heldSlotOfVirtanen(em, held, chair, start.plus(Duration.ofMinutes(45)), today, now);
    em.flush();
    Minutes minutes =
        new Minutes(
            held,
            1,
            MinutesRecord.of(new JpaMeetingDayRepository(em), held).toJson(),
            chair.username(),
            now);
    // the chair made them; the region asks for a second person, so the case worker reviewed them
    minutes.review(caseWorker.username(), now);
    minutes.approve(chair.username(), now);
    em.persist(minutes);
  }

  /** Virtanen's first meeting: Kodit (the demo partner) has an open action from it. */
  private static void heldSlotOfVirtanen(
      EntityManager em,
      Meeting held,
      StaffUser chair,
      Instant start,
      LocalDate today,
      Instant now) {
    ClientSlot slot = attendedSlot(em, held, "ASO-2026-001", start, chair, now);
    slot.invitePartner(contact(em, "partner@aso.localhost"), now)
        .attended(Attendance.PRESENT, null);
    slot.invitePartner(contact(em, "sari@siunsote.localhost"), now)
        .attended(Attendance.ABSENT, "Aikuissosiaalityö puoltaa omaa asuntoa ja asumisneuvontaa.");
    record(
        em,
        slot,
        HousingForm.INDEPENDENT_RENTAL,
        "Asumisneuvonta kerran viikossa; velkaneuvonta.",
        "Kodit varaa yksiön vapautumispäiväksi; asiakas hakee asumistukea.",
        chair,
        now);
    em.persist(
        ActionItem.forOrganisation(
            slot,
            "Varaa yksiö vapautumispäiväksi",
            organisation(em, "Joensuun Kodit Oy"),
            contact(em, "partner@aso.localhost"),
            today.plusDays(10),
            chair.username(),
            now));
    em.persist(
        ActionItem.forPerson(
            slot,
            "Hae Kelan yleistä asumistukea",
            Responsible.CLIENT,
            today.plusDays(20),
            chair.username(),
            now));
  }

  /** A client's 45-minute slot in the held meeting, attended in person with their case worker. */
  private static ClientSlot attendedSlot(
      EntityManager em,
      Meeting held,
      String reference,
      Instant start,
      StaffUser chair,
      Instant now) {
    ClientCase client = caseOf(em, reference);
    ClientSlot slot =
        held.schedule(
            client,
            start,
            Duration.ofMinutes(45),
            ClientAttendance.IN_PERSON,
            null,
            chair.username(),
            now);
    slot.attend(ClientAttendance.IN_PERSON, null, now);
    slot.inviteCaseWorker(client.caseWorker(), now).attended(Attendance.PRESENT, null);
    return slot;
  }

  /** The chair's record of a held slot: the assessment and the decisions. */
  private static void record(
      EntityManager em,
      ClientSlot slot,
      HousingForm housing,
      String support,
      String decisions,
      StaffUser chair,
      Instant now) {
    em.flush();
    SlotRecord record = SlotRecord.startFor(slot);
    record.write(record.notes(), housing, support, decisions, chair.username(), now);
    em.persist(record);
  }

  private static Organisation organisation(EntityManager em, String name) {
    return em.createQuery("select o from Organisation o where o.name = :n", Organisation.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private static void scheduled(EntityManager em, ClientCase clientCase, StaffUser chair) {
    em.persist(
        clientCase.moveTo(
            CaseState.SCHEDULED, chair.username(), "demo meeting", OffsetDateTime.now()));
  }

  private static LocalDate nextWorkingDay(LocalDate from) {
    LocalDate day = from;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static ClientCase caseOf(EntityManager em, String reference) {
    return em.createQuery("select c from ClientCase c where c.reference = :r", ClientCase.class)
        .setParameter("r", reference)
        .getSingleResult();
  }

  private static ContactPerson contact(EntityManager em, String email) {
    return em.createQuery("select c from ContactPerson c where c.email = :e", ContactPerson.class)
        .setParameter("e", email)
        .getSingleResult();
  }
}
