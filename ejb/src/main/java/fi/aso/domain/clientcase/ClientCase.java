package fi.aso.domain.clientcase;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One prisoner's or probation client's case in one region: who they are, where they are, when they
 * are released, who works on it, the referral, and where the case is in the process.
 */
@Entity
@Table(name = "client_case")
@NamedQuery(
    name = "ClientCase.openInRegion",
    query =
        "select c from ClientCase c where c.region.id = :regionId and c.state <> fi.aso.domain.clientcase.CaseState.CLOSED"
            + " order by c.expectedReleaseDate nulls last, c.id")
@NamedQuery(
    name = "ClientCase.openInRegions",
    query =
        "select c from ClientCase c where c.region.id in :regionIds and c.state <> fi.aso.domain.clientcase.CaseState.CLOSED"
            + " order by c.expectedReleaseDate nulls last, c.id")
@NamedQuery(name = "ClientCase.byIds", query = "select c from ClientCase c where c.id in :ids")
public class ClientCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  /** The case reference used in invitations and mail instead of the client's name. */
  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "pic_hash", length = 100)
  private String picHash;

  @Column(name = "pic_encrypted", length = 200)
  private String picEncrypted;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_kind", nullable = false, length = 20)
  private ClientKind kind;

  /** The prison or probation office the client is in. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "institution_id")
  private Organisation institution;

  @Column(name = "expected_release_date")
  private LocalDate expectedReleaseDate;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_worker_id")
  private StaffUser caseWorker;

  @ManyToOne
  @JoinColumn(name = "chair_id")
  private StaffUser chair;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CaseState state = CaseState.REFERRED;

  @Embedded private Referral referral = new Referral();

  @Column(name = "referred_at", nullable = false)
  private OffsetDateTime referredAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private CaseOutcome outcome;

  @Column(name = "outcome_note", columnDefinition = "text")
  private String outcomeNote;

  @Version private long version;

  protected ClientCase() {}

  public ClientCase(
      Region region,
      String reference,
      String fullName,
      LocalDate dateOfBirth,
      ClientKind kind,
      Organisation institution,
      StaffUser caseWorker,
      OffsetDateTime referredAt) {
    this.region = Objects.requireNonNull(region, "region");
    if (reference == null || !reference.matches("[A-Z0-9-]{4,20}")) {
      throw new IllegalArgumentException("a case reference is 4-20 characters of A-Z, 0-9 and -");
    }
    this.reference = reference;
    if (fullName == null || fullName.isBlank()) {
      throw new Refusal("case.nameRequired", "the client's name is required");
    }
    this.fullName = Texts.atMost(fullName, 200, "the client's name").strip();
    this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.institution = Objects.requireNonNull(institution, "institution");
    this.caseWorker = Objects.requireNonNull(caseWorker, "caseWorker");
    this.referredAt = Objects.requireNonNull(referredAt, "referredAt");
  }

  /**
   * Moves the case on, if the process allows it, and says what happened so that the change can be
   * kept in the case's history.
   */
  public CaseStateChange moveTo(CaseState target, String actor, String reason, OffsetDateTime at) {
    if (target == CaseState.CLOSED && outcome == null) {
      throw new Refusal("case.outcomeRequired", "closing a case needs an outcome");
    }
    if (!state.canMoveTo(target)) {
      throw new IllegalCaseTransition(state, target);
    }
    CaseStateChange change = new CaseStateChange(this, state, target, actor, reason, at);
    state = target;
    return change;
  }

  /** Closes the case with its outcome (and a note); nothing else closes a case. */
  public CaseStateChange close(CaseOutcome how, String note, String actor, OffsetDateTime at) {
    if (how == null) {
      throw new Refusal("case.outcomeRequired", "closing a case needs an outcome");
    }
    if (!state.canMoveTo(CaseState.CLOSED)) {
      throw new IllegalCaseTransition(state, CaseState.CLOSED);
    }
    // as long as the other notes may be (the fuzz test closed a case with a 1 MB note)
    Texts.atMost(note, 20_000, "the outcome note");
    this.outcome = how;
    this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
    return moveTo(CaseState.CLOSED, actor, "closed: " + how, at);
  }

  public Optional<CaseOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** Days from {@code today} to the expected release; negative once released; empty if unknown. */
  public Optional<Long> daysToRelease(LocalDate today) {
    return Optional.ofNullable(expectedReleaseDate).map(d -> ChronoUnit.DAYS.between(today, d));
  }

  public void expectRelease(LocalDate date) {
    this.expectedReleaseDate = date;
  }

  /**
   * The client was moved to another prison or probation office (a transfer); says whether it is
   * another one than before.
   */
  public boolean transferTo(Organisation to) {
    Organisation from = institution;
    this.institution = Objects.requireNonNull(to, "institution");
    return !from.id().equals(to.id());
  }

  public void assignChair(StaffUser chair) {
    this.chair = chair;
  }

  /** The keyed hash of the client's identity code, if it was given (for finding the case). */
  public Optional<String> identityHash() {
    return Optional.ofNullable(picHash);
  }

  /** Stores the identity code in protected form only (see PersonalIdentityCodes). */
  public void protectIdentityCode(String keyedHash, String encrypted) {
    this.picHash = keyedHash;
    this.picEncrypted = encrypted;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String reference() {
    return reference;
  }

  public String fullName() {
    return fullName;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public ClientKind kind() {
    return kind;
  }

  public Organisation institution() {
    return institution;
  }

  public Optional<LocalDate> expectedReleaseDate() {
    return Optional.ofNullable(expectedReleaseDate);
  }

  public StaffUser caseWorker() {
    return caseWorker;
  }

  public Optional<StaffUser> chair() {
    return Optional.ofNullable(chair);
  }

  public CaseState state() {
    return state;
  }

  public Referral referral() {
    // JPA loads an embeddable whose columns are all empty as null
    if (referral == null) {
      referral = new Referral();
    }
    return referral;
  }

  public Optional<String> encryptedIdentityCode() {
    return Optional.ofNullable(picEncrypted);
  }

  public long version() {
    return version;
  }
}
