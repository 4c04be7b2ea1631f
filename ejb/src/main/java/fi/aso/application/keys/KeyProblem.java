package fi.aso.application.keys;

import java.util.Locale;

/**
 * A secret setting that is missing or wrong. The message names the setting both ways an operator
 * may have given it (environment variable and property) and never quotes a key.
 */
public class KeyProblem extends IllegalStateException {

  public KeyProblem(String setting, String problem) {
    super(named(setting) + " " + problem);
  }

  public KeyProblem(String message) {
    super(message);
  }

  /** "ASO_SECURITY_DATA_KEY (aso.security.data-key)". */
  public static String named(String setting) {
    return environmentVariable(setting) + " (" + setting + ")";
  }

  /** The environment variable MicroProfile Config reads for a property. */
  public static String environmentVariable(String setting) {
    return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
