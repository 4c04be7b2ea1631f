package fi.aso.datagen;

import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.keys.KeyRing;
import fi.aso.config.DatabaseRoles;
import fi.aso.infrastructure.persistence.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The command: {@code java -jar config/datagen/target/aso-datagen.jar --scale 1x|national|RxY
 * [--seed N] [--until YYYY-MM-DD] [--keys DIR] (--url JDBC-URL --user OWNER --password PW |
 * --embedded-port PORT --embedded-dir DIR)}. Migrates the database with the platform's own Flyway
 * migrations (as the launcher does), then generates. With {@code --embedded-*} it starts a
 * PostgreSQL of its own there (the launcher's kind), and stops it at the end.
 *
 * <p>Identity codes are hashed and sealed with the keys in {@code --keys} ({@code hash-key}, {@code
 * data-key}, as the launcher keeps them in {@code ./data}); where those files are missing, keys are
 * derived from the seed and written there, so that the platform started on them can read the data.
 */
public final class GenerateData {

  private GenerateData() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Scale scale = Scale.parse(options.getOrDefault("scale", "1x"));
    long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
    LocalDate until = LocalDate.parse(options.getOrDefault("until", LocalDate.now().toString()));
    Path keys = Path.of(options.getOrDefault("keys", "data"));
    DataProtection protection =
        new DataProtection(key(keys, "data-key", seed), key(keys, "hash-key", seed));
    EmbeddedPostgres embedded = null;
    PGSimpleDataSource owner = new PGSimpleDataSource();
    if (options.containsKey("embedded-port")) {
      embedded =
          EmbeddedPostgres.builder()
              .setPort(Integer.parseInt(options.get("embedded-port")))
              .setDataDirectory(Path.of(options.get("embedded-dir")))
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .start();
      try (var c = embedded.getPostgresDatabase().getConnection()) {
        DatabaseRoles.ensureRoles(c, DatabaseRoles.OWNER, DatabaseRoles.APP);
        DatabaseRoles.ensureDatabase(c, "aso");
      }
      try (var c = embedded.getDatabase("postgres", "aso").getConnection()) {
        DatabaseRoles.ownPublicSchema(c);
      }
      owner.setUrl("jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/aso");
      owner.setUser(DatabaseRoles.OWNER);
      owner.setPassword(DatabaseRoles.OWNER);
    } else {
      owner.setUrl(required(options, "url"));
      owner.setUser(required(options, "user"));
      owner.setPassword(options.get("password"));
    }
    owner.setReWriteBatchedInserts(true);
    try {
      DatabaseMigrator.migrateSchema(owner, options.getOrDefault("app-role", DatabaseRoles.APP));
      System.out.printf(
          "generating %s (%d regions x %d years), seed %d, history until %s%n",
          scale.name(), scale.regions(), scale.years(), seed, until);
      long started = System.nanoTime();
      Map<String, Long> counts =
          new DataGenerator(scale, seed, until, protection, System.out).generate(owner);
      double seconds = (System.nanoTime() - started) / 1e9;
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      counts.forEach((table, n) -> System.out.printf("%-28s %,12d%n", table, n));
      System.out.printf("%,d rows in %.1f s: %,.0f rows/s%n", total, seconds, total / seconds);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static KeyRing key(Path dir, String file, long seed) throws IOException {
    Path path = dir.resolve(file);
    String setting = "aso.security." + file;
    if (!Files.exists(path)) {
      byte[] derived = sha256(file + ":" + seed);
      Files.createDirectories(dir);
      Files.writeString(path, Base64.getEncoder().encodeToString(derived) + "\n");
      System.out.println("wrote " + path + " (derived from the seed)");
    }
    return KeyRing.parse(setting, Files.readString(path).strip(), setting + "s-retired", null);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "usage: --scale 1x|national|RxY [--seed N] [--until YYYY-MM-DD] [--keys DIR]"
                + " (--url URL --user OWNER [--password PW] | --embedded-port P --embedded-dir D)");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required (or --embedded-port)");
    }
    return value;
  }
}
