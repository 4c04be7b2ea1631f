package fi.aso.domain.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

  /**
   * When each consent version of the cases is in force, oldest version first, by case id (a case
   * without consent is not in the map); read at once, without the recipients.
   */
  Map<Long, List<ConsentPeriod>> periodsOf(Collection<Long> caseIds);

  Consent store(Consent consent);

  ConsentDocument storeDocument(ConsentDocument document);

  /** A region's consent versions withdrawn as a whole since {@code since}, latest first. */
  List<Consent> withdrawnInRegionSince(long regionId, Instant since);

  /**
   * A region's consents withdrawn for one organisation since {@code since}, latest first (a
   * withdrawal as a whole is in {@link #withdrawnInRegionSince}).
   */
  List<ConsentRecipient> withdrawnForInRegionSince(long regionId, Instant since);

  /** The scanned form of a consent version, if one was attached. */
  Optional<ConsentDocument> documentOf(long consentId);
}
