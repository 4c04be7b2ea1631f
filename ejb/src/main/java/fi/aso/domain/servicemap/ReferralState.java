package fi.aso.domain.servicemap;

import java.util.Set;

/**
 * Where a referral to a service stands: referred by the group, accepted or declined by the
 * provider, started, ended. Only these steps are legal; declined and ended are final.
 */
public enum ReferralState {
  REFERRED,
  ACCEPTED,
  STARTED,
  DECLINED,
  ENDED;

  /** The states this one may move to. */
  public Set<ReferralState> next() {
    return switch (this) {
      case REFERRED -> Set.of(ACCEPTED, DECLINED);
      case ACCEPTED -> Set.of(STARTED, DECLINED, ENDED);
      case STARTED -> Set.of(ENDED);
      case DECLINED, ENDED -> Set.of();
    };
  }

  public boolean canMoveTo(ReferralState other) {
    return next().contains(other);
  }

  /** Still waiting or going on (not declined, not ended). */
  public boolean isOpen() {
    return this == REFERRED || this == ACCEPTED || this == STARTED;
  }

  /** The provider took the client on: the need met by a service (for the holes view). */
  public boolean isTakenOn() {
    return this == ACCEPTED || this == STARTED || this == ENDED;
  }
}
