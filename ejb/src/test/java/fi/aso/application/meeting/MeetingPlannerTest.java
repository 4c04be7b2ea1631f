package fi.aso.application.meeting;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.consent.ConsentWithdrawn;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.RemovalReason;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings, slots and invitees on a real PostgreSQL: the rules a chair meets when planning. */
class MeetingPlannerTest {

  /** A meeting on Tuesday 8 December 2026, 9-12 Finnish time (UTC+2). */
  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");

  static final Instant NOON = Instant.parse("2026-12-08T10:00:00Z");
  static final LocalDate LATE_RELEASE = LocalDate.of(2027, 3, 1);

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("meeting_planner");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aPartnerInvitedToOneSlotSeesThatSlotAndNothingOfTheOthers() {
    long withKodit = world.readyClient("ASO-M-001", LATE_RELEASE, world.kodit, world.sote);
    long alsoKodit = world.readyClient("ASO-M-002", LATE_RELEASE, world.kodit, world.sote);
    long meeting = newMeeting();
    long first = addSlot(meeting, withKodit, NINE, 45);
    addSlot(meeting, alsoKodit, NINE.plus(Duration.ofMinutes(45)), 45);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, first, world.version(meeting), world.kalle));

    List<PartnerSlot> seen =
        world.<List<PartnerSlot>>as("kodit-user", NOW, s -> s.partnerSlots.upcoming()).stream()
            .filter(p -> p.caseReference().startsWith("ASO-M-00"))
            .toList();

    assertThat(seen)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.caseReference()).isEqualTo("ASO-M-001");
              assertThat(p.clientName()).isEqualTo("Asiakas ASO-M-001");
              assertThat(p.start()).isEqualTo(NINE);
            });
    assertThat(seen.toString()).doesNotContain("ASO-M-002");
    assertThatThrownBy(() -> world.as("kodit-user", NOW, s -> s.planner.meeting(meeting, "test")))
        .as("a partner cannot open the meeting itself")
        .isInstanceOf(CaseAccessDenied.class);
    assertThat(auditedReadsOf(withKodit, "kodit-user")).isEqualTo(1);
    assertThat(auditedReadsOf(alsoKodit, "kodit-user")).isZero();
  }

  @Test
  void onlyContactsOfConsentedOrganisationsCanBeInvitedAndTheRefusalChangesNothing() {
    long client = world.readyClient("ASO-M-010", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    long slot = addSlot(meeting, client, NINE, 60);

    List<InvitableContact> invitable =
        world.as("chair", NOW, s -> s.planner.invitable(meeting, slot));
    assertThat(invitable).extracting(InvitableContact::name).containsExactly("Kalle Kodit");

    long before = world.version(meeting);
    assertThatThrownBy(
            () -> world.as("chair", NOW, s -> s.planner.invite(meeting, slot, before, world.sari)))
        .isInstanceOf(NotConsented.class);
    assertThat(world.version(meeting)).isEqualTo(before);
    assertThat(invitees(slot))
        .extracting(SlotInvitee::kind)
        .containsExactlyInAnyOrder(InviteeKind.CASE_WORKER, InviteeKind.CLIENT);
    // the refusal's own audit entry is written in a separate transaction in the container
    // (AuditTrail.recordIndependently); MeetingsApiIT checks it there
  }

  @Test
  void slotsStayInsideTheMeetingAndNeverOverlap() {
    long a = world.readyClient("ASO-M-020", LATE_RELEASE, world.kodit);
    long b = world.readyClient("ASO-M-021", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    addSlot(meeting, a, NINE, 60);

    assertThatThrownBy(() -> addSlot(meeting, b, NINE.plus(Duration.ofMinutes(30)), 60))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> addSlot(meeting, b, NOON.minus(Duration.ofMinutes(30)), 60))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("within");
    assertThatThrownBy(() -> addSlot(meeting, a, NINE.plus(Duration.ofMinutes(60)), 30))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("already has a slot");
    long second = addSlot(meeting, b, NINE.plus(Duration.ofMinutes(60)), 60);
    assertThat(second).isPositive();
    assertThat(state(b)).isEqualTo(CaseState.SCHEDULED);
  }

  @Test
  void aSlotAfterTheClientsReleaseNeedsARecordedReason() {
    long released = world.readyClient("ASO-M-030", LocalDate.of(2026, 12, 1), world.kodit);
    long meeting = newMeeting();

    assertThatThrownBy(() -> addSlot(meeting, released, NINE, 45))
        .isInstanceOf(Meeting.AfterRelease.class);
    long slot =
        world.as(
            "chair",
            NOW,
            s ->
                s.planner.addSlot(
                    meeting,
                    world.version(meeting),
                    released,
                    NINE,
                    Duration.ofMinutes(45),
                    ClientAttendance.IN_PERSON,
                    null,
                    "Seuranta: asuminen kuukausi vapautumisen jälkeen"));

    var details = world.as("chair", NOW, s -> s.planner.meeting(meeting, "test"));
    assertThat(details.slots())
        .filteredOn(v -> v.id() == slot)
        .singleElement()
        .satisfies(v -> assertThat(v.afterReleaseReason()).startsWith("Seuranta"));
    assertThat(
            count(
                "select count(*) from audit_event where client_case_id = "
                    + released
                    + " and purpose like 'slot scheduled after release:%'"))
        .isEqualTo(1);
  }

  @Test
  void changingASlotSomeoneElseTookOffTheMeetingIsAConflictNotNotFound() {
    long a = world.readyClient("ASO-M-041", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    long slot = addSlot(meeting, a, NINE, 45);
    long readBefore = world.version(meeting);
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.removeSlot(meeting, slot, readBefore);
          return null;
        });

    // the page still shows the slot: its move is based on the version it read
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.planner.moveSlot(meeting, slot, readBefore, NINE.plus(Duration.ofHours(1)));
                      return null;
                    }))
        .isInstanceOf(ConcurrentEdit.class);
  }

  @Test
  void aChangeBasedOnAnOldVersionIsRefusedNotOverwritten() {
    long a = world.readyClient("ASO-M-040", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    long stale = world.version(meeting);
    addSlot(meeting, a, NINE, 45);

    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.calendar.reschedule(
                          meeting,
                          stale,
                          NINE.plus(Duration.ofDays(7)),
                          NOON.plus(Duration.ofDays(7)),
                          "Muualla",
                          false);
                      return null;
                    }))
        .isInstanceOf(ConcurrentEdit.class);
    assertThat(world.as("chair", NOW, s -> s.planner.meeting(meeting, "test")).start())
        .isEqualTo(NINE);
  }

  @Test
  void movingAMeetingWithAnsweredInvitationsAsksForConfirmationAndTheSlotsMoveAlong() {
    long a = world.readyClient("ASO-M-050", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    long slot = addSlot(meeting, a, NINE.plus(Duration.ofMinutes(30)), 45);
    long invitee =
        world.as(
            "chair",
            NOW,
            s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(SlotInvitee.class, invitee).answer(InvitationAnswer.ACCEPTED, NOW);
          return null;
        });
    Instant weekLater = NINE.plus(Duration.ofDays(7));

    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.calendar.reschedule(
                          meeting,
                          world.version(meeting),
                          weekLater,
                          NOON.plus(Duration.ofDays(7)),
                          "Sama",
                          false);
                      return null;
                    }))
        .isInstanceOf(NeedsConfirmation.class);
    world.as(
        "chair",
        NOW,
        s -> {
          s.calendar.reschedule(
              meeting,
              world.version(meeting),
              weekLater,
              NOON.plus(Duration.ofDays(7)),
              "Sama",
              true);
          return null;
        });

    var details = world.as("chair", NOW, s -> s.planner.meeting(meeting, "test"));
    assertThat(details.start()).isEqualTo(weekLater);
    assertThat(details.slots())
        .singleElement()
        .satisfies(v -> assertThat(v.start()).isEqualTo(weekLater.plus(Duration.ofMinutes(30))));
    assertThat(world.changes)
        .anySatisfy(
            c -> {
              assertThat(c.meetingId()).isEqualTo(meeting);
              assertThat(c.kind()).isEqualTo(MeetingChange.Kind.RESCHEDULED);
            });
  }

  @Test
  void slotsAreReorderedBackToBackAndMovedToAnotherMeetingWithTheirInvitees() {
    long a = world.readyClient("ASO-M-060", LATE_RELEASE, world.kodit);
    long b = world.readyClient("ASO-M-061", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    long first = addSlot(meeting, a, NINE, 30);
    long second = addSlot(meeting, b, NINE.plus(Duration.ofMinutes(60)), 45);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, first, world.version(meeting), world.kalle));

    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.reorder(meeting, world.version(meeting), List.of(second, first));
          return null;
        });
    var reordered = world.as("chair", NOW, s -> s.planner.meeting(meeting, "test")).slots();
    assertThat(reordered).extracting(SlotView::id).containsExactly(second, first);
    assertThat(reordered.get(0).start()).isEqualTo(NINE);
    assertThat(reordered.get(1).start()).isEqualTo(NINE.plus(Duration.ofMinutes(45)));

    long other = newMeeting(NINE.plus(Duration.ofDays(14)), NOON.plus(Duration.ofDays(14)));
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.moveToMeeting(
              meeting,
              first,
              world.version(meeting),
              other,
              world.version(other),
              NINE.plus(Duration.ofDays(14)),
              null);
          return null;
        });
    assertThat(world.as("chair", NOW, s -> s.planner.meeting(meeting, "test")).slots())
        .extracting(SlotView::id)
        .containsExactly(second);
    assertThat(world.as("chair", NOW, s -> s.planner.meeting(other, "test")).slots())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.id()).isEqualTo(first);
              assertThat(v.invitees()).extracting(InviteeView::name).contains("Kalle Kodit");
            });
  }

  @Test
  void withdrawingConsentTakesTheOrganisationsPeopleOffTheClientsComingSlots() {
    long client = world.readyClient("ASO-M-070", LATE_RELEASE, world.kodit, world.sote);
    long meeting = newMeeting();
    long slot = addSlot(meeting, client, NINE, 45);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.sari));
    world.changes.clear();

    world.as(
        "caseworker",
        NOW,
        s -> {
          s.followConsent.withdrawn(
              new ConsentWithdrawn(client, 1, Set.of(world.kodit), false, NOW));
          return null;
        });

    assertThat(invitees(slot))
        .filteredOn(SlotInvitee::isActive)
        .extracting(i -> i.contactPerson().map(c -> c.name()).orElse(i.kind().name()))
        .containsExactlyInAnyOrder("Sari Sote", "CASE_WORKER", "CLIENT");
    assertThat(invitees(slot))
        .filteredOn(i -> !i.isActive())
        .singleElement()
        .satisfies(i -> assertThat(i.removedReason()).contains(RemovalReason.CONSENT_WITHDRAWN));
    assertThat(world.changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(MeetingChange.Kind.INVITEES_CHANGED);
              assertThat(c.slotIds()).containsExactly(slot);
            });
    assertThat(world.<List<PartnerSlot>>as("kodit-user", NOW, s -> s.partnerSlots.upcoming()))
        .noneMatch(p -> p.slotId() == slot);
  }

  @Test
  void cancellingAMeetingSendsItsClientsBackToWaiting() {
    long client = world.readyClient("ASO-M-080", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    addSlot(meeting, client, NINE, 45);
    assertThat(state(client)).isEqualTo(CaseState.SCHEDULED);

    world.as(
        "chair",
        NOW,
        s -> {
          s.calendar.cancel(meeting, world.version(meeting));
          return null;
        });

    assertThat(state(client)).isEqualTo(CaseState.READY_FOR_MEETING);
    assertThatThrownBy(
            () -> addSlot(meeting, world.readyClient("ASO-M-081", LATE_RELEASE), NINE, 30))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("cancelled");
  }

  @Test
  void onlyTheRegionsChairPlansAndCaseWorkersOnlyLook() {
    long meeting = newMeeting();
    assertThat(world.as("caseworker", NOW, s -> s.planner.meeting(meeting, "test")).id())
        .isEqualTo(meeting);
    assertThatThrownBy(
            () -> world.as("caseworker", NOW, s -> s.calendar.scheduleAdHoc(NINE, NOON, "X")))
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(
            () ->
                world.as(
                    "kodit-user",
                    NOW,
                    s -> s.calendar.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))))
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void aSeriesGeneratesItsMeetingsOnceAcrossTheTurnOfTheYear() {
    long series =
        world.as(
            "chair",
            NOW,
            s ->
                s.calendar.createSeries(
                    "Joensuun ASO",
                    "FREQ=MONTHLY;BYDAY=2TU",
                    LocalDate.of(2026, 12, 1),
                    java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0),
                    "Yhdyskuntaseuraamustoimisto",
                    Set.of(LocalDate.of(2027, 1, 12))));

    int created =
        world.as("chair", NOW, s -> s.calendar.generate(series, LocalDate.of(2027, 4, 30)));
    int again = world.as("chair", NOW, s -> s.calendar.generate(series, LocalDate.of(2027, 4, 30)));

    assertThat(created).as("Dec, Feb, Mar, Apr (Jan skipped)").isEqualTo(4);
    assertThat(again).isZero();
    var starts =
        world
            .as(
                "chair",
                NOW,
                s -> s.calendar.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 4, 30)))
            .stream()
            .filter(m -> m.seriesId() != null && m.seriesId() == series)
            .map(MeetingSummary::start)
            .toList();
    assertThat(starts)
        .containsExactly(
            Instant.parse("2026-12-08T07:00:00Z"), Instant.parse("2027-02-09T07:00:00Z"),
            Instant.parse("2027-03-09T07:00:00Z"), Instant.parse("2027-04-13T06:00:00Z"));
  }

  @Test
  void aDateBeyondWhatTheDatabaseHoldsIsRefusedNotAFault() {
    // found by the fuzz test: each was looked up as a timestamp and failed there (a 500)
    long series =
        world.as(
            "chair",
            NOW,
            s ->
                s.calendar.createSeries(
                    "Kuopion ASO",
                    "FREQ=MONTHLY;BYDAY=3TU",
                    LocalDate.of(2026, 12, 1),
                    java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0),
                    "Toimisto",
                    Set.of()));
    LocalDate far = LocalDate.of(999_999_999, 12, 31);
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.calendar.skipDate(series, far);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("calendar.range"));
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s ->
                        s.calendar.between(
                            LocalDate.of(100_000, 1, 1), LocalDate.of(100_000, 1, 2))))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("calendar.range"));
  }

  @Test
  void thePrisonsVideoRoomCannotBeBookedTwiceAtTheSameTime() {
    long a = world.readyClient("ASO-M-090", LATE_RELEASE, world.kodit);
    long b = world.readyClient("ASO-M-091", LATE_RELEASE, world.kodit);
    Instant day = NINE.plus(Duration.ofDays(30));
    long first = newMeeting(day, day.plus(Duration.ofHours(3)));
    long second = newMeeting(day, day.plus(Duration.ofHours(3)));
    world.as(
        "chair",
        NOW,
        s ->
            s.planner.addSlot(
                first,
                world.version(first),
                a,
                day,
                Duration.ofMinutes(60),
                ClientAttendance.VIDEO_FROM_PRISON,
                world.prison,
                null));

    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s ->
                        s.planner.addSlot(
                            second,
                            world.version(second),
                            b,
                            day.plus(Duration.ofMinutes(30)),
                            Duration.ofMinutes(60),
                            ClientAttendance.VIDEO_FROM_PRISON,
                            world.prison,
                            null)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("video room");
    long booked =
        world.as(
            "chair",
            NOW,
            s ->
                s.planner.addSlot(
                    second,
                    world.version(second),
                    b,
                    day.plus(Duration.ofMinutes(60)),
                    Duration.ofMinutes(60),
                    ClientAttendance.VIDEO_FROM_PRISON,
                    world.prison,
                    null));
    assertThat(booked).as("right after the first booking").isPositive();
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.planner.moveSlot(
                          second, booked, world.version(second), day.plus(Duration.ofMinutes(45)));
                      return null;
                    }))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("video room");
  }

  @Test
  void aSlotNamedUnderAnotherMeetingIsNotFoundAndNothingChanges() {
    long a = world.readyClient("ASO-M-190", LATE_RELEASE, world.kodit);
    long b = world.readyClient("ASO-M-191", LATE_RELEASE, world.kodit);
    long meeting = newMeeting();
    Duration week = Duration.ofDays(7);
    long other = newMeeting(NINE.plus(week), NOON.plus(week));
    long slot = addSlot(meeting, a, NINE, 45);
    long otherSlot = addSlot(other, b, NINE.plus(week), 45);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    long invitee =
        invitees(slot).stream()
            .filter(i -> i.kind() == InviteeKind.PARTNER)
            .findFirst()
            .orElseThrow()
            .id();
    long otherInvitee = invitees(otherSlot).get(0).id();
    long version = world.version(meeting);
    long otherVersion = world.version(other);
    world.changes.clear();

    Instant later = NINE.plus(week).plus(Duration.ofMinutes(60));
    List<java.util.function.Function<MeetingWorld.Services, Object>> slotUnderOther =
        List.of(
            s -> s.planner.invitable(other, slot),
            s -> s.planner.invite(other, slot, otherVersion, world.kalle),
            s -> {
              s.planner.moveSlot(other, slot, otherVersion, later);
              return null;
            },
            s -> {
              s.planner.moveToMeeting(other, slot, otherVersion, meeting, version, NINE, null);
              return null;
            },
            s -> {
              s.planner.setAttendance(
                  other, slot, otherVersion, ClientAttendance.NOT_ATTENDING, null);
              return null;
            },
            s -> {
              s.planner.setAgenda(other, slot, otherVersion, "vieras");
              return null;
            },
            s -> {
              s.planner.removeInvitee(other, slot, otherVersion, invitee);
              return null;
            },
            s -> {
              s.planner.removeSlot(other, slot, otherVersion);
              return null;
            });
    for (var work : slotUnderOther) {
      assertThatThrownBy(() -> world.as("chair", NOW, work))
          .as("meeting %d's slot under meeting %d", meeting, other)
          .isInstanceOf(CaseAccessDenied.class);
    }
    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> {
                      s.planner.removeInvitee(meeting, slot, version, otherInvitee);
                      return null;
                    }))
        .as("another slot's invitee under this slot")
        .isInstanceOf(NotFound.class);

    assertThat(world.version(meeting)).isEqualTo(version);
    assertThat(world.version(other)).isEqualTo(otherVersion);
    assertThat(world.changes).isEmpty();
    assertThat(
            Transactions.<List<Long>>inTransaction(
                world.emf,
                em ->
                    em.find(Meeting.class, meeting).slots().stream()
                        .map(fi.aso.domain.meeting.ClientSlot::id)
                        .toList()))
        .containsExactly(slot);
    assertThat(invitees(slot)).allMatch(SlotInvitee::isActive).hasSize(3);
    assertThat(invitees(otherSlot)).allMatch(SlotInvitee::isActive);
  }

  private long newMeeting() {
    return newMeeting(NINE, NOON);
  }

  private long newMeeting(Instant start, Instant end) {
    return world.as(
        "chair", NOW, s -> s.calendar.scheduleAdHoc(start, end, "Yhdyskuntaseuraamustoimisto"));
  }

  private long addSlot(long meeting, long caseId, Instant start, int minutes) {
    return world.as(
        "chair",
        NOW,
        s ->
            s.planner.addSlot(
                meeting,
                world.version(meeting),
                caseId,
                start,
                Duration.ofMinutes(minutes),
                ClientAttendance.IN_PERSON,
                null,
                null));
  }

  private List<SlotInvitee> invitees(long slotId) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select i from SlotInvitee i where i.slot.id = :slot order by i.id",
                    SlotInvitee.class)
                .setParameter("slot", slotId)
                .getResultList());
  }

  private CaseState state(long caseId) {
    return Transactions.<CaseState>inTransaction(
        world.emf, em -> em.find(ClientCase.class, caseId).state());
  }

  private long auditedReadsOf(long caseId, String actor) {
    return count(
        "select count(*) from audit_event where client_case_id = "
            + caseId
            + " and actor = '"
            + actor
            + "' and action = 'READ'");
  }

  private long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
