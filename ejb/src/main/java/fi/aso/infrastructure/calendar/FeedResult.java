package fi.aso.infrastructure.calendar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one partner's calendar feed said: either its busy intervals or why it could not be read. A
 * problem is a normal result, not an exception, because one unreachable calendar must not stop a
 * chair from planning with the others.
 *
 * @param url the address as configured; it may contain a secret token, so do not log it or show it
 *     to other partners
 * @param busy merged busy intervals (empty when there is a problem)
 * @param problem a short reason, e.g. "unreachable", "HTTP 500", "timed out"
 */
public record FeedResult(String url, List<BusyInterval> busy, Optional<String> problem) {

  public FeedResult {
    busy = List.copyOf(busy);
    Objects.requireNonNull(problem, "problem");
  }

  static FeedResult read(String url, List<BusyInterval> busy) {
    return new FeedResult(url, busy, Optional.empty());
  }

  static FeedResult failed(String url, String problem) {
    return new FeedResult(url, List.of(), Optional.of(problem));
  }
}
