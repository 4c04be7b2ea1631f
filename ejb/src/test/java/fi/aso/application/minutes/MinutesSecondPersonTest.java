package fi.aso.application.minutes;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.SlotRecord;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.minutes.SecondPersonNeeded;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Minutes one person cannot approve alone, on a real PostgreSQL: where the region asks for a second
 * person, the one who made a version cannot review it, and it is approved only once someone else
 * reviewed it; where it does not, one chair makes, reviews and approves as before.
 */
class MinutesSecondPersonTest {

  static final Instant DAY = Instant.parse("2026-12-09T07:00:00Z");
  static MeetingWorld world;
  static int clients;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("minutes_second_person");
    Transactions.inTransaction(
        world.emf,
        em -> {
          StaffUser second = new StaffUser("toinen-pj", "Toini Toinen", Set.of(Role.CHAIR));
          second.placeIn(em.find(Region.class, world.region), null);
          em.persist(second);
          return null;
        });
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @AfterEach
  void secondPersonBackOn() {
    secondPerson(true);
  }

  @Test
  void theMakerCannotReviewTheirOwnMinutesAndTheyAreApprovedAfterAnotherPersonReviewedThem() {
    Meeting m = meetingWithRecord(0);
    MinutesVersion draft = as("chair", s -> s.prepare(m.meeting()));
    assertThat(draft.next()).isEqualTo(MinutesNextStep.REVIEW_BY_SECOND_PERSON);
    assertThat(draft.mayReview()).as("not the maker").isFalse();
    assertThat(draft.mayApprove()).isFalse();

    assertThatThrownBy(() -> as("chair", s -> s.review(m.meeting(), draft.id(), draft.version())))
        .isInstanceOf(SecondPersonNeeded.class)
        .hasMessageContaining("another chair or a case worker")
        .satisfies(
            e ->
                assertThat(((SecondPersonNeeded) e).code())
                    .isEqualTo("minutes.secondPersonReviews"));
    assertThat(current(m, "caseworker"))
        .as("nothing changed; the case worker may review")
        .satisfies(
            v -> {
              assertThat(v.state()).isEqualTo(MinutesState.DRAFT);
              assertThat(v.version()).isEqualTo(draft.version());
              assertThat(v.mayReview()).isTrue();
              assertThat(v.mayApprove()).as("only a chair approves").isFalse();
            });

    MinutesVersion reviewed =
        as("caseworker", s -> s.review(m.meeting(), draft.id(), draft.version()));
    assertThat(reviewed.reviewedBy()).isEqualTo("caseworker");
    assertThat(reviewed.next()).isEqualTo(MinutesNextStep.APPROVAL);
    assertThatThrownBy(
            () -> as("caseworker", s -> s.approve(m.meeting(), draft.id(), reviewed.version())))
        .as("a case worker reviews, a chair approves")
        .isInstanceOf(CaseAccessDenied.class);
    assertThat(current(m, "chair").mayApprove()).as("the maker may approve now").isTrue();

    MinutesVersion approved =
        as("chair", s -> s.approve(m.meeting(), draft.id(), reviewed.version()));

    assertThat(approved.state()).isEqualTo(MinutesState.APPROVED);
    assertThat(approved.preparedBy()).isEqualTo(approved.approvedBy()).isEqualTo("chair");
    assertThat(approved.next()).isEqualTo(MinutesNextStep.NONE);
  }

  @Test
  void whoeverRefreshesTheMinutesIsTheirMakerAndAnotherChairMayReviewAndApprove() {
    Meeting m = meetingWithRecord(1);
    MinutesVersion draft = as("chair", s -> s.prepare(m.meeting()));
    MinutesVersion same = as("toinen-pj", s -> s.prepare(m.meeting()));
    assertThat(same.preparedBy())
        .as("nothing new in the record: still the chair's")
        .isEqualTo("chair");
    record(m.slot(), "Päätös muuttui");
    MinutesVersion refreshed = as("toinen-pj", s -> s.prepare(m.meeting()));
    assertThat(refreshed.id()).isEqualTo(draft.id());
    assertThat(refreshed.createdBy()).isEqualTo("chair");
    assertThat(refreshed.preparedBy()).isEqualTo("Toini Toinen");

    assertThatThrownBy(
            () -> as("toinen-pj", s -> s.review(m.meeting(), draft.id(), refreshed.version())))
        .isInstanceOf(SecondPersonNeeded.class);
    MinutesVersion reviewed =
        as("chair", s -> s.review(m.meeting(), draft.id(), refreshed.version()));
    MinutesVersion approved =
        as("chair", s -> s.approve(m.meeting(), draft.id(), reviewed.version()));

    assertThat(approved.state())
        .as("the reviewer approves: two people took part")
        .isEqualTo(MinutesState.APPROVED);
  }

  @Test
  void whereTheRegionDoesNotAskForASecondPersonOneChairMakesReviewsAndApproves() {
    secondPerson(false);
    Meeting m = meetingWithRecord(2);
    MinutesVersion draft = as("chair", s -> s.prepare(m.meeting()));
    assertThat(draft.next()).isEqualTo(MinutesNextStep.REVIEW);
    assertThat(draft.mayReview()).isTrue();

    MinutesVersion reviewed = as("chair", s -> s.review(m.meeting(), draft.id(), draft.version()));
    assertThat(reviewed.mayApprove()).isTrue();
    MinutesVersion approved =
        as("chair", s -> s.approve(m.meeting(), draft.id(), reviewed.version()));

    assertThat(approved.state()).isEqualTo(MinutesState.APPROVED);
    assertThat(List.of(approved.preparedBy(), approved.reviewedBy(), approved.approvedBy()))
        .containsOnly("chair");
  }

