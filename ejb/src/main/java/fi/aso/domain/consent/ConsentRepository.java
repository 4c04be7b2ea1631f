package fi.aso.domain.consent;

/** Port for consent versions. */
public interface ConsentRepository {

  /** Every consent version of a case, oldest first. */
  ConsentHistory historyOf(long caseId);

  Consent store(Consent consent);
}
