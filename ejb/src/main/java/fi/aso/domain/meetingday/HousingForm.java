package fi.aso.domain.meetingday;

/** The form of housing the group agrees suits the client (seed 004's joint assessment). */
public enum HousingForm {
  INDEPENDENT_RENTAL,
  SUPPORTED_HOUSING,
  COMMUNITY_HOUSING,
  SERVICE_HOUSING,
  REHABILITATION_FIRST,
  OTHER
}
