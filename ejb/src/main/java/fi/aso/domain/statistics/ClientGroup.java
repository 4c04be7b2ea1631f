package fi.aso.domain.statistics;

/**
 * Whose facts an indicator counts. The platform records no sentence length: a "short sentence" is a
 * prisoner referred less than {@link #SHORT_SENTENCE_DAYS} days before the expected release (too
 * late for the 2-6 months of mapping the process asks for).
 */
public enum ClientGroup {
  ALL,
  PRISONER,
  SHORT_SENTENCE,
  PROBATION_CLIENT;

  /** Fixed in code so that every region counts the same way (migration V38 uses the same). */
  public static final int SHORT_SENTENCE_DAYS = 90;
}
