package fi.aso.domain.invitation;

import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.DeliveryChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One invitee's invitation to one client slot, as their calendar knows it: a stable iCalendar UID,
 * a SEQUENCE that grows with every change, and the time and place last sent. Comparing that with
 * the slot as it is now says whether an update or a cancellation must go out.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.ofInvitees",
    query = "select i from Invitation i where i.invitee.id in :invitees")
@NamedQuery(name = "Invitation.byUid", query = "select i from Invitation i where i.uid = :uid")
@NamedQuery(
    name = "Invitation.activeOfSlot",
    query = "select i from Invitation i where i.slotId = :slot and i.state = 'ACTIVE'")
public class Invitation {

  /** What must go out to bring the invitee's calendar up to date. */
  /**
   * A message the invitee's calendar needs: its kind and SEQUENCE, and for an update of a REQUEST
   * already sent, the time and place it named (so that the new one can say what changed).
   */
  public record Change(MessageKind kind, int sequence, Optional<Sent> before) {

    public Change(MessageKind kind, int sequence) {
      this(kind, sequence, Optional.empty());
    }
  }

  /** The time and place a message named. */
  public record Sent(Instant start, Instant end, String place) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne
  @JoinColumn(name = "invitee_id")
  private SlotInvitee invitee;

  @Column(name = "slot_id")
  private Long slotId;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "organisation_id")
  private Long organisationId;

  /** The region whose meeting this is: its administrators see the invitation's deliveries. */
  @Column(name = "region_id", nullable = false)
  private Long regionId;

  @Column(nullable = false, unique = true, length = 200)
  private String uid;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(name = "attendee_email", nullable = false, length = 320)
  private String attendeeEmail;

  @Column(name = "attendee_name", nullable = false, length = 200)
  private String attendeeName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryChannel channel;

  @Column(name = "sent_start")
  private OffsetDateTime sentStart;

  @Column(name = "sent_end")
  private OffsetDateTime sentEnd;

  @Column(name = "sent_place", length = 300)
  private String sentPlace;

  @Column(nullable = false, length = 12)
  private String state;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Invitation() {}

  public long regionId() {
    return regionId;
  }

  public Invitation(
      SlotInvitee invitee,
      String email,
      String name,
      DeliveryChannel channel,
      String uidDomain,
      Instant now) {
    this.invitee = Objects.requireNonNull(invitee, "invitee");
    this.slotId = invitee.slot().id();
    this.caseId = invitee.slot().clientCase().id();
    this.regionId = invitee.slot().meeting().region().id();
    this.organisationId = invitee.organisation().map(o -> o.id()).orElse(null);
    this.uid = UUID.randomUUID() + "@" + uidDomain;
    this.sequence = -1;
    this.attendeeEmail = Objects.requireNonNull(email, "email");
    this.attendeeName = Objects.requireNonNull(name, "name");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.state = "ACTIVE";
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Compares the slot with what was sent. An invitee still invited to a planned meeting gets a
   * REQUEST when anything they see changed (the first one has SEQUENCE 0); one removed, or whose
   * meeting was cancelled, gets a CANCEL once. Empty when the calendar is up to date.
   */
  public Optional<Change> follow(ClientSlot slot, boolean stillInvited) {
    boolean wanted = stillInvited && !slot.meeting().isCancelled();
    if (!wanted) {
      if (!"ACTIVE".equals(state) || sequence < 0) {
        state = "CANCELLED";
        return Optional.empty();
      }
      state = "CANCELLED";
      sequence++;
      return Optional.of(new Change(MessageKind.CANCEL, sequence));
    }
    boolean same =
        "ACTIVE".equals(state)
            && sequence >= 0
            && sentStart.toInstant().equals(slot.startsAt())
            && sentEnd.toInstant().equals(slot.endsAt())
            && slot.meeting().place().equals(sentPlace);
    if (same) {
      return Optional.empty();
    }
    Optional<Sent> before =
        "ACTIVE".equals(state) && sequence >= 0
            ? Optional.of(new Sent(sentStart.toInstant(), sentEnd.toInstant(), sentPlace))
            : Optional.empty();
    state = "ACTIVE";
    sequence++;
    sentStart = slot.startsAt().atOffset(ZoneOffset.UTC);
    sentEnd = slot.endsAt().atOffset(ZoneOffset.UTC);
    sentPlace = slot.meeting().place();
    return Optional.of(new Change(MessageKind.REQUEST, sequence, before));
  }

  /** Cancels what was sent, when the slot is about to disappear. */
  public Optional<Change> cancel() {
    if (!"ACTIVE".equals(state)) {
      return Optional.empty();
    }
    state = "CANCELLED";
    if (sequence < 0) {
      return Optional.empty();
    }
    sequence++;
    return Optional.of(new Change(MessageKind.CANCEL, sequence));
  }

  public Long id() {
    return id;
  }

  public Optional<SlotInvitee> invitee() {
    return Optional.ofNullable(invitee);
  }

  public Long slotId() {
    return slotId;
  }

  public Long caseId() {
    return caseId;
  }

  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  public String uid() {
    return uid;
  }

  public int sequence() {
    return sequence;
  }

  public String attendeeEmail() {
    return attendeeEmail;
  }

  public String attendeeName() {
    return attendeeName;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public Optional<Instant> sentStart() {
    return Optional.ofNullable(sentStart).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> sentEnd() {
    return Optional.ofNullable(sentEnd).map(OffsetDateTime::toInstant);
  }

  public Optional<String> sentPlace() {
    return Optional.ofNullable(sentPlace);
  }

  public boolean isActive() {
    return "ACTIVE".equals(state);
  }
}
