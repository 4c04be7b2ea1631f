package fi.aso.domain.clientcase;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a client's case is in the ASO process (seed 004): referral, consent, meeting, follow-up.
 * Only the transitions listed here are legal; everything else is refused.
 */
public enum CaseState {
  REFERRED,
  CONSENT_PENDING,
  READY_FOR_MEETING,
  SCHEDULED,
  DISCUSSED,
  FOLLOW_UP,
  CLOSED,
  CONSENT_REFUSED,
  CONSENT_WITHDRAWN;

  private static final Map<CaseState, Set<CaseState>> NEXT =
      Map.of(
          REFERRED, EnumSet.of(CONSENT_PENDING, CLOSED),
          CONSENT_PENDING, EnumSet.of(READY_FOR_MEETING, CONSENT_REFUSED, CLOSED),
          READY_FOR_MEETING, EnumSet.of(SCHEDULED, CONSENT_WITHDRAWN, CLOSED),
          // a slot can be taken off a meeting again
          SCHEDULED, EnumSet.of(DISCUSSED, READY_FOR_MEETING, CONSENT_WITHDRAWN),
          DISCUSSED, EnumSet.of(FOLLOW_UP, SCHEDULED, CONSENT_WITHDRAWN),
          // the group returns to the case when needed: put on a later meeting again
          FOLLOW_UP, EnumSet.of(SCHEDULED, CLOSED, CONSENT_WITHDRAWN),
          // asked again later, or given up
          CONSENT_REFUSED, EnumSet.of(CONSENT_PENDING, CLOSED),
          CONSENT_WITHDRAWN, EnumSet.of(CONSENT_PENDING, CLOSED),
          CLOSED, EnumSet.noneOf(CaseState.class));

  public boolean canMoveTo(CaseState target) {
    return NEXT.get(this).contains(target);
  }

  public Set<CaseState> next() {
    return EnumSet.copyOf(NEXT.get(this));
  }

  /** States in which the case is still being worked on (shown on the chair's work list). */
  public boolean isOpen() {
    return this != CLOSED;
  }
}
