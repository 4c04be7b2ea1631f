package fi.aso.domain.consent;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port for consent versions. */
public interface ConsentRepository {

  /** Every consent version of a case, oldest first. */
  ConsentHistory historyOf(long caseId);

  /**
   * The consent histories of the cases, by case id (a case without consent has an empty history).
   */
  Map<Long, ConsentHistory> historiesOf(Collection<Long> caseIds);

  Consent store(Consent consent);

  ConsentDocument storeDocument(ConsentDocument document);

  /** The scanned form of a consent version, if one was attached. */
  Optional<ConsentDocument> documentOf(long consentId);
}
