package fi.aso.domain.staff;

import fi.aso.domain.TokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A one-time link with which a staff member sets their own password. The token travels only in the
 * mail to the account's address; the platform keeps its SHA-256 hash (the token is 256 random bits,
 * so a fast hash is enough). It works once, for {@link #LIFETIME}, and a newer link for the same
 * account closes it.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(
    name = "PasswordLink.byTokenHash",
    query = "select l from PasswordLink l where l.tokenHash = :hash")
@NamedQuery(
    name = "PasswordLink.openOf",
    query =
        "select l from PasswordLink l where l.user.id = :user and l.usedAt is null"
            + " and l.expiresAt > :now")
public class PasswordLink {

  public static final Duration LIFETIME = Duration.ofHours(24);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "staff_user_id", nullable = false)
  private StaffUser user;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected PasswordLink() {}

  public PasswordLink(StaffUser user, String token, String createdBy, Instant now) {
    this.user = Objects.requireNonNull(user, "user");
    this.tokenHash = TokenHash.of(Objects.requireNonNull(token, "token"));
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(LIFETIME).atOffset(ZoneOffset.UTC);
  }

  /** Unused and not expired (or closed by a newer link). */
  public boolean isOpenAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt.toInstant());
  }

  /** The password was set with it: it never works again. */
  public void use(Instant now) {
    if (!isOpenAt(now)) {
      throw new IllegalStateException("the link is no longer open");
    }
    usedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A newer link was sent: this one stops working now. */
  public void close(Instant now) {
    if (isOpenAt(now)) {
      expiresAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public Long id() {
    return id;
  }

  public StaffUser user() {
    return user;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }
}
