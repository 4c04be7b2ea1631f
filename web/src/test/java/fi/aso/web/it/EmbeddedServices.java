package fi.aso.web.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.aso.config.DatabaseRoles;
import fi.aso.testing.InvitationMails;
import fi.aso.web.security.oidc.FakeOidcProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the deployed WAR needs before Arquillian starts Payara Micro: a real PostgreSQL
 * (zonky) and a real SMTP/IMAP server (GreenMail), both on loopback with free ports, and hands
 * their ports to Payara through {@code payara.cmdOptions}. Only in failsafe runs (which set {@code
 * aso.war}); unit-test runs skip it.
 */
public class EmbeddedServices implements LauncherSessionListener {

  /** The platform's database. */
  static final String DATABASE = "aso";

  private static EmbeddedPostgres postgres;
  private static GreenMail mail;
  private static FakeOidcProvider oidc;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("aso.war") == null || postgres != null) {
      return;
    }
    try {
      postgres =
          EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      // as in production: the platform runs as a role that owns nothing and may only insert and
      // read the audit trail; the migrations run as the owner
      try (var c = postgres.getPostgresDatabase().getConnection()) {
        DatabaseRoles.ensureRoles(c, DatabaseRoles.OWNER, DatabaseRoles.APP);
        DatabaseRoles.ensureDatabase(c, DATABASE);
      }
      try (var c = database().getConnection()) {
        DatabaseRoles.ownPublicSchema(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
              new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()
            });
    mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();

    try {
      oidc = new FakeOidcProvider();
    } catch (Exception e) {
      throw new IllegalStateException("the stand-in OpenID Connect provider did not start", e);
    }
    // a port chosen here, not by Arquillian, so that the platform knows its own public address
    // (the provider sends browsers back to it)
    int httpPort = freePort();

    String options =
        String.join(
            " ",
            "-Xmx768m",
            "-Daso.db.host=127.0.0.1",
            "-Daso.db.port=" + postgres.getPort(),
            "-Daso.db.name=" + DATABASE,
            "-Daso.db.user=" + DatabaseRoles.APP,
            "-Daso.db.password=" + DatabaseRoles.APP,
            "-Daso.db.owner-user=" + DatabaseRoles.OWNER,
            "-Daso.db.owner-password=" + DatabaseRoles.OWNER,
            "-Daso.mail.smtp.host=127.0.0.1",
            "-Daso.mail.smtp.port=" + mail.getSmtp().getPort(),
            "-Daso.mail.imap.host=127.0.0.1",
            "-Daso.mail.imap.port=" + mail.getImap().getPort(),
            "-Daso.demo-data.enabled=true",
            "-Daso.outbox.poll-millis=1000",
            "-Daso.inbox.poll-millis=1000",
            "-Daso.security.token-secret=integration-test-secret-of-at-least-32-bytes",
            // tests speak for several clients through X-Forwarded-For (WebClient.behindProxyFor),
            // so that one test's locked address is not every other test's 127.0.0.1
            "-Daso.security.trusted-proxies=127.0.0.1",
            // the ITs send thousands of API requests quickly as a few demo users; the limit
            // itself is tested in TokenBucketsTest and ApiRateLimitFilterTest
            "-Daso.security.rate-limit.per-minute=6000",
            "-Daso.public-base-url=http://127.0.0.1:" + httpPort,
            "-Daso.oidc.provider-uri=" + oidc.issuer(),
            "-Daso.oidc.client-id=" + FakeOidcProvider.CLIENT_ID,
            "-Daso.oidc.client-secret=" + FakeOidcProvider.CLIENT_SECRET);
    System.setProperty("payara.cmdOptions", options);
    System.setProperty(
        "payara.extraMicroOptions",
        "--nocluster --port "
            + httpPort
            + " --prebootcommandfile "
            + System.getProperty("aso.preboot"));
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (oidc != null) {
      oidc.close();
    }
    if (mail != null) {
      mail.stop();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException ignored) {
        // the test JVM is ending
      }
    }
  }

  /** The mail server the deployed platform sends to. */
  public static GreenMail mail() {
    return mail;
  }

  /** The stand-in for an organisation's OpenID Connect provider. */
  public static FakeOidcProvider oidc() {
    return oidc;
  }

  /**
   * The one id {@code sql} selects with {@code parameter} bound (reference data of the demo
   * region).
   */
  public static long id(String sql, String parameter) {
    try (var c = database().getConnection();
        var s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      var rs = s.executeQuery();
      if (!rs.next()) {
        throw new IllegalStateException("nothing for " + parameter + ": " + sql);
      }
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A count from the platform's database (for checks that something was or was not stored). */
  public static long count(String sql) {
    try (var c = database().getConnection();
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A single text value from the platform's database. */
  public static String stringValue(String sql) {
    try (var c = database().getConnection();
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until the platform's background work (outbox, inbox routes) has made {@code sql}'s count
   * positive. The platform runs in another process, so its state can only be observed, not awaited:
   * Awaitility polls with a deadline and says what it waited for.
   */
  public static void awaitCount(String sql) {
    Awaitility.await(sql).atMost(Duration.ofSeconds(30)).until(() -> count(sql) > 0);
  }

  /**
   * The first mail the platform's mail server received that matches, waiting up to 30 s for it. An
   * invitation mail (one with a calendar) is checked as calendars need it ({@link
   * InvitationMails}), so every test that reads one checks it.
   */
  public static MimeMessage awaitMail(String what, Predicate<MimeMessage> matching) {
    MimeMessage found =
        Awaitility.await(what)
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> Arrays.stream(mail.getReceivedMessages()).filter(matching).findFirst(),
                Optional::isPresent)
            .orElseThrow();
    if (InvitationMails.isInvitation(found)) {
      InvitationMails.check(found);
    }
    return found;
  }

  /**
   * The decoded text/plain part of a mail (the raw mail is quoted-printable, lines soft-wrapped).
   */
  public static String plainText(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = plainText(multipart.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Mails to this address. */
  public static Predicate<MimeMessage> mailTo(String address) {
    return m -> {
      try {
        var to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /** The mail with this Message-ID (the outbox's), waiting up to 30 s for it. */
  public static MimeMessage awaitMessage(String messageId) {
    return awaitMail(
        "a mail with Message-ID " + messageId,
        m -> {
          try {
            return messageId.equals(m.getMessageID());
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /**
   * The platform's database, for the tests' own checks (as the superuser: the tests look at more
   * than the platform may).
   */
  public static DataSource database() {
    return postgres.getDatabase("postgres", DATABASE);
  }

  /** The platform's database as the platform's own role sees it. */
  public static DataSource asThePlatform() {
    var dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {postgres.getPort()});
    dataSource.setDatabaseName(DATABASE);
    dataSource.setUser(DatabaseRoles.APP);
    dataSource.setPassword(DatabaseRoles.APP);
    return dataSource;
  }
}
