package fi.aso.integration.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP relay the platform sends through, from MicroProfile Config. */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "aso.mail.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "aso.mail.smtp.port", defaultValue = "3025")
  int port;

  @Inject
  @ConfigProperty(name = "aso.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "aso.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "aso.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "aso.mail.from", defaultValue = "aso-noreply@localhost")
  String from;

  /**
   * The secure-mail relay (e.g. an authority's secure e-mail service) for SECURE_EMAIL
   * organisations.
   */
  @Inject
  @ConfigProperty(name = "aso.mail.secure.smtp.host")
  Optional<String> secureHost;

  @Inject
  @ConfigProperty(name = "aso.mail.secure.smtp.port", defaultValue = "25")
  int securePort;

  @Inject
  @ConfigProperty(name = "aso.mail.secure.smtp.username")
  Optional<String> secureUsername;

  @Inject
  @ConfigProperty(name = "aso.mail.secure.smtp.password")
  Optional<String> securePassword;

  @Inject
  @ConfigProperty(name = "aso.mail.secure.smtp.starttls", defaultValue = "true")
  boolean secureStartTls;

  /**
   * The platform's own inbox, where calendar replies arrive (the invitations' ORGANIZER address).
   */
  @Inject
  @ConfigProperty(name = "aso.mail.imap.host", defaultValue = "localhost")
  String imapHost;

  @Inject
  @ConfigProperty(name = "aso.mail.imap.port", defaultValue = "3143")
  int imapPort;

  @Inject
  @ConfigProperty(name = "aso.mail.imap.username", defaultValue = "aso@localhost")
  String imapUsername;

  @Inject
  @ConfigProperty(name = "aso.mail.imap.password", defaultValue = "aso")
  String imapPassword;

  @Inject
  @ConfigProperty(name = "aso.mail.imap.ssl", defaultValue = "false")
  boolean imapSsl;

  public MailSettings() {}

  /** For tests and the launcher: settings without CDI. */
  public MailSettings(String host, int port, String from) {
    this.host = host;
    this.port = port;
    this.from = from;
    this.username = Optional.empty();
    this.password = Optional.empty();
    this.secureHost = Optional.empty();
    this.secureUsername = Optional.empty();
    this.securePassword = Optional.empty();
  }

  /** The same, with an inbox (tests). */
  public MailSettings withInbox(String host, int port, String username, String password) {
    this.imapHost = host;
    this.imapPort = port;
    this.imapUsername = username;
    this.imapPassword = password;
    return this;
  }

  /**
   * The inbox as a camel-mail consumer: unseen mails only, never deleted (a mail that could not be
   * processed stays unseen and is read again), polled every {@code delayMillis}.
   */
  public String imapEndpoint(long delayMillis) {
    return (imapSsl ? "imaps://" : "imap://")
        + imapHost
        + ':'
        + imapPort
        + "?username="
        + encode(imapUsername)
        + "&password=RAW("
        + imapPassword
        + ")"
        + "&unseen=true&delete=false&mapMailMessage=false&delay="
        + delayMillis
        + "&connectionTimeout=10000&mail.imap.timeout=10000";
  }

  /** The same, with a secure-mail relay (tests). */
  public MailSettings withSecureRelay(String host, int port) {
    this.secureHost = Optional.of(host);
    this.securePort = port;
    this.secureStartTls = false;
    return this;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String imapHost() {
    return imapHost;
  }

  public int imapPort() {
    return imapPort;
  }

  public String from() {
    return from;
  }

  /** The camel-mail endpoint; credentials go in as RAW() so that no character is reinterpreted. */
  public String smtpEndpoint() {
    return endpoint(host, port, startTls, username, password);
  }

  /**
   * The secure relay's endpoint, if one is configured. Without one, SECURE_EMAIL messages are not
   * sent through the ordinary relay: they fail and wait for an administrator.
   */
  public Optional<String> secureSmtpEndpoint() {
    return secureHost.map(
        h -> endpoint(h, securePort, secureStartTls, secureUsername, securePassword));
  }

  private static String endpoint(
      String host,
      int port,
      boolean startTls,
      Optional<String> username,
      Optional<String> password) {
    StringBuilder uri = new StringBuilder("smtp://");
    uri.append(host).append(':').append(port);
    uri.append("?connectionTimeout=10000&mail.smtp.timeout=10000");
    if (startTls) {
      uri.append("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
    }
    username.ifPresent(u -> uri.append("&username=").append(encode(u)));
    password.ifPresent(p -> uri.append("&password=RAW(").append(p).append(')'));
    return uri.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
