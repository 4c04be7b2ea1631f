package fi.aso.domain.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port for one-time set-password links. */
public interface PasswordLinkRepository {

  Optional<PasswordLink> withTokenHash(String hash);

  /**
   * The same, locked until the transaction ends: two requests with one token cannot both use it.
   */
  Optional<PasswordLink> forUse(String hash);

  /** The account's links that still work at {@code now}. */
  List<PasswordLink> openOf(long staffUserId, Instant now);

  PasswordLink store(PasswordLink link);
}
