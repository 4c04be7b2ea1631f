package fi.aso.domain.statistics;

/**
 * What an anonymous fact in the statistics store records (migration V38, {@code
 * statistics_project}): one event of one client, written as it happens and rebuilt from live data.
 */
public enum FactKind {
  /** The referral (days: from the referral to the expected release, empty if unknown). */
  REFERRED,
  /** A consent version naming at least one organisation (method; days: from the referral). */
  CONSENT_GIVEN,
  /** A consent version naming no one, with no earlier one naming anyone (method). */
  CONSENT_REFUSED,
  /** Consent withdrawn wholly, for one organisation, or by a version naming no one (method). */
  CONSENT_WITHDRAWN,
  /** A slot of the client on a meeting held (days: from the referral; days to release). */
  MEETING_HELD,
  /** A partner invited to a held slot (organisation). */
  INVITED,
  /** ... who answered the invitation. */
  ANSWERED,
  /** ... who attended, in person or by video. */
  ATTENDED,
  /** ... who attended by video. */
  ATTENDED_BY_VIDEO,
  /** An action agreed (the day it was made). */
  ACTION_AGREED,
  /** An action done (days: late by, 0 or less is on time). */
  ACTION_DONE,
  /** An action that could not be done. */
  ACTION_NOT_POSSIBLE,
  /** An action still open, on the day it is due. */
  ACTION_OPEN,
  /** The situation at release as recorded (housed, form of housing, a meeting before it). */
  RELEASED,
  /** Still housed 3 months after release, as recorded. */
  FOLLOW_UP_3,
  /** Still housed 6 months after release, as recorded. */
  FOLLOW_UP_6,
  /** Still housed 12 months after release, as recorded. */
  FOLLOW_UP_12,
  /** The case closed (outcome). */
  CASE_CLOSED,
  /** The expected release date moved (days: by how much); an event live data does not keep. */
  RELEASE_MOVED
}
