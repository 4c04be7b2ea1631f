package fi.aso.application.clientcase;

import fi.aso.application.search.PageRequest;
import fi.aso.application.search.SortOrder;
import fi.aso.domain.clientcase.CaseState;

/**
 * A search of the open cases: text (a name or case reference, in part; or a whole personal identity
 * code, compared through its keyed hash), a state, only the urgent ones, only the caller's own; how
 * to sort ({@code release}, the default: soonest release first; {@code name}; {@code reference})
 * and which page.
 */
public record CaseQuery(
    String text,
    CaseState state,
    boolean urgentOnly,
    boolean mineOnly,
    String sort,
    PageRequest page) {

  public static final SortOrder SORTS = SortOrder.of("cases.sort", "release", "name", "reference");

  public CaseQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    sort = SORTS.pick(sort);
  }

  public CaseQuery(
      String text,
      CaseState state,
      boolean urgentOnly,
      boolean mineOnly,
      String sort,
      int offset,
      int limit) {
    this(text, state, urgentOnly, mineOnly, sort, new PageRequest(offset, limit));
  }

  /** Everything, a first page of 50. */
  public static CaseQuery all() {
    return new CaseQuery(null, null, false, false, "release", 0, 50);
  }
}
