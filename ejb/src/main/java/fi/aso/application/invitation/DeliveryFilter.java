package fi.aso.application.invitation;

import fi.aso.domain.invitation.DeliveryState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states an administrator filters deliveries by: one state, or those that need attention
 * (failing, dead, or not sent because they no longer might be).
 */
public enum DeliveryFilter {
  ATTENTION(EnumSet.of(DeliveryState.FAILING, DeliveryState.DEAD, DeliveryState.SUPERSEDED)),
  WAITING(EnumSet.of(DeliveryState.WAITING)),
  FAILING(EnumSet.of(DeliveryState.FAILING)),
  SENT(EnumSet.of(DeliveryState.SENT)),
  DEAD(EnumSet.of(DeliveryState.DEAD)),
  SUPERSEDED(EnumSet.of(DeliveryState.SUPERSEDED));

  private final Set<DeliveryState> states;

  DeliveryFilter(Set<DeliveryState> states) {
    this.states = states;
  }

  public Set<DeliveryState> states() {
    return states;
  }
}
