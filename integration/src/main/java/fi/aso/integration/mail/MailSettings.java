package fi.aso.integration.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The mail servers the platform talks to, from MicroProfile Config (defaults in {@code
 * microprofile-config.properties}): the SMTP relay, the secure-mail relay for SECURE_EMAIL
 * organisations, and the platform's own inbox.
 */
@ApplicationScoped
public class MailSettings {

  /**
   * An SMTP relay: the ordinary one ({@code aso.mail.smtp.*}) and the secure-mail one ({@code
   * aso.mail.secure.smtp.*}) have the same settings under their own prefix.
   */
  record Relay(
      String host,
      int port,
      boolean startTls,
      Optional<String> username,
      Optional<String> password) {

    static Relay read(Config config, String prefix) {
      return new Relay(
          config.getValue(prefix + ".host", String.class),
          config.getValue(prefix + ".port", Integer.class),
          config.getValue(prefix + ".starttls", Boolean.class),
          config.getOptionalValue(prefix + ".username", String.class),
          config.getOptionalValue(prefix + ".password", String.class));
    }

    /**
     * The camel-mail endpoint; credentials go in as RAW() so that no character is reinterpreted.
     */
    String endpoint() {
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
  }

  /**
   * The platform's own inbox ({@code aso.mail.imap.*}), where calendar replies arrive (the
   * invitations' ORGANIZER address).
   */
  record Inbox(String host, int port, String username, String password, boolean ssl) {}

  private static final String SECURE = "aso.mail.secure.smtp";

  @Inject Config config;

  private Relay relay;
  private Optional<Relay> secureRelay = Optional.empty();
  private Inbox inbox = new Inbox(null, 0, null, null, false);
  private String from;
  private String organizer;
  private Optional<String> sender = Optional.empty();

  public MailSettings() {}

  /** For tests and the launcher: settings without CDI; invitations come from {@code from} too. */
  public MailSettings(String host, int port, String from) {
    this.relay = new Relay(host, port, false, Optional.empty(), Optional.empty());
    this.from = from;
    this.organizer = from;
  }

  @PostConstruct
  void read() {
    read(config);
  }

  /** Reads every setting from {@code config}. */
  MailSettings read(Config config) {
    relay = Relay.read(config, "aso.mail.smtp");
    secureRelay =
        config
            .getOptionalValue(SECURE + ".host", String.class)
            .map(h -> Relay.read(config, SECURE));
    inbox =
        new Inbox(
            config.getValue("aso.mail.imap.host", String.class),
            config.getValue("aso.mail.imap.port", Integer.class),
            config.getValue("aso.mail.imap.username", String.class),
            config.getValue("aso.mail.imap.password", String.class),
            config.getValue("aso.mail.imap.ssl", Boolean.class));
    from = config.getValue("aso.mail.from", String.class);
    organizer = config.getValue("aso.invitations.organizer", String.class);
    sender = config.getOptionalValue("aso.invitations.sender", String.class);
    return this;
  }

  /** The same, with invitations from {@code organizer} and sent by {@code sender} (tests). */
  public MailSettings withOrganizer(String organizer, String sender) {
    this.organizer = organizer;
    this.sender = Optional.ofNullable(sender);
    return this;
  }

  /** The same, with an inbox (tests). */
  public MailSettings withInbox(String host, int port, String username, String password) {
    this.inbox = new Inbox(host, port, username, password, false);
    return this;
  }

  /** The same, with a secure-mail relay (tests). */
  public MailSettings withSecureRelay(String host, int port) {
    this.secureRelay =
        Optional.of(new Relay(host, port, false, Optional.empty(), Optional.empty()));
    return this;
  }

  /**
   * The inbox as a camel-mail consumer: unseen mails only, never deleted (a mail that could not be
   * processed stays unseen and is read again), polled every {@code delayMillis}.
   */
  public String imapEndpoint(long delayMillis) {
    return (inbox.ssl() ? "imaps://" : "imap://")
        + inbox.host()
        + ':'
        + inbox.port()
        + "?username="
        + encode(inbox.username())
        + "&password=RAW("
        + inbox.password()
        + ")"
        + "&unseen=true&delete=false&mapMailMessage=false&delay="
        + delayMillis
        + "&connectionTimeout=10000&mail.imap.timeout=10000";
  }

  public String host() {
    return relay.host();
  }

  public int port() {
    return relay.port();
  }

  public String imapHost() {
    return inbox.host();
  }

  public int imapPort() {
    return inbox.port();
  }

  public String from() {
    return from;
  }

  /**
   * Where invitations come from: the ORGANIZER of their calendars, the platform's inbox, so that
   * From and ORGANIZER agree (a calendar otherwise shows "on behalf of" or an unknown organizer)
   * and answers come back to the inbox.
   */
  public String organizer() {
    return organizer;
  }

  /**
   * The Sender header of invitations, for a deployment whose relay sends only from another address;
   * none by default (From alone).
   */
  public Optional<String> sender() {
    return sender;
  }

  public String smtpEndpoint() {
    return relay.endpoint();
  }

  /**
   * The secure relay's endpoint, if one is configured. Without one, SECURE_EMAIL messages are not
   * sent through the ordinary relay: they fail and wait for an administrator.
   */
  public Optional<String> secureSmtpEndpoint() {
    return secureRelay.map(Relay::endpoint);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
