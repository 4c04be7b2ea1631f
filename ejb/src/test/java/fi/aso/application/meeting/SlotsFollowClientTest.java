package fi.aso.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.workbench.ChairUpdate;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.infrastructure.video.GraphStandIn;
import fi.aso.infrastructure.video.TeamsOnlineMeetings;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slots follow the client, on a real PostgreSQL with invitations written to the outbox: a release
 * date moved before a planned slot flags it, tells the chair (home page and a mail with the case
 * reference only) and sends nothing to the invitees until the chair decides; a transfer releases
 * the old prison's video room and proposes the new one's; the day-before check finds a video slot
 * without a room or a link, once.
 */
class SlotsFollowClientTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);

  static MeetingWorld world;
  static long otherPrison;
  static long prisonWithoutRoom;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("slots_follow_client").withInvitations();
    otherPrison = prison("Kuopion vankila", true);
    prisonWithoutRoom = prison("Sukevan vankila", false);
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aReleaseMovedBeforeThePlannedSlotFlagsItTellsTheChairAndSendsNothingUntilTheChairDecides() {
    long client = world.readyClient("ASO-F-001", RELEASE, world.kodit);
    var planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    int changesBefore = world.changes.size();
    long requestsBefore = messages(MessageKind.REQUEST, "kalle@kodit.test").size();
    assertThat(requestsBefore).isPositive();

    world.as(
        "caseworker",
        MeetingWorld.NOW,
        s ->
            s.referrals.updateRelease(
                client, caseVersion(client), LocalDate.of(2026, 12, 1), world.prison));

    ClientSlot slot = slot(planned.slot());
    assertThat(slot.awaitsReview()).isTrue();
    assertThat(slot.reviewRelease()).isTrue();
    assertThat(slot.reviewPrison()).isFalse();
    assertThat(slot.startsAt()).as("flagged, not moved").isEqualTo(NINE);
    List<ChairUpdate> updates =
        world.as("chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty()));
    assertThat(updates)
        .filteredOn(u -> u.caseReference().equals("ASO-F-001"))
        .extracting(ChairUpdate::kind, ChairUpdate::meetingId, ChairUpdate::slotStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChairUpdate.Kind.RELEASE_MOVED, planned.meeting(), NINE));
    // one mail about this client (other tests' clients tell the same chair)
    List<OutboundMessage> toChair =
        messages(MessageKind.REMINDER, "chair@aso.test").stream()
            .filter(m -> m.bodyText().contains("ASO-F-001"))
            .toList();
    assertThat(toChair).hasSize(1);
    assertThat(toChair.get(0).subject()).contains("ASO-F-001").doesNotContain("Asiakas ASO-F");
    assertThat(toChair.get(0).bodyText())
        .contains("ASO-F-001", "/meetings/meeting.xhtml?id=" + planned.meeting())
        .doesNotContain("Asiakas ASO-F-001");
    assertThat(world.changes).as("no meeting change: nothing re-sent").hasSize(changesBefore);
    assertThat(messages(MessageKind.REQUEST, "kalle@kodit.test")).hasSize((int) requestsBefore);

    assertThatThrownBy(() -> confirm(planned, " ")).isInstanceOf(Meeting.AfterRelease.class);
    confirm(planned, "vapautuminen aikaistui, kokous pidetään silti");
    assertThat(slot(planned.slot()).awaitsReview()).isFalse();
    assertThat(slot(planned.slot()).afterReleaseReason()).isPresent();
    assertThat(world.changes).as("a reason changes nothing for invitees").hasSize(changesBefore);
    assertThat(
            world.<List<ChairUpdate>>as(
                "chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty())))
        .noneMatch(u -> u.caseReference().equals("ASO-F-001"));
  }

  @Test
  void aFlaggedSlotMovedToBeforeTheReleaseIsNoLongerFlagged() {
    long client = world.readyClient("ASO-F-006", RELEASE, world.kodit);
    var planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    world.as(
        "caseworker",
        MeetingWorld.NOW,
        s ->
            s.referrals.updateRelease(
                client, caseVersion(client), LocalDate.of(2026, 12, 3), world.prison));
    assertThat(slot(planned.slot()).reviewRelease()).isTrue();
    // a meeting on the day before the new release date
    Instant earlier = Instant.parse("2026-12-02T07:00:00Z");
    long target =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s -> s.calendar.scheduleAdHoc(earlier, earlier.plus(Duration.ofHours(3)), "Toimisto"));

    world.as(
        "chair",
        MeetingWorld.NOW,
        s -> {
          s.planner.moveToMeeting(
              planned.meeting(),
              planned.slot(),
              world.version(planned.meeting()),
              target,
              world.version(target),
              earlier,
              null);
          return null;
        });

    ClientSlot moved = slot(planned.slot());
    assertThat(moved.startsAt()).isEqualTo(earlier);
    assertThat(moved.awaitsReview()).as("no decision left for the chair").isFalse();
    assertThat(moved.reviewRelease()).isFalse();
    assertThat(moved.reviewSince()).isEmpty();
    assertThat(
            world.<List<ChairUpdate>>as(
                "chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty())))
        .noneMatch(u -> u.caseReference().equals("ASO-F-006"));
  }

  @Test
  void aFlaggedSlotWhoseMeetingMovesStillAfterTheReleaseStaysFlagged() {
    long client = world.readyClient("ASO-F-007", RELEASE, world.kodit);
    var planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    world.as(
        "caseworker",
        MeetingWorld.NOW,
        s ->
            s.referrals.updateRelease(
                client, caseVersion(client), LocalDate.of(2026, 12, 3), world.prison));
    Instant later = NINE.plus(Duration.ofDays(1));

    world.as(
        "chair",
        MeetingWorld.NOW,
        s -> {
          s.calendar.reschedule(
              planned.meeting(),
              world.version(planned.meeting()),
              later,
              later.plus(Duration.ofHours(3)),
              "Toimisto",
              true);
          return null;
        });

    assertThat(slot(planned.slot()).startsAt()).isEqualTo(later);
    assertThat(slot(planned.slot()).reviewRelease()).as("still after the release").isTrue();
    assertThat(slot(planned.slot()).awaitsReview()).isTrue();
  }

  @Test
  void aTransferReleasesTheOldPrisonsVideoRoomAndProposesTheNewOnesWhichTheChairBooks() {
    long client = world.readyClient("ASO-F-002", RELEASE, world.kodit);
    Instant start = NINE.plus(Duration.ofDays(2));
    var planned = world.slotOnNewMeeting(client, start, world.kalle);
    world.as(
        "chair",
        MeetingWorld.NOW,
        s -> {
          s.planner.setAttendance(
              planned.meeting(),
              planned.slot(),
              world.version(planned.meeting()),
              ClientAttendance.VIDEO_FROM_PRISON,
              world.prison);
          return null;
        });
    int changesBefore = world.changes.size();

    world.as(
        "caseworker",
        MeetingWorld.NOW,
        s -> s.referrals.updateRelease(client, caseVersion(client), RELEASE, otherPrison));

    ClientSlot slot = slot(planned.slot());
    assertThat(slot.videoRoom()).as("the old prison's room is released").isEmpty();
    assertThat(slot.proposedVideoRoom().map(Organisation::id)).contains(otherPrison);
    assertThat(slot.reviewPrison()).isTrue();
    assertThat(slot.reviewRelease()).isFalse();
    assertThat(
            Transactions.<List<ClientSlot>>inTransaction(
                world.emf,
                em ->
                    new fi.aso.infrastructure.persistence.JpaMeetingRepository(em)
                        .plannedSlotsUsingVideoRoomsBetween(
                            Set.of(world.prison), start, start.plus(Duration.ofHours(1)))))
        .as("the old prison's room is free again at that time")
        .isEmpty();
    assertThat(world.changes).as("nothing re-sent before the chair decides").hasSize(changesBefore);
    assertThat(messages(MessageKind.REMINDER, "chair@aso.test"))
        .anyMatch(m -> m.subject().contains("ASO-F-002"));
    assertThat(
            world.<List<ChairUpdate>>as(
                "chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty())))
        .filteredOn(u -> u.caseReference().equals("ASO-F-002"))
        .extracting(ChairUpdate::kind, ChairUpdate::who)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChairUpdate.Kind.PRISON_CHANGED, "Kuopion vankila"));

    confirm(planned, null);
    assertThat(slot(planned.slot()).videoRoom().map(Organisation::id)).contains(otherPrison);
    assertThat(slot(planned.slot()).awaitsReview()).isFalse();
    assertThat(world.changes.subList(changesBefore, world.changes.size()))
        .as("the new room is sent to the invitees once the chair has decided")
        .extracting(MeetingChange::kind)
        .containsExactly(MeetingChange.Kind.INVITEES_CHANGED);
  }

  @Test
  void theDayBeforeTheChairHearsOfAVideoSlotWithoutRoomOrLinkOnce() {
    // Thursday 10 December 2026; the check runs on Wednesday
    Instant thursday = Instant.parse("2026-12-10T08:00:00Z");
    Instant wednesday = Instant.parse("2026-12-09T12:00:00Z");
    long roomless = world.readyClient("ASO-F-003", RELEASE, world.kodit);
    var noRoom = world.slotOnNewMeeting(roomless, thursday, world.kalle);
    video(noRoom);
    world.as(
        "caseworker",
        MeetingWorld.NOW,
        s ->
            s.referrals.updateRelease(roomless, caseVersion(roomless), RELEASE, prisonWithoutRoom));
    long linkless = world.readyClient("ASO-F-004", RELEASE, world.kodit);
    var noLink = world.slotOnNewMeeting(linkless, thursday.plus(Duration.ofHours(4)), world.kalle);
    video(noLink);
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(Meeting.class, noLink.meeting()).useVideoLink(null);
          return null;
        });
    long ready = world.readyClient("ASO-F-005", RELEASE, world.kodit);
    var fine = world.slotOnNewMeeting(ready, thursday.plus(Duration.ofHours(8)), world.kalle);
    video(fine);

    int written = world.as("system", wednesday, s -> s.videoReadiness.writeDue());

    assertThat(written).isEqualTo(2);
    List<OutboundMessage> toChair = messages(MessageKind.REMINDER, "chair@aso.test");
    assertThat(toChair)
        .filteredOn(m -> m.idempotencyKey().startsWith("video-check:"))
        .extracting(OutboundMessage::subject)
        .anyMatch(s -> s.contains("ASO-F-003"))
        .anyMatch(s -> s.contains("ASO-F-004"))
        .noneMatch(s -> s.contains("ASO-F-005"));
    assertThat(toChair)
        .filteredOn(m -> m.idempotencyKey().startsWith("video-check:"))
        .allSatisfy(m -> assertThat(m.bodyText()).doesNotContain("Asiakas ASO-F"));
    assertThat(
            world.<Integer>as(
                "system", wednesday.plusSeconds(900), s -> s.videoReadiness.writeDue()))
        .as("the next round (or another node) writes nothing again")
        .isZero();
    assertThat(
            world.<Integer>as(
                "system", wednesday.minus(Duration.ofDays(1)), s -> s.videoReadiness.writeDue()))
        .as("two days before: not yet")
        .isZero();
  }

  /**
   * With the Teams provider, a meeting made while Graph fails (here a stand-in for Microsoft's
   * services, which cannot be reached from these machines) is kept without a link, and the day
   * before the chair hears that its video slot has nowhere to join; one made while Graph works has
   * the Teams link and nothing to report.
   */
  @Test
  void aMeetingWhoseTeamsRoomCouldNotBeMadeHasNoLinkAndTheChairHearsTheDayBefore()
      throws Exception {
    // Friday 11 December 2026; the check runs on Thursday
    Instant friday = Instant.parse("2026-12-11T08:00:00Z");
    Instant thursday = Instant.parse("2026-12-10T12:00:00Z");
    try (GraphStandIn graph = new GraphStandIn()) {
      long failed = teamsMeeting(graph.meetingsAnswer(503), friday);
      long made = teamsMeeting(graph.meetingsAnswer(201), friday.plus(Duration.ofHours(4)));

      assertThat(meeting(failed).videoLink()).as("no room: no link").isEmpty();
      assertThat(meeting(made).videoLink())
          .get()
          .asString()
          .startsWith("https://teams.microsoft.com/l/meetup-join/");
      long withoutRoom = world.readyClient("ASO-F-008", RELEASE, world.kodit);
      var onFailed = new MeetingWorld.PlannedSlot(failed, videoSlot(failed, withoutRoom, friday));
      long withRoom = world.readyClient("ASO-F-009", RELEASE, world.kodit);
      Instant later = friday.plus(Duration.ofHours(4));
      var onMade = new MeetingWorld.PlannedSlot(made, videoSlot(made, withRoom, later));

      int written = world.as("system", thursday, s -> s.videoReadiness.writeDue());

      assertThat(written).isEqualTo(1);
      List<String> checks =
          messages(MessageKind.REMINDER, "chair@aso.test").stream()
              .filter(m -> m.idempotencyKey().startsWith("video-check:"))
              .map(m -> m.idempotencyKey() + " " + m.subject())
              .toList();
      assertThat(checks)
          .anyMatch(
              c ->
                  c.startsWith("video-check:" + onFailed.slot() + ":2026-12-11:NO_LINK ")
                      && c.contains("ASO-F-008"))
          .noneMatch(c -> c.contains("ASO-F-009"));
      assertThat(VideoReadiness.problem(slot(onMade.slot()))).isEmpty();
    }
  }

  /** The chair schedules a meeting whose room the Teams provider makes through {@code graph}. */
  private static long teamsMeeting(GraphStandIn graph, Instant start) {
    TeamsOnlineMeetings teams =
        new TeamsOnlineMeetings(
            graph.settings(),
            TeamsOnlineMeetings.client(Duration.ofSeconds(2)),
            Duration.ofSeconds(5),
            java.time.Clock.systemUTC());
    return Transactions.inTransaction(
        world.emf,
        em ->
            fi.aso.testing.TestServices.of(em, "chair", MeetingWorld.NOW)
                .withVideoLinks(teams)
                .meetingCalendar()
                .scheduleAdHoc(start, start.plus(Duration.ofHours(3)), "Toimisto"));
  }

  /** The client on the meeting, joining by video from the world's prison. */
  private static long videoSlot(long meeting, long client, Instant start) {
    long slot =
        world.as(
            "chair",
            MeetingWorld.NOW,
            s ->
                s.planner.addSlot(
                    meeting,
                    world.version(meeting),
                    client,
                    start,
                    Duration.ofMinutes(45),
                    ClientAttendance.IN_PERSON,
                    null,
                    null));
    video(new MeetingWorld.PlannedSlot(meeting, slot));
    return slot;
  }

  private static Meeting meeting(long meetingId) {
    return Transactions.inTransaction(world.emf, em -> em.find(Meeting.class, meetingId));
  }

  /** The chair keeps the flagged slot, with this reason and the proposed room. */
  private static void confirm(MeetingWorld.PlannedSlot planned, String reason) {
    world.as(
        "chair",
        MeetingWorld.NOW,
        s -> {
          s.planner.confirmReview(
              planned.meeting(), planned.slot(), world.version(planned.meeting()), reason, null);
          return null;
        });
  }

  private static void video(MeetingWorld.PlannedSlot planned) {
    world.as(
        "chair",
        MeetingWorld.NOW,
        s -> {
          s.planner.setAttendance(
              planned.meeting(),
              planned.slot(),
              world.version(planned.meeting()),
              ClientAttendance.VIDEO_FROM_PRISON,
              world.prison);
          return null;
        });
  }

  private static long prison(String name, boolean videoRoom) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          Organisation o =
              new Organisation(name, OrganisationType.PRISON, em.find(Region.class, world.region));
          o.provideVideoRoom(videoRoom, null);
          em.persist(o);
          em.flush();
          return o.id();
        });
  }

  private static long caseVersion(long caseId) {
    return Transactions.inTransaction(world.emf, em -> em.find(ClientCase.class, caseId).version());
  }

  private static ClientSlot slot(long slotId) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          ClientSlot s = em.find(ClientSlot.class, slotId);
          s.proposedVideoRoom().map(Organisation::name);
          s.videoRoom().map(Organisation::name);
          return s;
        });
  }

  private static List<OutboundMessage> messages(MessageKind kind, String recipient) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select m from OutboundMessage m where m.kind = :kind and m.recipient = :to",
                    OutboundMessage.class)
                .setParameter("kind", kind)
                .setParameter("to", recipient)
                .getResultList());
  }
}
