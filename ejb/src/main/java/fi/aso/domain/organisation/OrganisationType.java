package fi.aso.domain.organisation;

/** The kinds of agency that take part in ASO meetings (seed 004, domain brief). */
public enum OrganisationType {
  PRISON,
  PROBATION_OFFICE,
  RENTAL_HOUSING_COMPANY,
  MUNICIPAL_HOUSING_OFFICE,
  ADULT_SOCIAL_WORK,
  SUBSTANCE_ABUSE_SERVICES,
  MENTAL_HEALTH_SERVICES,
  EMPLOYMENT_SERVICES,
  DEBT_COUNSELLING,
  PARISH_DIACONIA,
  NGO,
  OTHER
}
