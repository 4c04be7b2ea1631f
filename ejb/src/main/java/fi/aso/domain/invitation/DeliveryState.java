package fi.aso.domain.invitation;

/**
 * A message's state as an administrator looks for it: waiting for its first attempt, failing
 * (pending again after a failed attempt), sent, dead (given up after the last attempt), or
 * superseded (decided not to go at all).
 */
public enum DeliveryState {
  WAITING,
  FAILING,
  SENT,
  DEAD,
  SUPERSEDED
}
