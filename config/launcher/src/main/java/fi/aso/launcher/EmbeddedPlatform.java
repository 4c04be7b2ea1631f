package fi.aso.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.aso.config.DatabaseRoles;
import fi.aso.config.DemoAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform on embedded defaults, for development and demos: PostgreSQL with its data under
 * {@code ./data/postgres} (kept across restarts), GreenMail as the mail server (SMTP 3025, IMAP
 * 3143, any login; every mail the platform sends can be read there), and Payara Micro serving the
 * WAR at http://localhost:8080/ with demo data on first start. Everything listens on loopback only.
 * Ctrl-C stops Payara first, then mail and database.
 *
 * <p>The database is set up as production's should be: database {@value #DATABASE} owned by {@link
 * DatabaseRoles#OWNER}, which runs the migrations, and the platform connecting as {@link
 * DatabaseRoles#APP}, which may only insert and read the audit trail. The superuser is used here,
 * before Payara starts, and never by the platform.
 */
public final class EmbeddedPlatform {

  static final int HTTP_PORT = Integer.getInteger("aso.http.port", 8080);
  static final int DB_PORT = Integer.getInteger("aso.db.port", 15432);
  // other ports for a second platform on the same machine (the defaults are what README names)
  static final int SMTP_PORT = Integer.getInteger("aso.smtp.port", 3025);
  static final int IMAP_PORT = Integer.getInteger("aso.imap.port", 3143);
  static final String LOOPBACK = "127.0.0.1";
  static final String DATABASE = "aso";

