package fi.aso.infrastructure.keys;

import fi.aso.application.keys.KeyProblem;
import fi.aso.application.keys.KeyRing;
import fi.aso.application.keys.KeyedHash;
import fi.aso.application.keys.Sealing;
import fi.aso.application.keys.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The rotation command: {@link KeyRotation} against the platform's database, with the platform's
 * own settings (system properties, then environment variables, then the defaults file, as
 * MicroProfile Config reads them). Run it after every node runs with the new current key and the
 * old one retired; when it reports nothing left, the retired keys may go. Argument: the batch size
 * (default 100). Exit code 0: everything is under the current keys.
 */
public final class RotateKeys {

  private static final List<String> SETTINGS =
      List.of(
          "aso.db.host",
          "aso.db.port",
          "aso.db.name",
          "aso.db.user",
          "aso.db.password",
          Secrets.DATA_KEY,
          Secrets.DATA_KEYS_RETIRED,
          Secrets.HASH_KEY,
          Secrets.HASH_KEYS_RETIRED);

  private RotateKeys() {}

  public static void main(String[] args) {
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Map<String, String> settings = settings();
    try {
      KeyRing data = Secrets.ring(settings, Secrets.DATA_KEY, Secrets.DATA_KEYS_RETIRED, false);
      KeyRing hash = Secrets.ring(settings, Secrets.HASH_KEY, Secrets.HASH_KEYS_RETIRED, false);
      System.out.println(
          "Re-sealing under data key '"
              + data.currentId()
              + "' and re-hashing under hash key '"
              + hash.currentId()
              + "' in "
              + settings.get("aso.db.name")
              + " on "
              + settings.get("aso.db.host"));
      KeyRotation.Report report =
          new KeyRotation(
                  database(settings),
                  new Sealing(data),
                  new KeyedHash(hash),
                  batch,
                  System.out::println)
              .run();
      report.changed().forEach((what, n) -> System.out.println(what + ": " + n + " changed"));
      if (report.complete()) {
        System.out.println(
            "Everything is under the current keys: the retired keys may be removed (links mailed"
                + " before a hash key change stop working then).");
      } else {
        System.out.println(
            "Still under other keys (written meanwhile by a node on the old settings?): "
                + report.left()
                + ". Run again.");
        System.exit(2);
      }
    } catch (IllegalStateException | SQLException e) {
      System.err.println("Key rotation stopped: " + e.getMessage());
      System.exit(1);
    }
  }

  private static PGSimpleDataSource database(Map<String, String> settings) {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setServerNames(new String[] {settings.get("aso.db.host")});
    database.setPortNumbers(new int[] {Integer.parseInt(settings.get("aso.db.port"))});
    database.setDatabaseName(settings.get("aso.db.name"));
    database.setUser(settings.get("aso.db.user"));
    database.setPassword(settings.get("aso.db.password"));
    return database;
  }

  private static Map<String, String> settings() {
    Properties defaults = new Properties();
    try (InputStream in =
        RotateKeys.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      if (in != null) {
        defaults.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> settings = new HashMap<>();
    for (String name : SETTINGS) {
      String value = System.getProperty(name);
      if (value == null) {
        value = System.getenv(KeyProblem.environmentVariable(name));
      }
      if (value == null) {
        value = defaults.getProperty(name);
      }
      if (value != null && !value.isBlank()) {
        settings.put(name, value);
      }
    }
    return settings;
  }
}
