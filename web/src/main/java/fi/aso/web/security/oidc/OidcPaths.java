package fi.aso.web.security.oidc;

/** The two addresses of the single sign-on flow; both are public in web.xml. */
public final class OidcPaths {

  public static final String START = "/oidc/login";
  public static final String CALLBACK = "/oidc/callback";

  private OidcPaths() {}
}
