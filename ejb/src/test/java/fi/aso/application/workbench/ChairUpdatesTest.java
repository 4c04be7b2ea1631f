package fi.aso.application.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chair's "since your last visit" on a real PostgreSQL: declines of coming slots and consent
 * withdrawals, newest first, those after the last visit marked new; the last visit is remembered
 * per user.
 */
class ChairUpdatesTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("chair_updates");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void declinesAndWithdrawalsAreListedNewestFirstAndThoseAfterTheLastVisitAreNew() {
    long declining = world.readyClient("ASO-U-001", RELEASE, world.kodit, world.sote);
    var planned = world.slotOnNewMeeting(declining, NINE, world.kalle, world.sari);
    Instant lastVisit = MeetingWorld.NOW.minus(Duration.ofHours(2));
    // Kalle declined before the last visit, Sari after it
    answer(planned.slot(), world.kalle, MeetingWorld.NOW.minus(Duration.ofHours(3)));
    answer(planned.slot(), world.sari, MeetingWorld.NOW.minus(Duration.ofHours(1)));
    long withdrawing = world.readyClient("ASO-U-002", RELEASE, world.kodit, world.te);
    world.withdraw(withdrawing, world.te, MeetingWorld.NOW.minus(Duration.ofMinutes(30)));

    List<ChairUpdate> updates =
        world.as("chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.of(lastVisit)));

    assertThat(updates)
        .extracting(
            ChairUpdate::kind, ChairUpdate::caseReference, ChairUpdate::who, ChairUpdate::isNew)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChairUpdate.Kind.WITHDRAWN_FOR, "ASO-U-002", "TE-toimisto", true),
            org.assertj.core.groups.Tuple.tuple(
                ChairUpdate.Kind.DECLINED, "ASO-U-001", "Sari Sote (Siun sote)", true),
            org.assertj.core.groups.Tuple.tuple(
                ChairUpdate.Kind.DECLINED, "ASO-U-001", "Kalle Kodit (Joensuun Kodit)", false));
    assertThat(updates.get(1).meetingId()).isEqualTo(planned.meeting());
    assertThat(updates.get(1).slotStart()).isEqualTo(NINE);
    assertThat(
            world.<List<ChairUpdate>>as(
                "chair", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty())))
        .as("never visited: everything is new")
        .allMatch(ChairUpdate::isNew);
    assertThatThrownBy(
            () ->
                world.as(
                    "kodit-user", MeetingWorld.NOW, s -> s.chairUpdates.since(Optional.empty())))
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void theLastVisitIsRememberedPerUser() {
    Instant first = Instant.parse("2026-11-20T08:00:00Z");
    Instant second = Instant.parse("2026-11-24T08:00:00Z");
    assertThat(world.<Optional<Instant>>as("admin", first, s -> s.chairUpdates.visitHome()))
        .isEmpty();
    assertThat(world.<Optional<Instant>>as("admin", second, s -> s.chairUpdates.visitHome()))
        .contains(first);
    assertThat(
            world.<Optional<Instant>>as("admin", MeetingWorld.NOW, s -> s.chairUpdates.visitHome()))
        .contains(second);
  }

  private static void answer(long slot, long contact, Instant at) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.createQuery(
                  "select i from SlotInvitee i where i.slot.id = :slot and i.contactPerson.id = :c",
                  SlotInvitee.class)
              .setParameter("slot", slot)
              .setParameter("c", contact)
              .getSingleResult()
              .answer(InvitationAnswer.DECLINED, at);
          return null;
        });
  }
}
