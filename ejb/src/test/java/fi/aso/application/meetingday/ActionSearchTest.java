package fi.aso.application.meetingday;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.Refusal;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding an action on a real PostgreSQL: among exactly the actions the caller's list holds (the
 * same access rules as the lists), by state, organisation, due period and text, soonest or latest
 * due first, a page at a time; only the actions on the page are read (audited).
 */
class ActionSearchTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate FIRST_DUE = LocalDate.of(2026, 12, 10);
  static MeetingWorld world;

  /**
   * Thirty open actions: 20 for Kodit naming Kalle ("Asunto n"), 10 for the case worker ("Tuki n");
   * and another client's action for Kodit, which Kalle has done ("Erillinen").
   */
  @BeforeAll
  static void world() {
    world = new MeetingWorld("action_search");
    long client = world.readyClient("ASO-S-001", LocalDate.of(2027, 3, 1), world.kodit);
    long slot = world.slotOnNewMeeting(client, NINE, world.kalle).slot();
    for (int i = 0; i < 30; i++) {
      LocalDate due = FIRST_DUE.plusDays(i);
      String what = (i < 20 ? "Asunto " : "Tuki ") + i;
      actions(
          "chair",
          NOW,
          a ->
              what.startsWith("Asunto")
                  ? a.addForOrganisation(slot, what, world.kodit, world.kalle, due)
                  : a.addForPerson(slot, what, Responsible.CASE_WORKER, due));
    }
    long other = world.readyClient("ASO-S-002", LocalDate.of(2027, 3, 1), world.kodit);
    long otherSlot = world.slotOnNewMeeting(other, NINE, world.kalle).slot();
    long done =
        actions(
            "chair",
            NOW,
            a -> a.addForOrganisation(otherSlot, "Erillinen", world.kodit, world.kalle, FIRST_DUE));
    actions(
        "kalle-user",
        NOW,
        a ->
            a.progress(
                done,
                Transactions.<Long>inTransaction(
                    world.emf,
                    em -> em.find(fi.aso.domain.meetingday.ActionItem.class, done).version()),
                ActionStatus.DONE,
                "Sopimus tehty"));
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void theRegionsActionsArePagedSoonestDueFirstAndOnlyThePageIsRead() {
    long before = reads();
    Page<ActionView> first =
        actions("chair", NOW, a -> a.search(query(false, null, null, null, null, 0, 25)));
    assertThat(first.total()).isEqualTo(30);
    assertThat(first.entries()).hasSize(25);
    assertThat(first.entries().get(0).what()).isEqualTo("Asunto 0");
    assertThat(first.nextOffset()).isEqualTo(25);
    assertThat(reads() - before).as("the 25 shown were read, not all 30").isEqualTo(25);

    Page<ActionView> latest =
        actions(
            "chair",
            NOW,
            a ->
                a.search(
                    new ActionQuery(
                        false, null, null, null, null, "due-desc", new PageRequest(0, 3))));
    assertThat(latest.entries())
        .extracting(ActionView::what)
        .containsExactly("Tuki 29", "Tuki 28", "Tuki 27");
  }

  @Test
  void byOrganisationDuePeriodTextAndState() {
    assertThat(
            actions("chair", NOW, a -> a.search(query(false, null, world.kodit, null, null, 0, 50)))
                .total())
        .isEqualTo(20);
    Page<ActionView> period =
        actions(
            "chair",
            NOW,
            a ->
                a.search(
                    query(
                        false,
                        null,
                        null,
                        new DateRange(FIRST_DUE.plusDays(18), FIRST_DUE.plusDays(21)),
                        null,
                        0,
                        50)));
    assertThat(period.entries())
        .extracting(ActionView::what)
        .containsExactly("Asunto 18", "Asunto 19", "Tuki 20", "Tuki 21");
    assertThat(
            actions("chair", NOW, a -> a.search(query(false, null, null, null, "tuki 2", 0, 50)))
                .entries())
        .extracting(ActionView::what)
        .containsExactly(
            "Tuki 20", "Tuki 21", "Tuki 22", "Tuki 23", "Tuki 24", "Tuki 25", "Tuki 26", "Tuki 27",
            "Tuki 28", "Tuki 29");

    Instant later = Instant.parse("2026-12-15T10:00:00Z");
    assertThat(
            actions(
                    "chair",
                    later,
                    a -> a.search(query(false, ActionState.OVERDUE, null, null, null, 0, 50)))
                .entries())
        .as("due before 15.12. and still open")
        .extracting(ActionView::what)
        .containsExactly("Asunto 0", "Asunto 1", "Asunto 2", "Asunto 3", "Asunto 4");

    assertThat(
            actions(
                    "kalle-user",
                    NOW,
                    a -> a.search(query(true, ActionState.DONE, null, null, null, 0, 50)))
                .entries())
        .extracting(ActionView::what)
        .containsExactly("Erillinen");
    assertThat(
            actions(
                    "kalle-user",
                    NOW,
                    a -> a.search(query(true, ActionState.OPEN, null, null, null, 0, 50)))
                .total())
        .isEqualTo(20);
  }

  @Test
  void everyoneSearchesOnlyTheirOwnList() {
    assertThat(
            actions("kodit-user", NOW, a -> a.search(query(true, null, null, null, null, 0, 50)))
                .entries())
        .as("the actions name Kalle, not this user")
        .isEmpty();
    assertThat(
            actions("kodit-user", NOW, a -> a.search(query(false, null, null, null, null, 0, 50)))
                .entries())
        .as("Kodit's, done ones too, never the case worker's")
        .allSatisfy(v -> assertThat(v.what()).matches("Asunto .*|Erillinen"))
        .hasSize(21);
    assertThat(actions("kodit-user", NOW, Actions::organisationsToFilter)).isEmpty();
    assertThat(actions("chair", NOW, Actions::organisationsToFilter))
        .extracting(c -> c.name())
        .contains("Joensuun Kodit", "Siun sote");
    assertThatThrownBy(
            () -> new ActionQuery(false, null, null, null, null, "what", new PageRequest(0, 5)))
        .isInstanceOf(Refusal.class);
  }

  private static ActionQuery query(
      boolean mine,
      ActionState state,
      Long organisation,
      DateRange due,
      String text,
      int offset,
      int limit) {
    return new ActionQuery(
        mine, state, organisation, due, text, null, new PageRequest(offset, limit));
  }

  private static long reads() {
    return Transactions.<Long>inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from audit_event where object_type = 'ActionItem'"
                                + " and action = 'READ'")
                        .getSingleResult())
                .longValue());
  }

  private static <T> T actions(String user, Instant now, Function<Actions, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, user, now).actions()));
  }
}
