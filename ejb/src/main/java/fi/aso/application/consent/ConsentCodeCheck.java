package fi.aso.application.consent;

import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentInvitationRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Takes or refuses a consent link's code, counting a wrong one in a transaction of its own: the
 * count is kept even when the request that tried it fails afterwards. (It used to be a field of the
 * invitation entity, written back at commit: tries at the same time lost their counts to
 * optimistic-lock failures, and twelve parallel wrong codes counted two or three.)
 */
@Stateless
public class ConsentCodeCheck {

  @Inject ConsentInvitationRepository invitations;

  public ConsentCodeCheck() {}

  /** For tests outside the container. */
  public ConsentCodeCheck(ConsentInvitationRepository invitations) {
    this.invitations = invitations;
  }

  /**
   * Whether the link takes the code now. An empty code is not a guess and counts nothing; any other
   * wrong code counts towards locking the link.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean accepts(ConsentInvitation invitation, String token, String code, Instant now) {
    if (code == null || code.isBlank()) {
      return false;
    }
    boolean right = invitation.codeMatches(token, code);
    return invitations.countTry(invitation.id(), right, now) && right;
  }
}
