package fi.aso.domain.consent;

import java.util.Optional;

/** Port for the one-time links with which clients give or withdraw consent themselves. */
public interface ConsentInvitationRepository {

  Optional<ConsentInvitation> withTokenHash(String hash);

  ConsentInvitation store(ConsentInvitation invitation);
}
