package fi.aso.domain.servicemap;

/** The broad area of life a kind of service is about, for grouping the catalogue and needs. */
public enum ServiceArea {
  HOUSING,
  HOUSING_SUPPORT,
  MONEY,
  SOCIAL_AND_HEALTH,
  WORK_AND_LEARNING,
  COMMUNITY,
  OTHER
}
