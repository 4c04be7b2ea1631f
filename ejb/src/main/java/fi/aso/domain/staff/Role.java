package fi.aso.domain.staff;

/**
 * The platform's staff roles. Their names are the Jakarta Security group names used in
 * {@code @RolesAllowed} and the web security constraints, so they are also constants.
 */
public enum Role {
  ADMIN,
  CHAIR,
  CASE_WORKER,
  PARTNER;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String CHAIR_NAME = "CHAIR";
  public static final String CASE_WORKER_NAME = "CASE_WORKER";
  public static final String PARTNER_NAME = "PARTNER";
}
