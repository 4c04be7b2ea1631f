package fi.aso.domain.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The store of anonymous facts (migration V38). */
public interface StatisticsStore {

  /**
   * The facts of these kinds of the days {@code from}..{@code to} of one region (all: empty) and
   * client group, each saying whether it is its case's first of its kind (also counting earlier
   * days).
   */
  List<Fact> facts(
      java.util.Optional<Long> region,
      ClientGroup group,
      LocalDate from,
      LocalDate to,
      Set<FactKind> kinds);

  /** Writes the facts of every live case again from its data; says how many cases. */
  int rebuild();
}
