package fi.aso.application.staff;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.MailTexts;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.domain.Refusal;
import fi.aso.domain.TokenHash;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.staff.PasswordHashing;
import fi.aso.domain.staff.PasswordLink;
import fi.aso.domain.staff.PasswordLinkRepository;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * One-time links with which staff members set their own password: an administrator has one mailed
 * to an account's address, the person opens it and chooses a password. No password is ever shown,
 * mailed or chosen by anyone else, and the platform keeps only a hash of the link's token.
 *
 * <p>The mail goes straight to the mail gateway, not through the outbox: an outbox row would keep
 * the token readable in the database, and a link that cannot be mailed now is better refused to the
 * administrator (who can press again) than sent hours later.
 */
@Stateless
public class PasswordLinks {

  /** A password shorter than this is refused; longer than {@link #MAX_LENGTH} too. */
  public static final int MIN_LENGTH = 12;

  /** Bounds the work of hashing what anyone on the public page may type. */
  public static final int MAX_LENGTH = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject StaffUserRepository users;
  @Inject PasswordLinkRepository links;
  @Inject AdminOnly admin;
  @Inject AuditTrail audit;
  @Inject MailGateway mail;
  @Inject InvitationSettings settings;
  @Inject Pbkdf2PasswordHash passwordHash;

  Clock clock = Clock.systemUTC();

  public PasswordLinks() {}

  /** For tests outside the container. */
  public PasswordLinks(
      StaffUserRepository users,
      PasswordLinkRepository links,
      AdminOnly admin,
      AuditTrail audit,
      MailGateway mail,
      InvitationSettings settings,
      Pbkdf2PasswordHash passwordHash,
      Clock clock) {
    this.users = users;
    this.links = links;
    this.admin = admin;
    this.audit = audit;
    this.mail = mail;
    this.settings = settings;
    this.passwordHash = passwordHash;
    this.clock = clock;
  }

  /**
   * Mails a new link to an active account of the administrator's region; older links of the account
   * stop working. Returns when the new one expires.
   */
  public Instant send(long staffUserId) {
    StaffMember administrator = admin.administrator();
    StaffUser user =
        users
            .find(staffUserId)
            .filter(u -> u.region().map(r -> administrator.worksIn(r.id())).orElse(false))
            .orElseThrow(NotFound::new);
    return mailTo(user);
  }

  /**
   * Mails a new link to the account, in the caller's transaction: for a service that has already
   * decided the caller may (the account's regional administrator through {@link #send}, or {@link
   * StaffAccounts#createFirstAdministrator} for a new region's first administrator). Older links of
   * the account stop working. Returns when the new one expires.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Instant mailTo(StaffUser user) {
    if (!user.isActive()) {
      throw new Refusal("staff.linkInactive", "the account is deactivated");
    }
    String address =
        user.email()
            .filter(e -> !e.isBlank())
            .orElseThrow(() -> new Refusal("staff.noEmail", "the account has no e-mail address"));
    Instant now = clock.instant();
    links.openOf(user.id(), now).forEach(l -> l.close(now));
    String token = newToken();
    PasswordLink link =
        links.store(new PasswordLink(user, token, admin.administrator().username(), now));
    String url = settings.link("/account/password.xhtml?t=" + token);
    OutgoingMail message;
    try {
      message =
          new OutgoingMail(
              address,
              MailTexts.finnish("mail.passwordLink.subject"),
              MailTexts.finnish("mail.passwordLink.body", user.username())
                  + "\n"
                  + url
                  + "\n\n"
                  + MailTexts.swedish("mail.passwordLink.body", user.username())
                  + "\n"
                  + url
                  + "\n\n"
                  + MailTexts.stacked("mail.passwordLink.notYou")
                  + "\n");
    } catch (Refusal e) {
      throw new Refusal("staff.noEmail", "the account's e-mail address is not usable");
    }
    try {
      mail.send(message);
    } catch (RuntimeException e) {
      throw new Refusal("staff.linkNotSent", "the link could not be mailed; nothing was changed");
    }
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE,
            "StaffUser",
            user.username(),
            "set-password link " + link.id() + " mailed, valid for 24 hours"));
    return link.expiresAt();
  }

  /** Whose password a link sets, while it is open: the user name, for the page to show. */
  public Optional<String> openFor(String token) {
    return find(token, false)
        .filter(l -> l.isOpenAt(clock.instant()) && l.user().isActive())
        .map(l -> l.user().username());
  }

  /**
   * Sets the password of the link's account and closes the link. A link that is unknown, used,
   * expired or of a deactivated account changes nothing; nor does a password that is too short or
   * not repeated the same.
   */
  public void setPassword(String token, char[] password, char[] repeated) {
    try {
      Instant now = clock.instant();
      PasswordLink link =
          find(token, true)
              .filter(l -> l.isOpenAt(now) && l.user().isActive())
              .orElseThrow(
                  () -> new Refusal("staff.linkInvalid", "the link is not valid any more"));
      if (password == null || password.length < MIN_LENGTH) {
        throw new Refusal(
            "staff.passwordTooShort", "the password needs at least 12 characters", MIN_LENGTH);
      }
      if (password.length > MAX_LENGTH) {
        throw new Refusal("staff.passwordTooLong", "the password is too long", MAX_LENGTH);
      }
      if (repeated == null || !Arrays.equals(password, repeated)) {
        throw new Refusal("staff.passwordMismatch", "the two passwords differ");
      }
      passwordHash.initialize(PasswordHashing.parameters());
      StaffUser user = link.user();
      user.setPasswordHash(passwordHash.generate(password));
      link.use(now);
      audit.recordFor(
          user.username(),
          AuditRecord.success(
              AuditAction.UPDATE,
              "StaffUser",
              user.username(),
              "password set with set-password link " + link.id()));
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
      if (repeated != null) {
        Arrays.fill(repeated, '\0');
      }
    }
  }

  private Optional<PasswordLink> find(String token, boolean forUse) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    String hash = TokenHash.of(token);
    return forUse ? links.forUse(hash) : links.withTokenHash(hash);
  }

  private static String newToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
