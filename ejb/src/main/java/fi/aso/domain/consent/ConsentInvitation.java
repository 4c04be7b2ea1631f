package fi.aso.domain.consent;

import fi.aso.domain.Refusal;
import fi.aso.domain.TokenHash;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A one-time invitation for the client to give consent on the consent page: a link token and a
 * short code that the case worker hands over, with what is proposed to whom. Only hashes of the
 * token and code are kept. It works once, for a limited time, and locks after {@value
 * #MAX_FAILED_CODES} wrong codes.
 */
@Entity
@Table(name = "consent_invitation")
@NamedQuery(
    name = "ConsentInvitation.byTokenHash",
    query = "select i from ConsentInvitation i where i.tokenHash = :hash")
@NamedQuery(
    name = "ConsentInvitation.linksOfCases",
    query =
        "select i.clientCase.id, i.expiresAt, i.usedAt, i.failedAttempts"
            + " from ConsentInvitation i where i.clientCase.id in :caseIds"
            + " and i.purpose = fi.aso.domain.consent.ConsentInvitation.Purpose.GIVE"
            + " order by i.createdAt, i.id")
public class ConsentInvitation {

  public static final int MAX_FAILED_CODES = 5;
  public static final Duration LIFETIME = Duration.ofMinutes(60);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "consent_valid_until", nullable = false)
  private LocalDate consentValidUntil;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  /**
   * Counted in the database only ({@link ConsentInvitationRepository#countTry}), never written from
   * here: a count written back from an entity read earlier could overwrite other tries' counts.
   */
  @Column(name = "failed_attempts", nullable = false, updatable = false)
  private int failedAttempts;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @OneToOne
  @JoinColumn(name = "consent_id")
  private Consent consent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "consent_invitation_proposal",
      joinColumns = @JoinColumn(name = "invitation_id"))
  private List<ProposedDisclosure> proposals = new ArrayList<>();

  /** GIVE: the client answers a proposal; WITHDRAW: the client withdraws the consent in force. */
  public enum Purpose {
    GIVE,
    WITHDRAW
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Purpose purpose = Purpose.GIVE;

  @Version private long version;

  protected ConsentInvitation() {}

  /**
   * A link for withdrawing: it proposes nothing, the page lists the agencies of the consent in
   * force (valid until the given date) and the client picks those to withdraw from.
   */
  public static ConsentInvitation forWithdrawal(
      ClientCase clientCase,
      String token,
      String code,
      String language,
      LocalDate consentValidUntil,
      String createdBy,
      Instant now) {
    ConsentInvitation invitation = new ConsentInvitation();
    invitation.init(clientCase, token, code, language, consentValidUntil, createdBy, now);
    invitation.purpose = Purpose.WITHDRAW;
    return invitation;
  }

  public ConsentInvitation(
      ClientCase clientCase,
      String token,
      String code,
      String language,
      LocalDate consentValidUntil,
      Map<Organisation, Set<InformationCategory>> proposed,
      String createdBy,
      Instant now) {
    if (proposed.values().stream().allMatch(Set::isEmpty)) {
      throw new Refusal(
          "consent.proposeOne", "propose at least one organisation and what it would receive");
    }
    init(clientCase, token, code, language, consentValidUntil, createdBy, now);
    proposed.forEach(
        (organisation, categories) ->
            categories.forEach(
                category -> proposals.add(new ProposedDisclosure(organisation, category))));
  }

  private void init(
      ClientCase clientCase,
      String token,
      String code,
      String language,
      LocalDate consentValidUntil,
      String createdBy,
      Instant now) {
    this.clientCase = Objects.requireNonNull(clientCase, "clientCase");
    if (!Set.of("fi", "sv", "en").contains(language)) {
      throw new Refusal("consent.locale", "the consent page is in Finnish, Swedish or English");
    }
    this.tokenHash = TokenHash.of(token);
    this.codeHash = TokenHash.of(token + ":" + code);
    this.language = language;
    this.consentValidUntil = Objects.requireNonNull(consentValidUntil, "consentValidUntil");
    this.createdBy = createdBy;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(LIFETIME).atOffset(ZoneOffset.UTC);
  }

  /**
   * Unused, not expired and not locked by wrong codes, as read: whether a code is taken is decided
   * in the database at the moment of the try ({@link ConsentInvitationRepository#countTry}).
   */
  public boolean isOpenAt(Instant now) {
    return link().isOpenAt(now);
  }

  /** Where the link stands (the rule of {@link #isOpenAt}). */
  public ConsentLink link() {
    return new ConsentLink(expiresAt(), usedAt != null, failedAttempts);
  }

  /** Whether this is the link's code (compared in constant time). Counts nothing. */
  public boolean codeMatches(String token, String code) {
    return code != null
        && MessageDigest.isEqual(
            codeHash.getBytes(StandardCharsets.US_ASCII),
            TokenHash.of(token + ":" + code.strip()).getBytes(StandardCharsets.US_ASCII));
  }

  /** The proposals, per organisation, in the order they were made. */
  public Map<Organisation, Set<InformationCategory>> proposed() {
    Map<Organisation, Set<InformationCategory>> byOrganisation = new LinkedHashMap<>();
    for (ProposedDisclosure p : proposals) {
      byOrganisation
          .computeIfAbsent(p.organisation(), o -> EnumSet.noneOf(InformationCategory.class))
          .add(p.category());
    }
    return byOrganisation;
  }

  public void completeWith(Consent given, Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("a consent invitation works only once");
    }
    this.consent = Objects.requireNonNull(given, "given");
    this.usedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Revokes the link: it stops working now, as if it had expired (the code and token are never
   * asked again). A link already used, expired or locked stays as it is; false then.
   */
  public boolean revoke(Instant now) {
    if (!isOpenAt(now)) {
      return false;
    }
    this.expiresAt = now.atOffset(ZoneOffset.UTC);
    return true;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Long id() {
    return id;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public String language() {
    return language;
  }

  public LocalDate consentValidUntil() {
    return consentValidUntil;
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public int failedAttempts() {
    return failedAttempts;
  }
}
