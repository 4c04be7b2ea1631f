package fi.aso.domain.invitation;

import java.time.Instant;
import java.util.Set;

/**
 * Which messages of the outbox a search wants: in any of these states (empty: any state), to this
 * recipient organisation ({@code null}: any), written in [{@code from}, {@code to}) (either end
 * open: {@code null}); newest first unless {@code oldestFirst}; and only those that come after the
 * message written at {@code afterCreatedAt} with id {@code afterId} in that order ({@code null}:
 * from the first), the next page of a walk through the list.
 */
public record OutboxFilter(
    Set<DeliveryState> states,
    Long organisationId,
    Instant from,
    Instant to,
    boolean oldestFirst,
    Instant afterCreatedAt,
    Long afterId) {

  public OutboxFilter {
    states = Set.copyOf(states);
    if ((afterCreatedAt == null) != (afterId == null)) {
      throw new IllegalArgumentException("a position is a time and an id");
    }
  }

  public OutboxFilter(
      Set<DeliveryState> states,
      Long organisationId,
      Instant from,
      Instant to,
      boolean oldestFirst) {
    this(states, organisationId, from, to, oldestFirst, null, null);
  }

  /** The same filter from the start of the list. */
  public OutboxFilter fromTheStart() {
    return new OutboxFilter(states, organisationId, from, to, oldestFirst);
  }
}
