package fi.aso.application.minutes;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;

/**
 * What a version of the minutes waits for and who of the region's staff may take that step.
 *
 * <p>The chair writes the minutes (BRIEF, step 7), so only chairs make and approve them: approval
 * locks them and lets them go to the partners. Reviewing is reading them against what was agreed,
 * which the region's case workers can do as well as another chair: they prepared their clients for
 * the meeting and sat in it, they already see the region's meetings ({@link
 * fi.aso.application.meeting.MeetingRights}), and many regions have one chair only. So a chair or a
 * case worker of the region reviews; where the region asks for a second person, not the one who
 * made the version.
 */
final class MinutesSteps {

  private MinutesSteps() {}

  static MinutesNextStep next(Minutes m) {
    if (m.state() == MinutesState.APPROVED) {
      return MinutesNextStep.NONE;
    }
    if (m.approvable()) {
      return MinutesNextStep.APPROVAL;
    }
    // a draft, or (rarely) minutes reviewed by their maker before the region asked for a second
    // person: they wait for a review again
    return m.needsSecondPerson() ? MinutesNextStep.REVIEW_BY_SECOND_PERSON : MinutesNextStep.REVIEW;
  }

  /** Whether {@code who} may review the version now. */
  static boolean mayReview(Minutes m, StaffMember who) {
    MinutesNextStep next = next(m);
    return (next == MinutesNextStep.REVIEW || next == MinutesNextStep.REVIEW_BY_SECOND_PERSON)
        && who.hasAny(Role.CHAIR, Role.CASE_WORKER)
        && m.reviewableBy(who.username());
  }

  /** Whether {@code who} may approve the version now. */
  static boolean mayApprove(Minutes m, StaffMember who) {
    return next(m) == MinutesNextStep.APPROVAL && who.has(Role.CHAIR);
  }
}
