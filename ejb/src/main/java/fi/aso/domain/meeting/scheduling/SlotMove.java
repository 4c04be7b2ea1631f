package fi.aso.domain.meeting.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * A slot the plan puts at another time than its {@linkplain SlotRequest#preferredStart preferred}
 * one, and why: what stood in the way at the preferred time ("Joensuun Kodit busy 9.00-9.40"), or,
 * when nothing did, that the slots were put back to back. Data, not text: the page and the API's
 * reader word it in their language.
 *
 * @param from the preferred start
 * @param to the planned start
 * @param reasons at least one, those naming a busy time first
 */
public record SlotMove(String slotKey, Instant from, Instant to, List<MoveReason> reasons) {

  public SlotMove {
    Require.key(slotKey, "moved slot key");
    Require.present(from, "preferred start of " + slotKey);
    Require.present(to, "planned start of " + slotKey);
    reasons = Require.list(reasons, "reasons of moving " + slotKey);
    if (reasons.isEmpty()) {
      throw new IllegalStateException("a move of " + slotKey + " without a reason");
    }
  }
}
