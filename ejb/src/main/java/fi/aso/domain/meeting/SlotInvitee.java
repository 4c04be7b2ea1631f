package fi.aso.domain.meeting;

import fi.aso.domain.Refusal;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.StaffUser;
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
import java.util.Objects;
import java.util.Optional;

/**
 * One person invited to one client slot: a partner's contact person (for their organisation), the
 * case worker, or the client. Removal is recorded rather than deleted, so that the invitation can
 * be cancelled and the history shows who was invited.
 */
@Entity
@Table(name = "slot_invitee")
@NamedQuery(
    name = "SlotInvitee.activeOfOrganisationFrom",
    query =
        "select i from SlotInvitee i where i.organisation.id = :organisation and i.removedAt is null"
            + " and i.slot.endsAt > :from and i.slot.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " order by i.slot.startsAt")
@NamedQuery(
    name = "SlotInvitee.activeOfCaseAndOrganisations",
    query =
        "select i from SlotInvitee i where i.slot.clientCase.id = :caseId and i.organisation.id in :organisations"
            + " and i.removedAt is null")
@NamedQuery(
    name = "SlotInvitee.declinedInRegionFrom",
    query =
        "select i from SlotInvitee i where i.slot.meeting.region.id = :region and i.removedAt is null"
            + " and i.answer = fi.aso.domain.meeting.InvitationAnswer.DECLINED"
            + " and i.slot.endsAt > :from and i.slot.meeting.status = fi.aso.domain.meeting.MeetingStatus.PLANNED"
            + " order by i.answeredAt desc")
public class SlotInvitee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "slot_id")
  private ClientSlot slot;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InviteeKind kind;

  @ManyToOne
  @JoinColumn(name = "contact_person_id")
  private ContactPerson contactPerson;

  @ManyToOne
  @JoinColumn(name = "staff_user_id")
  private StaffUser staffUser;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private InvitationAnswer answer = InvitationAnswer.NEEDS_ACTION;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "removed_at")
  private OffsetDateTime removedAt;

  @Column(name = "removed_reason", length = 200)
  private String removedReason;

  @Column(name = "joined_by_video_at")
  private OffsetDateTime joinedByVideoAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private Attendance attendance;

  /** An absent agency's written statement for the slot. */
  @Column(columnDefinition = "text")
  private String statement;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected SlotInvitee() {}

  private SlotInvitee(ClientSlot slot, InviteeKind kind, Instant now) {
    this.slot = Objects.requireNonNull(slot, "slot");
    this.kind = kind;
    this.createdAt = Meeting.utc(now);
  }

  static SlotInvitee partner(ClientSlot slot, ContactPerson contact, Instant now) {
    SlotInvitee invitee = new SlotInvitee(slot, InviteeKind.PARTNER, now);
    invitee.contactPerson = contact;
    invitee.organisation = contact.organisation();
    return invitee;
  }

  static SlotInvitee caseWorker(ClientSlot slot, StaffUser caseWorker, Instant now) {
    SlotInvitee invitee = new SlotInvitee(slot, InviteeKind.CASE_WORKER, now);
    invitee.staffUser = caseWorker;
    invitee.organisation = caseWorker.organisation().orElse(null);
    return invitee;
  }

  static SlotInvitee client(ClientSlot slot, Instant now) {
    return new SlotInvitee(slot, InviteeKind.CLIENT, now);
  }

  /** The invitee's answer (from a calendar reply or an answer link, in the invitations issue). */
  public void answer(InvitationAnswer given, Instant at) {
    this.answer = Objects.requireNonNull(given, "given");
    this.answeredAt = Meeting.utc(at);
  }

  /** The time changed: an answer given for the old one is asked for again. */
  void askAgain() {
    this.answer = InvitationAnswer.NEEDS_ACTION;
    this.answeredAt = null;
  }

  void remove(RemovalReason reason, Instant at) {
    this.removedAt = Meeting.utc(at);
    this.removedReason = reason == null ? null : reason.name();
  }

  /** The invitee followed their personal join link to the video room. */
  public void joinedByVideo(Instant at) {
    if (joinedByVideoAt == null) {
      this.joinedByVideoAt = Meeting.utc(at);
    }
  }

  /** How the invitee took part, recorded on the meeting day (with an absent agency's statement). */
  public void attended(Attendance how, String writtenStatement) {
    if (writtenStatement != null && writtenStatement.length() > 20_000) {
      throw new Refusal("invitee.statementTooLong", "a statement is at most 20 000 characters");
    }
    this.attendance = how;
    this.statement =
        writtenStatement == null || writtenStatement.isBlank() ? null : writtenStatement;
  }

  public Optional<Attendance> attendance() {
    return Optional.ofNullable(attendance);
  }

  public Optional<String> statement() {
    return Optional.ofNullable(statement);
  }

  public boolean isActive() {
    return removedAt == null;
  }

  /**
   * Whether the invitee has answered anything yet (moving the meeting then asks for confirmation).
   */
  public boolean hasAnswered() {
    return answer != InvitationAnswer.NEEDS_ACTION;
  }

  public Long id() {
    return id;
  }

  public ClientSlot slot() {
    return slot;
  }

  public InviteeKind kind() {
    return kind;
  }

  public Optional<ContactPerson> contactPerson() {
    return Optional.ofNullable(contactPerson);
  }

  public Optional<StaffUser> staffUser() {
    return Optional.ofNullable(staffUser);
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public InvitationAnswer answer() {
    return answer;
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> removedAt() {
    return Optional.ofNullable(removedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<RemovalReason> removedReason() {
    return RemovalReason.of(removedReason);
  }

  public Optional<Instant> joinedByVideoAt() {
    return Optional.ofNullable(joinedByVideoAt).map(OffsetDateTime::toInstant);
  }
}
