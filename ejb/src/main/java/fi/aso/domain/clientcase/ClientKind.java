package fi.aso.domain.clientcase;

/**
 * Whether the client is a prisoner about to be released or a probation (community sanction) client.
 */
public enum ClientKind {
  PRISONER,
  PROBATION_CLIENT
}
