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
