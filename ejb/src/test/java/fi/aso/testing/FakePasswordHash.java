package fi.aso.testing;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Stands in for Soteria's PBKDF2 (not on this module's test path): the "hash" shows the password,
 * so a test can see which one was set. Visible, not secure.
 */
public final class FakePasswordHash implements Pbkdf2PasswordHash {

  @Override
  public String generate(char[] password) {
    return "hashed:" + new String(password);
  }

  @Override
  public boolean verify(char[] password, String hashedPassword) {
    return hashedPassword.equals(generate(password));
  }
}
