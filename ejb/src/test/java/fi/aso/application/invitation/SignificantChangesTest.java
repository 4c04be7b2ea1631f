package fi.aso.application.invitation;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.property.Attendee;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.Organisation;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner's calendar gets a message only for what it shows (issue 16: the partner who got four
 * look-alike invitations): a new time is one REQUEST asking again (PARTSTAT=NEEDS-ACTION,
 * RSVP=TRUE, the answer reset in the platform, the mail saying what changed); a new place or video
 * link is one REQUEST keeping the answer given; the agenda, the client's attendance, spacing in the
 * place or another invitee send nothing. On a real PostgreSQL, read back with biweekly.
 */
class SignificantChangesTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);
  static final String KALLE = "kalle@kodit.test";

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("significant_changes").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void changesNoCalendarShowsSendNothing() {
    long client = world.readyClient("ASO-S-001", RELEASE, world.kodit, world.sote);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    answer(planned.slot(), InvitationAnswer.ACCEPTED);
    long meeting = planned.meeting();
    long slot = planned.slot();

    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.setAgenda(meeting, slot, world.version(meeting), "Asunnon tarve");
          return null;
        });
    reschedule(meeting, NINE, "  Toimisto \n");
    attend(meeting, slot, ClientAttendance.VIDEO_FROM_PRISON, world.prison);
    attend(meeting, slot, ClientAttendance.IN_PERSON, null);
    reschedule(meeting, NINE, "Toimisto");
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.sari));

    assertThat(messages(client, KALLE)).as("only the first invitation").hasSize(1);
    assertThat(answerOf(slot, KALLE)).isEqualTo(InvitationAnswer.ACCEPTED);
  }

  @Test
  void aNewTimeSendsOneRequestThatAsksForANewAnswerAndSaysWhatChanged() {
    long client = world.readyClient("ASO-S-002", RELEASE, world.kodit);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    answer(planned.slot(), InvitationAnswer.ACCEPTED);

    reschedule(planned.meeting(), NINE.plus(Duration.ofHours(1)), "Toimisto");

    List<OutboundMessage> toKalle = messages(client, KALLE);
    assertThat(toKalle).hasSize(2);
    OutboundMessage update = toKalle.get(1);
    assertThat(update.kind()).isEqualTo(MessageKind.REQUEST);
    ICalendar calendar = Biweekly.parse(update.calendar().orElseThrow()).first();
    assertThat(calendar.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
    Attendee attendee = calendar.getEvents().get(0).getAttendees().get(0);
    assertThat(attendee.getParticipationStatus().getValue()).isEqualTo("NEEDS-ACTION");
    assertThat(attendee.getRsvp()).isTrue();
    assertThat(update.bodyText())
        .contains(
            "Aika muuttunut: ti 8.12.2026 klo 10.00–10.45 (oli ti 8.12.2026 klo 9.00–9.45)",
            "Tiden har ändrats: tis 8.12.2026 kl. 10.00–10.45",
            "Vastaa uudelleen",
            "Svara på nytt")
        .doesNotContain("Paikka muuttunut");
    assertThat(answerOf(planned.slot(), KALLE)).isEqualTo(InvitationAnswer.NEEDS_ACTION);
  }

  @Test
  void aNewPlaceSendsOneRequestThatKeepsTheAnswerGiven() {
    long client = world.readyClient("ASO-S-003", RELEASE, world.kodit);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    answer(planned.slot(), InvitationAnswer.ACCEPTED);

    reschedule(planned.meeting(), NINE, "Neuvotteluhuone Joki");

    List<OutboundMessage> toKalle = messages(client, KALLE);
    assertThat(toKalle).hasSize(2);
    Attendee attendee =
        Biweekly.parse(toKalle.get(1).calendar().orElseThrow())
            .first()
            .getEvents()
            .get(0)
            .getAttendees()
            .get(0);
    assertThat(attendee.getParticipationStatus().getValue()).isEqualTo("ACCEPTED");
    assertThat(attendee.getRsvp()).isFalse();
    assertThat(toKalle.get(1).bodyText())
        .contains("Paikka muuttunut: Neuvotteluhuone Joki (oli Toimisto)")
        .doesNotContain("Vastaa uudelleen", "Aika muuttunut");
    assertThat(answerOf(planned.slot(), KALLE)).isEqualTo(InvitationAnswer.ACCEPTED);
  }

  @Test
  void aVideoLinkAddedIsSentAndSaysSo() {
    long client = world.readyClient("ASO-S-004", RELEASE, world.kodit);
    // another day: the prison's video room is the first test's at nine
    MeetingWorld.PlannedSlot planned =
        world.slotOnNewMeeting(client, NINE.plus(Duration.ofDays(2)));
    Transactions.inTransaction(
        world.emf,
        em -> {
          // a meeting without the provider's room, and a prison with its own fixed video room
          em.find(Meeting.class, planned.meeting()).useVideoLink(null);
          em.find(Organisation.class, world.prison)
              .provideVideoRoom(true, "https://video.test/prison-room");
          return null;
        });
    long meeting = planned.meeting();
    world.as(
        "chair",
        NOW,
        s -> s.planner.invite(meeting, planned.slot(), world.version(meeting), world.kalle));
    assertThat(messages(client, KALLE).get(0).calendar().orElseThrow())
        .doesNotContain("CONFERENCE");

    attend(meeting, planned.slot(), ClientAttendance.VIDEO_FROM_PRISON, world.prison);

    List<OutboundMessage> toKalle = messages(client, KALLE);
    assertThat(toKalle).hasSize(2);
    assertThat(toKalle.get(1).calendar().orElseThrow()).contains("CONFERENCE");
    assertThat(toKalle.get(1).bodyText())
        .contains("Kokoukseen voi nyt osallistua videolla")
        .doesNotContain("Vastaa uudelleen");
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(Organisation.class, world.prison).provideVideoRoom(true, null);
          return null;
        });
  }

  private static void attend(long meeting, long slot, ClientAttendance how, Long videoRoom) {
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.setAttendance(meeting, slot, world.version(meeting), how, videoRoom);
          return null;
        });
  }

  private static void reschedule(long meeting, Instant start, String place) {
    world.as(
        "chair",
        NOW,
        s -> {
          s.calendar.reschedule(
              meeting, world.version(meeting), start, start.plus(Duration.ofHours(3)), place, true);
          return null;
        });
  }

  private static void answer(long slot, InvitationAnswer answer) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          inviteeOf(em, slot, KALLE).answer(answer, NOW);
          return null;
        });
  }

  private static InvitationAnswer answerOf(long slot, String email) {
    return Transactions.inTransaction(world.emf, em -> inviteeOf(em, slot, email).answer());
  }

  private static SlotInvitee inviteeOf(
      jakarta.persistence.EntityManager em, long slot, String email) {
    return em.createQuery(
            "select i from SlotInvitee i where i.slot.id = :s and i.contactPerson.email = :e",
            SlotInvitee.class)
        .setParameter("s", slot)
        .setParameter("e", email)
        .getSingleResult();
  }

  private static List<OutboundMessage> messages(long caseId, String email) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select m from OutboundMessage m where m.recipient = :r and m.invitation.caseId = :c order by m.id",
                    OutboundMessage.class)
                .setParameter("r", email)
                .setParameter("c", caseId)
                .getResultList());
  }
}