  private EmbeddedPlatform() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("aso.launcher.home", jarDirectory().toString()));
    Path data = Path.of(System.getProperty("aso.data.dir", "data")).toAbsolutePath();
    Files.createDirectories(data);

    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setPort(DB_PORT)
            .setServerConfig("listen_addresses", LOOPBACK)
            .start();
    log("PostgreSQL on " + LOOPBACK + ":" + DB_PORT + ", data in " + data.resolve("postgres"));
    prepareDatabase(postgres, data);

    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(SMTP_PORT, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(IMAP_PORT, LOOPBACK, ServerSetup.PROTOCOL_IMAP)
            });
    mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    log("Mail server: SMTP " + LOOPBACK + ":" + SMTP_PORT + ", IMAP " + LOOPBACK + ":" + IMAP_PORT);

    Process payara = startPayara(home, data);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("Stopping...");
                  payara.destroy();
                  try {
                    if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                      payara.destroyForcibly();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  mail.stop();
                  try {
                    postgres.close();
                  } catch (IOException e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
                  }
                  log("Stopped.");
                },
                "aso-shutdown"));

    if (waitUntilReady(payara, Duration.ofMinutes(5))) {
      printWelcome();
    } else if (payara.isAlive()) {
      log("The platform did not report ready within 5 minutes; see the log above.");
    }
    int exit = payara.waitFor();
    if (exit != 0 && exit != 143 && exit != 130) {
      log("Payara Micro exited with code " + exit);
      System.exit(exit);
    }
  }

  private static Process startPayara(Path home, Path data) throws IOException {
    Path platform = home.resolve("platform");
    // Payara's working directory remembers the last deployed WAR and would start that one first
    // (an older build, briefly, against today's database). It holds nothing worth keeping.
    deleteTree(data.resolve("payara"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Daso.db.host=" + LOOPBACK);
    command.add("-Daso.db.port=" + DB_PORT);
    command.add("-Daso.db.name=" + DATABASE);
    command.add("-Daso.db.user=" + DatabaseRoles.APP);
    command.add("-Daso.db.owner-user=" + DatabaseRoles.OWNER);
    command.add("-Daso.mail.smtp.host=" + LOOPBACK);
    command.add("-Daso.mail.smtp.port=" + SMTP_PORT);
    command.add("-Daso.mail.imap.host=" + LOOPBACK);
    command.add("-Daso.mail.imap.port=" + IMAP_PORT);
    command.add("-Daso.demo-data.enabled=true");
    command.add("-Daso.public-base-url=http://localhost:" + HTTP_PORT);
    command.add("-Dnet.fortuna.ical4j.timezone.update.enabled=false");
    command.add("-jar");
    command.add(platform.resolve("payara-micro.jar").toString());
    command.add("--nocluster");
    command.add("--logproperties");
    command.add(home.resolve("logging.properties").toString());
    command.add("--port");
    command.add(String.valueOf(HTTP_PORT));
    command.add("--prebootcommandfile");
    command.add(home.resolve("preboot-commands.asadmin").toString());
    command.add("--rootdir");
    command.add(data.resolve("payara").toString());
    command.add("--deploy");
    command.add(platform.resolve("ROOT.war").toString());
    command.add("--contextroot");
    command.add("/");
    ProcessBuilder payara = new ProcessBuilder(command).inheritIO();
    // secrets go in the environment, not on the command line where any local user could read them
    payara
        .environment()
        .put("ASO_SECURITY_TOKEN_SECRET", HexFormat.of().formatHex(secret(data, "token-secret")));
    payara
        .environment()
        .put("ASO_SECURITY_DATA_KEY", Base64.getEncoder().encodeToString(secret(data, "data-key")));
    // keyed hashes and signed links have a key of their own, never the data key
    payara
        .environment()
        .put("ASO_SECURITY_HASH_KEY", Base64.getEncoder().encodeToString(secret(data, "hash-key")));
    payara.environment().put("ASO_DB_PASSWORD", password(data, DatabaseRoles.APP));
    payara.environment().put("ASO_DB_OWNER_PASSWORD", password(data, DatabaseRoles.OWNER));
    return payara.start();
  }

  /**
   * The two roles (passwords made once and kept with the data) and the platform's database, owned
   * by the owner role. Data of a launcher from before the two roles, in database {@code postgres},
   * is left where it was; the platform starts afresh in {@value #DATABASE}.
   */
  private static void prepareDatabase(EmbeddedPostgres postgres, Path data)
      throws IOException, SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      DatabaseRoles.ensureRoles(
          c, password(data, DatabaseRoles.OWNER), password(data, DatabaseRoles.APP));
      DatabaseRoles.ensureDatabase(c, DATABASE);
    }
    try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection()) {
      DatabaseRoles.ownPublicSchema(c);
    }
    log(
        "Database "
            + DATABASE
            + ": migrations as "
            + DatabaseRoles.OWNER
            + ", the platform as "
            + DatabaseRoles.APP);
  }

  private static String password(Path data, String role) throws IOException {
    return HexFormat.of().formatHex(secret(data, "db-" + role));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * A 32-byte secret made once and kept with the data (owner-only file), so that API tokens, sealed
   * data and keyed hashes survive a restart. Given without a key id, so the keys have the id
   * "legacy", which is also what data sealed before key ids opens with.
   */
  private static byte[] secret(Path data, String name) throws IOException {
    Path file = data.resolve(name);
    if (!Files.exists(file)) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      Files.write(file, bytes);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return Files.readAllBytes(file);
  }

  private static boolean waitUntilReady(Process payara, Duration timeout)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + HTTP_PORT + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (payara.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static void printWelcome() {
    String line = "=".repeat(72);
    System.out.println(line);
    System.out.println(" ASO platform is running at http://localhost:" + HTTP_PORT + "/");
    System.out.println(" Demo logins (password for all: " + DemoAccounts.PASSWORD + "):");
    for (DemoAccounts.Account account : DemoAccounts.all()) {
      System.out.printf(
          "   %-12s %-12s %s%n", account.username(), account.role(), account.displayName());
    }
    System.out.println(
        " Mail sent by the platform: IMAP "
            + LOOPBACK
            + ":"
            + IMAP_PORT
            + " (user = the recipient address, any password)");
    System.out.println(
        " Health: http://localhost:"
            + HTTP_PORT
            + "/health/ready   API: http://localhost:"
            + HTTP_PORT
            + "/openapi");
    System.out.println(" Stop with Ctrl-C.");
    System.out.println(line);
  }

  private static Path jarDirectory() {
    try {
      Path location =
          Path.of(
              EmbeddedPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.getParent();
    } catch (Exception e) {
      return Path.of(".");
    }
  }

  private static void log(String message) {
    System.out.println("[aso-launcher] " + message);
  }
}
