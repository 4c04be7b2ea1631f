package fi.aso.domain.consent;

/**
 * What a consent lets an organisation receive about the client. Every piece of client data belongs
 * to exactly one category.
 */
public enum InformationCategory {
  /** Name, date of birth, prison or probation office, expected release date. */
  IDENTITY_AND_RELEASE,
  /** Where the client lived before, their wishes, housing skills. */
  HOUSING_HISTORY_AND_WISHES,
  /** Rent arrears, housing disturbances, credit record. */
  RENT_ARREARS_AND_CREDIT,
  /** Substance use, mental and physical health. */
  SUBSTANCE_USE_AND_HEALTH,
  /** Other service and support needs. */
  OTHER_SUPPORT_NEEDS
}
