package fi.aso.domain.invitation;

import java.time.Instant;
import java.util.Set;

/**
 * Which messages of the outbox a search wants: in any of these states (empty: any state), to this
 * recipient organisation ({@code null}: any), written in [{@code from}, {@code to}) (either end
 * open: {@code null}); newest first unless {@code oldestFirst}.
 */
public record OutboxFilter(
    Set<DeliveryState> states, Long organisationId, Instant from, Instant to, boolean oldestFirst) {

  public OutboxFilter {
    states = Set.copyOf(states);
  }
}
