package fi.aso.application.meetingday;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseOutcome;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.meetingday.FollowUpPoint;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Follow-up points and closing a case with its outcome, on a real PostgreSQL. */
class FollowUpsTest {

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("follow_ups");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void theStandardPointsAreSetOnceRecordedAndTheCaseClosesOnlyWithAnOutcome() {
    long client = world.readyClient("ASO-F-001", LocalDate.of(2027, 3, 1), world.kodit);

    List<FollowUps.PointView> points = followUps("caseworker", f -> f.plan(client));
    assertThat(this.<List<FollowUps.PointView>>followUps("caseworker", f -> f.plan(client)))
        .as("planned once")
        .hasSize(4);
    assertThat(points)
        .extracting(FollowUps.PointView::label, FollowUps.PointView::dueDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                FollowUpPoint.Label.AT_RELEASE, LocalDate.of(2027, 3, 1)),
            org.assertj.core.groups.Tuple.tuple(
                FollowUpPoint.Label.MONTHS_3, LocalDate.of(2027, 6, 1)),
            org.assertj.core.groups.Tuple.tuple(
                FollowUpPoint.Label.MONTHS_6, LocalDate.of(2027, 9, 1)),
            org.assertj.core.groups.Tuple.tuple(
                FollowUpPoint.Label.MONTHS_12, LocalDate.of(2028, 3, 1)));

    FollowUps.PointView atRelease = points.get(0);
    FollowUps.PointView recorded =
        followUps(
            "caseworker",
            f ->
                f.record(
                    client,
                    atRelease.id(),
                    atRelease.version(),
                    true,
                    "Josnan tukiasunto ennen vapautumista",
                    HousingForm.SUPPORTED_HOUSING,
                    true,
                    null));
    assertThat(recorded.recorded()).isTrue();
    assertThat(recorded.housingForm()).isEqualTo(HousingForm.SUPPORTED_HOUSING);
    assertThatThrownBy(
            () ->
                followUps(
                    "caseworker",
                    f ->
                        f.record(
                            client,
                            atRelease.id(),
                            atRelease.version(),
                            false,
                            null,
                            null,
                            false,
                            null)))
        .as("a stale record")
        .isInstanceOf(ConcurrentEdit.class);

    assertThatThrownBy(
            () ->
                followUps(
                    "chair",
                    f -> {
                      f.close(client, null, null);
                      return null;
                    }))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("outcome");
    assertThatThrownBy(
            () ->
                followUps(
                    "caseworker",
                    f -> {
                      f.close(client, CaseOutcome.HOUSED, null);
                      return null;
                    }))
        .as("the chair closes")
        .isInstanceOf(CaseAccessDenied.class);
    followUps(
        "chair",
        f -> {
          f.close(client, CaseOutcome.HOUSED_WITH_SUPPORT, "Asuu tukiasunnossa");
          return null;
        });
    assertThat(
            Transactions.<CaseState>inTransaction(
                world.emf, em -> em.find(ClientCase.class, client).state()))
        .isEqualTo(CaseState.CLOSED);
  }

  @Test
  void aPointNamedUnderAnotherCaseIsNotFoundAndNothingIsRecorded() {
    long client = world.readyClient("ASO-F-010", LocalDate.of(2027, 3, 1), world.kodit);
    long other = world.readyClient("ASO-F-011", LocalDate.of(2027, 4, 1), world.kodit);
    FollowUps.PointView point =
        this.<List<FollowUps.PointView>>followUps("caseworker", f -> f.plan(client)).get(0);
    followUps("caseworker", f -> f.plan(other));

    assertThatThrownBy(
            () ->
                followUps(
                    "caseworker",
                    f ->
                        f.record(
                            other, point.id(), point.version(), true, "väärä", null, true, null)))
        .as("the point of another case")
        .isInstanceOf(CaseAccessDenied.class);

    assertThat(this.<List<FollowUps.PointView>>followUps("caseworker", f -> f.points(client)))
        .filteredOn(p -> p.id() == point.id())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recorded()).isFalse();
              assertThat(p.version()).isEqualTo(point.version());
            });
    assertThat(this.<List<FollowUps.PointView>>followUps("caseworker", f -> f.points(other)))
        .noneMatch(FollowUps.PointView::recorded);
  }

  private <T> T followUps(String user, Function<FollowUps, T> work) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          return work.apply(TestServices.of(em, user, NOW).followUps());
        });
  }
}
