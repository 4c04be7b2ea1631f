package fi.aso.domain.minutes;

import fi.aso.domain.Refusal;

/**
 * The region wants a second pair of eyes on the minutes (neljän silmän periaate): the person who
 * made a version cannot review it, and a version reviewed only by its maker cannot be approved. Not
 * bad input but a step this person cannot take on these minutes now; someone else can.
 */
public abstract class SecondPersonNeeded extends Refusal {

  SecondPersonNeeded(String code, String message) {
    super(code, message);
  }

  /** The maker tries to review their own version. */
  static final class MakerReviews extends SecondPersonNeeded {
    MakerReviews() {
      super(
          "minutes.secondPersonReviews",
          "you made these minutes: another chair or a case worker of the region reviews them"
              + " before they are approved");
    }
  }

  /** The version was reviewed by the one who made it (before the region asked for a second). */
  static final class ReviewedByMaker extends SecondPersonNeeded {
    ReviewedByMaker() {
      super(
          "minutes.reviewedByMaker",
          "the minutes were reviewed only by the one who made them: another chair or a case worker"
              + " of the region reviews them first");
    }
  }
}
