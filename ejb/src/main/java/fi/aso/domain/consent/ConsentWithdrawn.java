package fi.aso.domain.consent;

import java.time.Instant;
import java.util.Set;

/**
 * A client withdrew consent, wholly or for some organisations. Later work listens for this to
 * cancel those organisations' pending invitations and stop distribution; access already ends
 * because the consent policy reads the withdrawal.
 *
 * @param organisationIds the organisations that lost the consent
 */
public record ConsentWithdrawn(
    long caseId, int consentVersion, Set<Long> organisationIds, boolean whole, Instant at) {}
