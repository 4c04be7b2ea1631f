package fi.aso.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking dialog's service on a real PostgreSQL: the next meeting with room, one contact person
 * per consented organisation ticked (the deputy when the contact person is away), the prison's
 * video room respected, the preview without the client's name, and the slot with its invitations
 * made all or nothing.
 */
class SlotBookingTest {

  /** Tuesday 8 December 2026, 9-10 Finnish time: a meeting with no room left. */
  static final Instant FULL_NINE = Instant.parse("2026-12-08T07:00:00Z");

  /** Wednesday 9 December 2026, 9-12 Finnish time: the next meeting with room. */
  static final Instant NINE = Instant.parse("2026-12-09T07:00:00Z");

  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);

  static MeetingWorld world;
  static long fullMeeting;
  static long meeting;
  static long kaisa;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("slot_booking");
    fullMeeting =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s -> s.calendar.scheduleAdHoc(FULL_NINE, FULL_NINE.plus(Duration.ofHours(1)), "Pieni"));
    long filler = world.readyClient("ASO-B-000", RELEASE, world.kodit);
    addSlot(fullMeeting, filler, FULL_NINE, 60, ClientAttendance.IN_PERSON);
    meeting =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    // Kalle's deputy at Kodit
    kaisa =
        Transactions.inTransaction(
            world.emf,
            em -> {
              Organisation kodit = em.find(Organisation.class, world.kodit);
              ContactPerson deputy =
                  new ContactPerson(kodit, "Kaisa Kodit", "kaisa@kodit.test", null);
              em.persist(deputy);
              em.find(ContactPerson.class, world.kalle).deputisedBy(deputy);
              em.flush();
              return deputy.id();
            });
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void proposesTheNextMeetingWithRoomAndTicksOneContactPersonPerConsentedOrganisation() {
    long client = world.readyClient("ASO-B-001", RELEASE, world.kodit, world.sote);

    BookingProposal proposal = propose(client, null);

    assertThat(proposal.meeting()).get().extracting(BookableMeeting::id).isEqualTo(meeting);
    assertThat(proposal.meetings())
        .as("the full meeting is not offered")
        .extracting(BookableMeeting::id)
        .doesNotContain(fullMeeting);
    assertThat(proposal.minutes()).isEqualTo(SlotBooking.DEFAULT_MINUTES);
    assertThat(proposal.attendance())
        .as("a prisoner joins from the prison's video room")
        .isEqualTo(ClientAttendance.VIDEO_FROM_PRISON);
    assertThat(proposal.videoRoomId()).isEqualTo(world.prison);
    assertThat(proposal.candidates())
        .as("only consented organisations' people; TE is not named by the consent")
        .extracting(BookingCandidate::contactPersonId)
        .containsExactlyInAnyOrder(world.kalle, kaisa, world.sari);
    assertThat(proposal.candidates())
        .filteredOn(BookingCandidate::chosen)
        .extracting(BookingCandidate::contactPersonId)
        .containsExactlyInAnyOrder(world.kalle, world.sari);
    assertThat(proposal.consentedWithoutContact()).isEmpty();
  }

  @Test
  void theDeputyIsTickedWhenTheContactPersonIsAwayAtTheSlotsTime() {
    long client = world.readyClient("ASO-B-002", RELEASE, world.kodit);
    Instant start = propose(client, meeting).start();
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.persist(
              BusyTime.ofContact(
                  em.find(Region.class, world.region),
                  em.find(ContactPerson.class, world.kalle),
                  start.minus(Duration.ofMinutes(30)),
                  start.plus(Duration.ofMinutes(30)),
                  "lomalla",
                  "chair",
                  MeetingWorld.NOW));
          return null;
        });

    BookingProposal proposal = propose(client, meeting);

    BookingCandidate kalle = candidate(proposal, world.kalle);
    BookingCandidate deputy = candidate(proposal, kaisa);
    assertThat(kalle.away()).isTrue();
    assertThat(kalle.chosen()).isFalse();
    assertThat(deputy.chosen()).isTrue();
    assertThat(deputy.standsInFor()).isEqualTo("Kalle Kodit");
  }

  @Test
  void theProposedStartWaitsForThePrisonsVideoRoom() {
    long other = world.readyClient("ASO-B-003", RELEASE, world.kodit);
    long client = world.readyClient("ASO-B-004", RELEASE, world.kodit);
    Instant free = propose(client, meeting).start();
    // another meeting at the same time books the prison's video room for an hour
    long elsewhere =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s -> s.calendar.scheduleAdHoc(free, free.plus(Duration.ofHours(2)), "Muualla"));
    addSlot(elsewhere, other, free, 60, ClientAttendance.VIDEO_FROM_PRISON);

    BookingProposal proposal = propose(client, meeting);

    assertThat(proposal.start()).isEqualTo(free.plus(Duration.ofMinutes(60)));
  }

  @Test
  void thePreviewShowsTheInvitationWithTheCaseReferenceAndNeverTheClientsName() {
    long client = world.readyClient("ASO-B-005", RELEASE, world.kodit, world.sote);
    BookingProposal proposal = propose(client, meeting);

    BookingPreview preview =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s ->
                s.booking.preview(
                    client, meeting, proposal.start(), 45, List.of(world.kalle, world.sari)));

    assertThat(preview.recipients())
        .extracting(BookingPreview.Recipient::name)
        .containsExactly("caseworker", "Kalle Kodit", "Sari Sote");
    assertThat(preview.recipients().get(0).caseWorker()).isTrue();
    assertThat(preview.invitation().subject()).contains("ASO-B-005");
    assertThat(preview.invitation().body())
        .contains("ASO-B-005", "Toimisto", "(henkilökohtainen linkki)")
        .doesNotContain("Asiakas ASO-B-005");
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    MeetingWorld.NOW,
                    s ->
                        s.booking.preview(
                            client, meeting, proposal.start(), 45, List.of(world.tiina))))
        .as("nobody the consent does not name can even be previewed")
        .isInstanceOf(NotConsented.class);
  }

  @Test
  void sendingAddsTheSlotWithItsInvitationsAllOrNothing() {
    long client = world.readyClient("ASO-B-006", RELEASE, world.kodit, world.sote);
    BookingProposal proposal = propose(client, meeting);

    assertThatThrownBy(() -> book(client, proposal, List.of(world.kalle, world.tiina)))
        .as("TE is not named by the consent")
        .isInstanceOf(NotConsented.class);
    assertThat(slotOf(client)).as("nothing was added").isNull();

    long slot = book(client, proposal, List.of(world.kalle, world.sari));

    ClientSlot made = slotOf(client);
    assertThat(made.id()).isEqualTo(slot);
    assertThat(made.startsAt()).isEqualTo(proposal.start());
    assertThat(made.activeInvitees())
        .filteredOn(i -> i.kind() == InviteeKind.PARTNER)
        .extracting(i -> i.contactPerson().map(ContactPerson::id).orElseThrow())
        .containsExactlyInAnyOrder(world.kalle, world.sari);
    assertThat(made.activeInvitees())
        .extracting(SlotInvitee::kind)
        .contains(InviteeKind.CASE_WORKER);
    assertThat(
            world.<List<InvitableContact>>as(
                "chair", MeetingWorld.NOW, s -> s.planner.invitable(meeting, slot)))
        .as("people already invited are not offered again")
        .extracting(InvitableContact::contactPersonId)
        .containsExactly(kaisa);
    assertThat(propose(world.readyClient("ASO-B-007", RELEASE, world.kodit), meeting).start())
        .as("the next client's proposal starts after this slot")
        .isEqualTo(proposal.start().plus(Duration.ofMinutes(45)));
  }

  @Test
  void onlyAChairOfTheRegionCanBook() {
    long client = world.readyClient("ASO-B-008", RELEASE, world.kodit);
    assertThatThrownBy(
            () ->
                world.as("caseworker", MeetingWorld.NOW, s -> s.booking.propose(client, null, 45)))
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(
            () ->
                world.as("kodit-user", MeetingWorld.NOW, s -> s.booking.propose(client, null, 45)))
        .isInstanceOf(CaseAccessDenied.class);
  }

  private static BookingProposal propose(long client, Long meetingId) {
    return world.as("chair", MeetingWorld.NOW, s -> s.booking.propose(client, meetingId, 45));
  }

  private static long book(long client, BookingProposal proposal, List<Long> contacts) {
    return world.as(
        "chair",
        MeetingWorld.NOW,
        s ->
            s.planner.addSlotAndInvite(
                meeting,
                world.version(meeting),
                client,
                proposal.start(),
                Duration.ofMinutes(proposal.minutes()),
                proposal.attendance(),
                proposal.videoRoomId(),
                null,
                contacts));
  }

  private static void addSlot(
      long meetingId, long client, Instant start, int minutes, ClientAttendance attendance) {
    world.as(
        "chair",
        MeetingWorld.NOW,
        s ->
            s.planner.addSlot(
                meetingId,
                world.version(meetingId),
                client,
                start,
                Duration.ofMinutes(minutes),
                attendance,
                attendance == ClientAttendance.VIDEO_FROM_PRISON ? world.prison : null,
                null));
  }

  private static BookingCandidate candidate(BookingProposal proposal, long contactId) {
    return proposal.candidates().stream()
        .filter(c -> c.contactPersonId() == contactId)
        .findFirst()
        .orElseThrow();
  }

  /** The client's slot on the meeting, read afresh (null: none). */
  private static ClientSlot slotOf(long client) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          Meeting m = em.find(Meeting.class, meeting);
          ClientSlot slot =
              m.slots().stream()
                  .filter(s -> s.clientCase().id() == client)
                  .findFirst()
                  .orElse(null);
          if (slot != null) {
            slot.activeInvitees().forEach(i -> i.contactPerson().map(ContactPerson::id));
          }
          return slot;
        });
  }
}
