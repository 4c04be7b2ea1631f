package fi.aso.domain.minutes;

import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.Meeting;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a meeting's minutes (muistio): the structured record frozen as it was when the
 * version was made or last refreshed. Drafted, reviewed, approved; approved minutes never change, a
 * correction is a new version, and the history keeps them all. Where the meeting's region asks for
 * a second person ({@link fi.aso.domain.region.Region#minutesNeedSecondPerson()}), whoever made the
 * version as it is now cannot review it, and it is approved only once someone else reviewed it.
 */
@Entity
@Table(name = "minutes")
@NamedQuery(
    name = "Minutes.ofMeeting",
    query = "select m from Minutes m where m.meeting.id = :meeting order by m.versionNo")
@NamedQuery(
    name = "Minutes.openInRegion",
    query =
        "select m from Minutes m where m.meeting.region.id = :region"
            + " and m.state <> fi.aso.domain.minutes.MinutesState.APPROVED"
            + " order by m.meeting.startsAt, m.versionNo")
public class Minutes {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MinutesState state = MinutesState.DRAFT;

  @Column(nullable = false, columnDefinition = "text")
  private String content;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Who made the content as it is now: the creator, or whoever refreshed it since. */
  @Column(name = "prepared_by", nullable = false, length = 100)
  private String preparedBy;

  @Column(name = "prepared_at", nullable = false)
  private OffsetDateTime preparedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Version private long version;

  protected Minutes() {}

  public Minutes(Meeting meeting, int versionNo, String content, String actor, Instant now) {
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.versionNo = versionNo;
    this.content = Objects.requireNonNull(content, "content");
    this.createdBy = actor;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.preparedBy = actor;
    this.preparedAt = this.createdAt;
  }

  /**
   * The record as it is now, made by {@code actor}: a reviewed draft goes back to draft, and the
   * actor is its maker from now on. A record that has not changed changes nothing (neither the
   * maker nor a review). Approved minutes refuse.
   */
  public void refresh(String newContent, String actor, Instant now) {
    requireNotApproved();
    if (content.equals(Objects.requireNonNull(newContent, "newContent"))) {
      return;
    }
    this.content = newContent;
    this.preparedBy = actor;
    this.preparedAt = now.atOffset(ZoneOffset.UTC);
    this.state = MinutesState.DRAFT;
    this.reviewedBy = null;
    this.reviewedAt = null;
  }

  /** Whether a second person must review these minutes (the meeting's region says). */
  public boolean needsSecondPerson() {
    return meeting.region().minutesNeedSecondPerson();
  }

  /** Whether {@code actor} may review this version now (their role aside). */
  public boolean reviewableBy(String actor) {
    return state != MinutesState.APPROVED && !(needsSecondPerson() && preparedBy.equals(actor));
  }

  /**
   * Whether this version may be approved now (by a chair): reviewed, by a second person if asked.
   */
  public boolean approvable() {
    return state == MinutesState.REVIEWED
        && !(needsSecondPerson() && preparedBy.equals(reviewedBy));
  }

  public void review(String actor, Instant at) {
    requireNotApproved();
    if (!reviewableBy(actor)) {
      throw new SecondPersonNeeded.MakerReviews();
    }
    this.state = MinutesState.REVIEWED;
    this.reviewedBy = actor;
    this.reviewedAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * Locks the minutes; only reviewed minutes can be approved, and only once. Where a second person
   * is asked for, the approver may be the maker or the reviewer, but the review must have been
   * someone else's than the maker's.
   */
  public void approve(String actor, Instant at) {
    requireNotApproved();
    if (state != MinutesState.REVIEWED) {
      throw new Refusal(
          "minutes.reviewFirst", "the minutes must be reviewed before they are approved");
    }
    if (!approvable()) {
      throw new SecondPersonNeeded.ReviewedByMaker();
    }
    this.state = MinutesState.APPROVED;
    this.approvedBy = actor;
    this.approvedAt = at.atOffset(ZoneOffset.UTC);
  }

  private void requireNotApproved() {
    if (state == MinutesState.APPROVED) {
      throw new Refusal(
          "minutes.locked",
          "approved minutes cannot be changed: make a correction (a new version)");
    }
  }

  public Long id() {
    return id;
  }

  public Meeting meeting() {
    return meeting;
  }

  public int versionNo() {
    return versionNo;
  }

  public MinutesState state() {
    return state;
  }

  public String content() {
    return content;
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public long version() {
    return version;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String preparedBy() {
    return preparedBy;
  }

  public Instant preparedAt() {
    return preparedAt.toInstant();
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt).map(OffsetDateTime::toInstant);
  }
}
