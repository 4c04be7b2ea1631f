package fi.aso.application.steering;

import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ServiceReferral;
import java.time.Instant;

/**
 * One step on a referral's path with its action following it, however the step was taken (signed
 * in, or from the mail's link): accepted or started is in progress, ended is done, declined cannot
 * be done (with the reason), so the action list and the follow-up say the same as the referral.
 */
final class ReferralSteps {

  private ReferralSteps() {}

  static void take(
      ServiceReferral referral, ReferralState next, String reason, String actor, Instant now) {
    referral.moveTo(next, reason, actor, now);
    ActionStatus actionStatus =
        switch (next) {
          case ACCEPTED, STARTED -> ActionStatus.IN_PROGRESS;
          case ENDED -> ActionStatus.DONE;
          case DECLINED -> ActionStatus.CANNOT_BE_DONE;
          case REFERRED -> ActionStatus.OPEN;
        };
    referral.action().progress(actionStatus, referral.reason().orElse(null), actor, now);
  }
}
