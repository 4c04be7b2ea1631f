package fi.aso.application.search;

import fi.aso.domain.organisation.Organisation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Something a list can be narrowed to, as a filter offers it: its id and its name. */
public record Choice(long id, String name) {

  /** The organisations as choices, by name. */
  public static List<Choice> organisations(Collection<Organisation> organisations) {
    return organisations.stream()
        .map(o -> new Choice(o.id(), o.name()))
        .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }
}
