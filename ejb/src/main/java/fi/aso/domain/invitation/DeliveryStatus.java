package fi.aso.domain.invitation;

/**
 * A message waits (also between retries), was handed over, or gave up and awaits an administrator.
 */
public enum DeliveryStatus {
  PENDING,
  SENT,
  DEAD
}
