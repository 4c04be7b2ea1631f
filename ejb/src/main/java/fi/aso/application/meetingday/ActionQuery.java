package fi.aso.application.meetingday;

import fi.aso.application.search.DateRange;
import fi.aso.application.search.Keyset;
import fi.aso.application.search.PageRequest;
import fi.aso.application.search.SearchText;
import fi.aso.application.search.SortOrder;

/**
 * A search of the actions the caller may see: their own ({@code mine}, as {@link Actions#mine()})
 * or their organisation's or region's (as {@link Actions#ofMyOrganisation()}); narrowed by state,
 * the responsible organisation, the due date's period and text in the action; by due date ({@code
 * due}, the default: soonest first; {@code due-desc}), a page at a time.
 */
public record ActionQuery(
    boolean mine,
    ActionState state,
    Long organisationId,
    DateRange due,
    String text,
    String sort,
    PageRequest page) {

  public static final SortOrder SORTS = SortOrder.of("actions.sort", "due", "due-desc");

  private static final Keyset<ActionView> SOONEST_FIRST =
      Keyset.of("actions:due", a -> new Object[] {a.dueDate(), a.id()});

  public ActionQuery {
    due = due == null ? DateRange.ANY : due;
    text = SearchText.normalise(text);
    sort = SORTS.pick(sort);
  }

  boolean matches(ActionView a) {
    return (state == null || state.holdsFor(a))
        && (organisationId == null || organisationId.equals(a.organisationId()))
        && due.contains(a.dueDate())
        && SearchText.matches(text, a.what());
  }

  Keyset<ActionView> order() {
    return sort.equals("due-desc") ? SOONEST_FIRST.reversed() : SOONEST_FIRST;
  }
}
