package fi.aso.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo logins of the embedded default, read from {@code demo-accounts.txt}: one list that both
 * the application (which creates the users) and the launcher (which prints them) use.
 */
public final class DemoAccounts {

  /** The password of every demo account. Demo data is never loaded in production. */
  public static final String PASSWORD = "aso-demo-2026";

  private DemoAccounts() {}

  /** One demo login: the role is a name of {@code fi.aso.domain.staff.Role}. */
  public record Account(String username, String displayName, String role, String organisation) {}

  public static List<Account> all() {
    try (InputStream in = DemoAccounts.class.getResourceAsStream("demo-accounts.txt")) {
      if (in == null) {
        throw new IllegalStateException("demo-accounts.txt is missing from the classpath");
      }
      List<Account> accounts = new ArrayList<>();
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|");
        if (f.length != 4) {
          throw new IllegalStateException("demo-accounts.txt: expected 4 fields in: " + line);
        }
        accounts.add(new Account(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
      }
      return List.copyOf(accounts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
