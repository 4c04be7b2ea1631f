package fi.aso.domain.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port for the one-time links with which clients give or withdraw consent themselves. */
public interface ConsentInvitationRepository {

  Optional<ConsentInvitation> withTokenHash(String hash);

  Optional<ConsentInvitation> find(long id);

  /** Stores a new link; it has its id on return. */
  ConsentInvitation store(ConsentInvitation invitation);

  /**
   * The latest link each of the cases was given for giving consent (withdrawal links left out), by
   * case id; a case never given one is not in the map. Read at once, without the proposals.
   */
  Map<Long, ConsentLink> latestGivingLinksOf(Collection<Long> caseIds);

  /**
   * One try of a code on the link, decided atomically in the database: whether the link was open at
   * that moment (unused, unexpired, fewer than {@link ConsentInvitation#MAX_FAILED_CODES} wrong
   * codes), and if the code was wrong, counted. Concurrent tries are counted one by one, so the
   * link locks after exactly that many wrong codes however many arrive at once.
   */
  boolean countTry(long invitationId, boolean rightCode, Instant now);
}
