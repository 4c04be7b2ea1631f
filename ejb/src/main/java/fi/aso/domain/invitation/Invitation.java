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

  /**
   * A message the invitee's calendar needs: its kind and SEQUENCE, and for an update of a REQUEST
   * already sent, the time, place and video it named (so that the new one can say what changed).
   */
  public record Change(MessageKind kind, int sequence, Optional<Sent> before) {

    public Change(MessageKind kind, int sequence) {
      this(kind, sequence, Optional.empty());
    }
  }

  /** The time and place a message named, and whether it carried a video join link. */
  public record Sent(Instant start, Instant end, String place, boolean video) {

    public boolean sameTime(Instant otherStart, Instant otherEnd) {
      return start.equals(otherStart) && end.equals(otherEnd);
    }
  }

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

  /** Whether the last REQUEST carried a video join link (null: sent before this was recorded). */
  @Column(name = "sent_video")
  private Boolean sentVideo;

  /**
   * The SEQUENCE of the REQUEST that last asked for an answer (the first one, or the last new
   * time): a reply to it or a later version answers the time the invitee has now (null: recorded
   * before, only the current version counts).
   */
  @Column(name = "asked_sequence")
  private Integer askedSequence;

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
   * REQUEST only when something their calendar shows changed: the time, the place (as a calendar
   * shows it: spacing does not count) or whether the entry has a video join link (the first REQUEST
   * has SEQUENCE 0). A new time asks for a new answer; anything else the calendar does not show
   * (the agenda, the client's attendance, another invitee) sends nothing, so that a partner does
   * not get look-alike invitations. One removed, or whose meeting was cancelled, gets a CANCEL
   * once. Empty when the calendar is up to date.
   */
  public Optional<Change> follow(ClientSlot slot, boolean stillInvited, boolean video) {
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
    Optional<Sent> before =
        "ACTIVE".equals(state) && sequence >= 0
            ? Optional.of(
                new Sent(
                    sentStart.toInstant(),
                    sentEnd.toInstant(),
                    sentPlace,
                    sentVideo == null ? video : sentVideo))
            : Optional.empty();
    String place = slot.meeting().place();
    boolean same =
        before
            .filter(
                was ->
                    was.sameTime(slot.startsAt(), slot.endsAt())
                        && shown(was.place()).equals(shown(place))
                        && was.video() == video)
            .isPresent();
    if (same) {
      return Optional.empty();
    }
    state = "ACTIVE";
    sequence++;
    if (before.isEmpty() || !before.get().sameTime(slot.startsAt(), slot.endsAt())) {
      askedSequence = sequence;
    }
    sentStart = slot.startsAt().atOffset(ZoneOffset.UTC);
    sentEnd = slot.endsAt().atOffset(ZoneOffset.UTC);
    sentPlace = place;
    sentVideo = video;
    return Optional.of(new Change(MessageKind.REQUEST, sequence, before));
  }

  /** A place as a calendar shows it: runs of spaces, tabs and line breaks are one space. */
  public static String shown(String place) {
    return place == null ? "" : place.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
  }

  /**
   * Whether a reply to this SEQUENCE answers the invitation as it is now: the current version, or
   * an earlier one with the same time (only the place or the video link changed since).
   */
  public boolean answeredBy(int replySequence) {
    int asked = askedSequence == null ? sequence : askedSequence;
    return replySequence >= asked && replySequence <= sequence;
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
