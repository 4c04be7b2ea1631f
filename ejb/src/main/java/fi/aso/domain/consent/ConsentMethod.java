package fi.aso.domain.consent;

/** How the client gave their consent. */
public enum ConsentMethod {
  /** On the one-time consent page, confirmed by the client. */
  ELECTRONIC,
  /** On a signed paper form, recorded by the case worker. */
  PAPER
}
