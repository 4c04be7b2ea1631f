package fi.aso.application.clientcase;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;

/**
 * A search of the open cases: text (a name or case reference, in part; or a whole personal identity
 * code, compared through its keyed hash), a state, only the urgent ones, only the caller's own; how
 * to sort ({@code release}, the default: soonest release first; {@code name}; {@code reference})
 * and which page ({@code offset} from 0, {@code limit} 1-200).
 */
public record CaseQuery(
    String text,
    CaseState state,
    boolean urgentOnly,
    boolean mineOnly,
    String sort,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public CaseQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    sort = sort == null || sort.isBlank() ? "release" : sort;
    if (!sort.equals("release") && !sort.equals("name") && !sort.equals("reference")) {
      throw new Refusal("cases.sort", "sort is release, name or reference", sort);
    }
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new Refusal(
          "cases.page", "offset is 0 or more and limit between 1 and " + MAX_LIMIT, MAX_LIMIT);
    }
  }

  /** Everything, a first page of 50. */
  public static CaseQuery all() {
    return new CaseQuery(null, null, false, false, "release", 0, 50);
  }
}