  @Test
  void minutesTheMakerReviewedBeforeTheRegionAskedForASecondPersonWaitForAnotherReview() {
    secondPerson(false);
    Meeting m = meetingWithRecord(3);
    MinutesVersion draft = as("chair", s -> s.prepare(m.meeting()));
    MinutesVersion reviewed = as("chair", s -> s.review(m.meeting(), draft.id(), draft.version()));
    secondPerson(true);

    assertThatThrownBy(
            () -> as("chair", s -> s.approve(m.meeting(), draft.id(), reviewed.version())))
        .isInstanceOf(SecondPersonNeeded.class)
        .satisfies(
            e -> assertThat(((SecondPersonNeeded) e).code()).isEqualTo("minutes.reviewedByMaker"));
    assertThat(current(m, "chair"))
        .satisfies(
            v -> {
              assertThat(v.state()).isEqualTo(MinutesState.REVIEWED);
              assertThat(v.next()).isEqualTo(MinutesNextStep.REVIEW_BY_SECOND_PERSON);
              assertThat(v.mayApprove()).isFalse();
            });
    MinutesVersion again =
        as("caseworker", s -> s.review(m.meeting(), draft.id(), reviewed.version()));
    assertThat(as("chair", s -> s.approve(m.meeting(), draft.id(), again.version())).state())
        .isEqualTo(MinutesState.APPROVED);
  }

  @Test
  void eachPersonsListOfMinutesWaitingHoldsWhatTheyMayDoNext() {
    Meeting m = meetingWithRecord(4);
    MinutesVersion draft = as("chair", s -> s.prepare(m.meeting()));

    assertThat(waiting("chair", m)).as("the maker cannot review").isEmpty();
    assertThat(waiting("toinen-pj", m))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.minutesId()).isEqualTo(draft.id());
              assertThat(w.next()).isEqualTo(MinutesNextStep.REVIEW_BY_SECOND_PERSON);
              assertThat(w.preparedBy()).isEqualTo("chair");
              assertThat(w.meetingStart()).isEqualTo(DAY.plus(Duration.ofDays(4)));
            });
    assertThat(waiting("caseworker", m)).hasSize(1);
    assertThat(waitingOf("kodit-user")).as("not a partner's work").isNull();

    as("caseworker", s -> s.review(m.meeting(), draft.id(), draft.version()));

    assertThat(waiting("caseworker", m)).as("a case worker does not approve").isEmpty();
    assertThat(waiting("chair", m))
        .singleElement()
        .satisfies(w -> assertThat(w.next()).isEqualTo(MinutesNextStep.APPROVAL));
    assertThat(waiting("toinen-pj", m)).hasSize(1);

    as("chair", s -> s.approve(m.meeting(), draft.id(), current(m, "chair").version()));

    assertThat(waiting("chair", m)).isEmpty();
    assertThat(waiting("toinen-pj", m)).isEmpty();
  }

  /** A meeting and its one slot. */
  record Meeting(long meeting, long slot) {}

  /** A meeting {@code days} after {@link #DAY} with a client's slot and a record of it. */
  private static Meeting meetingWithRecord(int days) {
    long client = world.readyClient("ASO-Q-" + (++clients), LocalDate.of(2027, 3, 1), world.kodit);
    MeetingWorld.PlannedSlot planned =
        world.slotOnNewMeeting(client, DAY.plus(Duration.ofDays(days)));
    record(planned.slot(), "Päätös");
    return new Meeting(planned.meeting(), planned.slot());
  }

  private static void record(long slot, String decisions) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          SlotRecord before = em.find(SlotRecord.class, slot);
          return TestServices.of(em, "chair", NOW)
              .meetingDay()
              .save(
                  slot,
                  before == null ? null : before.version(),
                  Map.of(Referral.Topic.WISHES, "Toive"),
                  HousingForm.INDEPENDENT_RENTAL,
                  "Asumisohjaus",
                  decisions);
        });
  }

  private static void secondPerson(boolean needed) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(Region.class, world.region).minutesNeedSecondPerson(needed);
          return null;
        });
  }

  private static MinutesVersion current(Meeting m, String user) {
    List<MinutesVersion> versions = as(user, s -> s.versions(m.meeting()));
    return versions.get(versions.size() - 1);
  }

  /** The user's list of minutes waiting, of this meeting only (other tests leave theirs). */
  private static List<MinutesService.MinutesToDo> waiting(String user, Meeting m) {
    return waitingOf(user).stream().filter(w -> w.meetingId() == m.meeting()).toList();
  }

  /** The user's list of minutes waiting; null when they may not have one. */
  private static List<MinutesService.MinutesToDo> waitingOf(String user) {
    try {
      return as(user, MinutesService::waitingForCaller);
    } catch (CaseAccessDenied e) {
      return null;
    }
  }

  private static <T> T as(String user, Function<MinutesService, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, user, NOW).minutes()));
  }
}
