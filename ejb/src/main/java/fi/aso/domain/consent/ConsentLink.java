package fi.aso.domain.consent;

import java.time.Instant;

/**
 * Where a client's consent link stands, without what it proposes: enough for the case worker to
 * know whether the client can still use it. {@link ConsentInvitation} decides openness with the
 * same rule ({@link #isOpenAt}).
 */
public record ConsentLink(Instant expiresAt, boolean used, int failedAttempts) {

  /** Unused, not expired and not locked by wrong codes. */
  public boolean isOpenAt(Instant now) {
    return !used && now.isBefore(expiresAt) && !isLocked();
  }

  /** Locked by {@link ConsentInvitation#MAX_FAILED_CODES} wrong codes. */
  public boolean isLocked() {
    return failedAttempts >= ConsentInvitation.MAX_FAILED_CODES;
  }
}
