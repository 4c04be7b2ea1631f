package fi.aso.domain.invitation;

/**
 * A message waits (also between retries), was handed over, gave up and awaits an administrator, or
 * was decided at the moment of sending not to go at all (the consent no longer allows it, or there
 * was nothing to cancel).
 */
public enum DeliveryStatus {
  PENDING,
  SENT,
  DEAD,
  SUPERSEDED
}
