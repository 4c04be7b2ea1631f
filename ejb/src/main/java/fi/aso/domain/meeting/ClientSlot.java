package fi.aso.domain.meeting;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.StaffUser;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's part of a meeting (seed 004: each client in their own slot with their own invitees):
 * a start and length, an agenda, how the client attends, the prison video room when they join from
 * there, and the invitees. Partners are added only after the consent policy has said yes (the
 * service does that); the slot itself refuses duplicates.
 */
@Entity
@Table(name = "client_slot")
@NamedQuery(
    name = "ClientSlot.ofCase",
    query = "select s from ClientSlot s where s.clientCase.id = :caseId order by s.startsAt")
@NamedQuery(
    name = "ClientSlot.plannedStartsOfCasesFrom",
    query =
        "select s.clientCase.id, s.startsAt from ClientSlot s where s.clientCase.id in :caseIds"
            + " and s.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " and s.startsAt >= :from order by s.startsAt")
@NamedQuery(
    name = "ClientSlot.usingVideoRoomsBetween",
    query =
        "select s from ClientSlot s where s.videoRoom.id in :rooms and s.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " and s.startsAt < :to and s.endsAt > :from")
@NamedQuery(
    name = "ClientSlot.plannedOfOtherMeetingsBetween",
    query =
        "select s from ClientSlot s where s.meeting.id <> :meeting and s.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " and s.startsAt < :to and s.endsAt > :from")
@NamedQuery(
    name = "ClientSlot.flaggedInRegionFrom",
    query =
        "select s from ClientSlot s where s.meeting.region.id = :region and s.reviewSince is not null"
            + " and s.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED and s.startsAt >= :from"
            + " order by s.startsAt")
@NamedQuery(
    name = "ClientSlot.plannedStartingBetween",
    query =
        "select s from ClientSlot s where s.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " and s.startsAt >= :from and s.startsAt < :to order by s.startsAt")
public class ClientSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(columnDefinition = "text")
  private String agenda;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_attendance", nullable = false, length = 20)
  private ClientAttendance clientAttendance = ClientAttendance.IN_PERSON;

  @ManyToOne
  @JoinColumn(name = "video_room_id")
  private Organisation videoRoom;

  @Column(name = "after_release_reason", length = 1000)
  private String afterReleaseReason;

  /** The client's release date moved and the slot now lies after it: a reason is needed again. */
  @Column(name = "review_release", nullable = false)
  private boolean reviewRelease;

  /** The client moved to another prison: the old prison's video room was released. */
  @Column(name = "review_prison", nullable = false)
  private boolean reviewPrison;

  /** Since when the slot waits for the chair's decision; null: it does not. */
  @Column(name = "review_since")
  private OffsetDateTime reviewSince;

  /** The new prison's video room, free at the slot's time, offered to the chair. */
  @ManyToOne
  @JoinColumn(name = "proposed_video_room_id")
  private Organisation proposedVideoRoom;

  /**
   * Why the client is being taken off the meeting, while it happens: the cancellations to the
   * slot's invitees say it. Not stored: the slot is gone afterwards (the audit trail keeps that it
   * was removed).
   */
  @jakarta.persistence.Transient private String takenOffReason;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "slot", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SlotInvitee> invitees = new ArrayList<>();

  @Version private long version;

  protected ClientSlot() {}

  ClientSlot(
      Meeting meeting,
      ClientCase clientCase,
      Instant start,
      Instant end,
      ClientAttendance attendance,
      String afterReleaseReason,
      String createdBy,
      Instant now) {
    this.meeting = meeting;
    this.clientCase = Objects.requireNonNull(clientCase, "clientCase");
    this.startsAt = Meeting.utc(start);
    this.endsAt = Meeting.utc(end);
    this.clientAttendance = attendance == null ? ClientAttendance.IN_PERSON : attendance;
    this.afterReleaseReason = Texts.atMost(afterReleaseReason, 1000, "the reason");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Meeting.utc(now);
  }

  /** Invites a partner's contact person; the consent policy must have allowed the organisation. */
  public SlotInvitee invitePartner(ContactPerson contact, Instant now) {
    if (!contact.isActive()) {
      throw new Refusal("invitee.inactive", "the contact person is no longer active");
    }
    if (activeInvitees().stream()
        .anyMatch(i -> i.contactPerson().filter(contact::equals).isPresent())) {
      throw new Refusal("invitee.contactTwice", "the contact person is invited already");
    }
    SlotInvitee invitee = SlotInvitee.partner(this, contact, now);
    invitees.add(invitee);
    return invitee;
  }

  /** The client's case worker takes part in every slot of their client. */
  public SlotInvitee inviteCaseWorker(StaffUser caseWorker, Instant now) {
    if (activeInvitees().stream()
        .anyMatch(i -> i.staffUser().filter(caseWorker::equals).isPresent())) {
      throw new Refusal("invitee.caseWorkerTwice", "the case worker is invited already");
    }
    SlotInvitee invitee = SlotInvitee.caseWorker(this, caseWorker, now);
    invitees.add(invitee);
    return invitee;
  }

  /**
   * How the client attends. Joining by video from prison books the prison's video room; the client
   * is an invitee unless they do not attend.
   */
  public void attend(ClientAttendance attendance, Organisation room, Instant now) {
    Objects.requireNonNull(attendance, "attendance");
    if (attendance == ClientAttendance.VIDEO_FROM_PRISON) {
      if (room == null || !room.hasVideoRoom()) {
        throw new Refusal(
            "slot.videoRoom", "choose a prison video room for a client who joins by video");
      }
      this.videoRoom = room;
    } else {
      this.videoRoom = null;
    }
    this.clientAttendance = attendance;
    // a new choice of how the client attends is the chair's decision on a changed prison
    if (reviewPrison) {
      reviewPrison = false;
      proposedVideoRoom = null;
      if (!reviewRelease) {
        reviewSince = null;
      }
    }
    Optional<SlotInvitee> client =
        activeInvitees().stream().filter(i -> i.kind() == InviteeKind.CLIENT).findFirst();
    if (attendance == ClientAttendance.NOT_ATTENDING) {
      client.ifPresent(i -> i.remove(RemovalReason.CLIENT_NOT_ATTENDING, now));
    } else if (client.isEmpty()) {
      invitees.add(SlotInvitee.client(this, now));
    }
  }

  /**
   * Takes an invitee off the slot; kept with the reason, so that their invitation can be cancelled.
   */
  public SlotInvitee removeInvitee(long inviteeId, RemovalReason reason, Instant now) {
    SlotInvitee invitee =
        activeInvitees().stream()
            .filter(i -> i.id() != null && i.id() == inviteeId)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no such invitee on the slot"));
    invitee.remove(reason, now);
    return invitee;
  }

  public void describeAgenda(String text) {
    if (text != null && text.length() > 20_000) {
      throw new Refusal("slot.agendaTooLong", "the agenda is at most 20 000 characters");
    }
    this.agenda = text == null || text.isBlank() ? null : text;
  }

  /**
   * A new time. Answers given for the old time no longer hold: every invitee is asked again (the
   * new invitation says what changed).
   */
  void moveTo(Instant start, Instant end) {
    boolean moved = startsAt != null && (!startsAt().equals(start) || !endsAt().equals(end));
    this.startsAt = Meeting.utc(start);
    this.endsAt = Meeting.utc(end);
    if (moved) {
      activeInvitees().forEach(SlotInvitee::askAgain);
    }
    // flagged for a release moved before it, and now moved to on or before the release: nothing
    // is left for the chair to decide on the date (the flag for a changed prison stays)
    if (reviewRelease && !meeting.isAfterRelease(clientCase)) {
      reviewRelease = false;
      if (!reviewPrison) {
        reviewSince = null;
      }
    }
  }

  void shift(Duration by) {
    moveTo(startsAt().plus(by), endsAt().plus(by));
  }

  void moveToMeeting(Meeting target, Instant start, Instant end, String reason) {
    this.meeting = target;
    if (reason != null && !reason.isBlank()) {
      this.afterReleaseReason = Texts.atMost(reason, 1000, "the reason").strip();
    }
    moveTo(start, end);
  }

  /**
   * The client's release date or prison changed after the slot was set. The slot is flagged, not
   * moved, and its invitations stay as they are until the chair decides ({@link #confirmReview}): a
   * slot now after the release needs a reason again (the old one was given for another date), and a
   * video room of a prison the client is no longer in is released at once (another client may need
   * it), with the new prison's room proposed when {@code proposedRoom} is given. Returns whether
   * the slot was flagged.
   */
  public boolean reviewAfterClientChange(
      boolean releaseMoved, Organisation newInstitution, Organisation proposedRoom, Instant now) {
    boolean flagged = false;
    if (releaseMoved && meeting.isAfterRelease(clientCase)) {
      this.afterReleaseReason = null;
      this.reviewRelease = true;
      flagged = true;
    }
    if (newInstitution != null
        && clientAttendance == ClientAttendance.VIDEO_FROM_PRISON
        && (videoRoom == null || !videoRoom.id().equals(newInstitution.id()))) {
      this.videoRoom = null;
      this.proposedVideoRoom = proposedRoom;
      this.reviewPrison = true;
      flagged = true;
    }
    if (flagged) {
      this.reviewSince = Meeting.utc(now);
    }
    return flagged;
  }

  /**
   * The chair decides on a flagged slot: it stays, with a reason when it is after the release, and
   * (when the prison changed) with the video room chosen, by default the proposed one. Returns
   * whether the place changed (the invitations must then follow).
   */
  public boolean confirmReview(String reason, Organisation room, Instant now) {
    if (reviewSince == null) {
      throw new Refusal("slot.noReview", "the slot does not wait for a decision");
    }
    if (reviewRelease && meeting.isAfterRelease(clientCase)) {
      if (reason == null || reason.isBlank()) {
        throw new Meeting.AfterRelease();
      }
      this.afterReleaseReason = Texts.atMost(reason, 1000, "the reason").strip();
    }
    boolean placeChanged = reviewPrison;
    if (reviewPrison) {
      // no room and none proposed: refused; the chair can change how the client attends instead
      attend(ClientAttendance.VIDEO_FROM_PRISON, room != null ? room : proposedVideoRoom, now);
    }
    reviewRelease = false;
    reviewSince = null;
    return placeChanged;
  }

  public boolean awaitsReview() {
    return reviewSince != null;
  }

  public boolean reviewRelease() {
    return reviewRelease;
  }

  public boolean reviewPrison() {
    return reviewPrison;
  }

  public Optional<Instant> reviewSince() {
    return Optional.ofNullable(reviewSince).map(OffsetDateTime::toInstant);
  }

  public Optional<Organisation> proposedVideoRoom() {
    return Optional.ofNullable(proposedVideoRoom);
  }

  public Long id() {
    return id;
  }

  public Meeting meeting() {
    return meeting;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public Instant startsAt() {
    return startsAt.toInstant();
  }

  public Instant endsAt() {
    return endsAt.toInstant();
  }

  public Duration length() {
    return Duration.between(startsAt(), endsAt());
  }

  public Optional<String> agenda() {
    return Optional.ofNullable(agenda);
  }

  public ClientAttendance clientAttendance() {
    return clientAttendance;
  }

  public Optional<Organisation> videoRoom() {
    return Optional.ofNullable(videoRoom);
  }

  /** The client is being taken off the meeting for this reason (none: null or blank). */
  public void takeOffBecause(String reason) {
    if (reason != null && reason.strip().length() > 500) {
      throw new Refusal("meeting.cancelReason", "the reason is at most 500 characters");
    }
    this.takenOffReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public Optional<String> takenOffReason() {
    return Optional.ofNullable(takenOffReason);
  }

  public Optional<String> afterReleaseReason() {
    return Optional.ofNullable(afterReleaseReason);
  }

  /** Everyone invited, including those removed later (their invitations must be cancelled). */
  public List<SlotInvitee> invitees() {
    return Collections.unmodifiableList(invitees);
  }

  public List<SlotInvitee> activeInvitees() {
    return invitees.stream().filter(SlotInvitee::isActive).toList();
  }

  public long version() {
    return version;
  }
}
