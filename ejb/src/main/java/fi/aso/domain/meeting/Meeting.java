package fi.aso.domain.meeting;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.region.Region;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting of a region's group: a time window, a place and a video link, hosting 2-4 client
 * slots (seed 004). The meeting guards its slots' rules: every slot lies inside the meeting, no two
 * overlap, a client has at most one slot per meeting, and a slot after the client's expected
 * release needs a recorded reason. Concurrent edits are caught by the version.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(
    name = "Meeting.inRegionBetween",
    query =
        "select m from Meeting m where m.region.id = :region and m.startsAt < :to and m.endsAt > :from order by m.startsAt, m.id")
@NamedQuery(
    name = "Meeting.startsOfSeriesAmong",
    query = "select m.startsAt from Meeting m where m.series = :series and m.startsAt in :starts")
public class Meeting {

  /** Longer meetings are almost certainly typing mistakes (a day instead of an hour). */
  public static final Duration LONGEST = Duration.ofHours(12);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne
  @JoinColumn(name = "series_id")
  private MeetingSeries series;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(nullable = false, length = 300)
  private String place;

  @Column(name = "video_link", length = 1000)
  private String videoLink;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private MeetingStatus status = MeetingStatus.PLANNED;

  /** Why the meeting was cancelled, for the invitees (no client data: the page says so). */
  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  // no orphan removal: a slot taken out of this list may be moving to another meeting; the
  // service deletes a removed slot itself
  @OneToMany(
      mappedBy = "meeting",
      cascade = {CascadeType.PERSIST, CascadeType.MERGE})
  @OrderBy("startsAt")
  private List<ClientSlot> slots = new ArrayList<>();

  @Version private long version;

  protected Meeting() {}

  public Meeting(
      Region region,
      MeetingSeries series,
      Instant start,
      Instant end,
      String place,
      String createdBy,
      Instant now) {
    this.region = Objects.requireNonNull(region, "region");
    this.series = series;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = utc(now);
    setTimes(start, end);
    this.place = requirePlace(place);
  }

  /** Gives the meeting its video link (from the configured provider). */
  public void useVideoLink(String link) {
    this.videoLink = link;
  }

  /**
   * New time or place. Slots keep their place relative to the meeting's start (a meeting moved by a
   * week moves its slots by a week) and must still fit in the new window.
   */
  public void reschedule(Instant start, Instant end, String newPlace) {
    requirePlanned();
    Duration shift = Duration.between(startsAt(), start);
    for (ClientSlot slot : slots) {
      Instant slotStart = slot.startsAt().plus(shift);
      Instant slotEnd = slot.endsAt().plus(shift);
      if (slotStart.isBefore(start) || slotEnd.isAfter(end)) {
        throw new Refusal(
            "meeting.slotsDoNotFit",
            "the client slots do not fit in the new time; move or shorten them first");
      }
    }
    setTimes(start, end);
    this.place = requirePlace(newPlace);
    slots.forEach(s -> s.shift(shift));
  }

  public void cancel() {
    cancel(null);
  }

  /** Cancels the meeting, saying why (none: null or blank). */
  public void cancel(String reason) {
    requirePlanned();
    if (reason != null && reason.strip().length() > 500) {
      throw new Refusal("meeting.cancelReason", "the reason is at most 500 characters");
    }
    this.status = MeetingStatus.CANCELLED;
    this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** Who made the meeting (a chair's user name). */
  public String createdBy() {
    return createdBy;
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  /**
   * Puts a client's case on this meeting. A meeting later than the client's expected release needs
   * a reason (release was moved, follow-up meeting, ...), which is kept with the slot.
   */
  public ClientSlot schedule(
      ClientCase clientCase,
      Instant start,
      Duration length,
      ClientAttendance attendance,
      String afterReleaseReason,
      String actor,
      Instant now) {
    requirePlanned();
    if (length == null || length.isNegative() || length.isZero()) {
      throw new Refusal("slot.length", "a slot needs a length");
    }
    if (slots.stream().anyMatch(s -> s.clientCase().id().equals(clientCase.id()))) {
      throw new Refusal("slot.clientTwice", "the client already has a slot in this meeting");
    }
    if (!clientCase.region().id().equals(region.id())) {
      throw new Refusal("slot.otherRegion", "the case belongs to another region");
    }
    String reason =
        afterReleaseReason == null || afterReleaseReason.isBlank()
            ? null
            : afterReleaseReason.strip();
    if (isAfterRelease(clientCase) && reason == null) {
      throw new AfterRelease();
    }
    Instant end = start.plus(length);
    checkFits(null, start, end);
    ClientSlot slot = new ClientSlot(this, clientCase, start, end, attendance, reason, actor, now);
    slots.add(slot);
    slots.sort(Comparator.comparing(ClientSlot::startsAt));
    return slot;
  }

  /**
   * Whether the meeting's day is after the client's expected release date (in the region's zone).
   */
  public boolean isAfterRelease(ClientCase clientCase) {
    LocalDate day = startsAt().atZone(zone()).toLocalDate();
    return clientCase.expectedReleaseDate().map(day::isAfter).orElse(false);
  }

  /** Moves a slot to a new start (same length) within this meeting. */
  public void move(ClientSlot slot, Instant newStart) {
    requirePlanned();
    requireOwn(slot);
    Instant end = newStart.plus(slot.length());
    checkFits(slot, newStart, end);
    slot.moveTo(newStart, end);
    slots.sort(Comparator.comparing(ClientSlot::startsAt));
  }

  /**
   * Puts the slots in the given order, back to back from where the first slot starts now (each
   * keeps its length). The ids must be exactly this meeting's slots.
   */
  public void reorder(List<Long> slotIdsInOrder) {
    requirePlanned();
    if (slotIdsInOrder.size() != slots.size()
        || !slots.stream().map(ClientSlot::id).allMatch(slotIdsInOrder::contains)) {
      throw new Refusal("slot.everyOnce", "give every slot of the meeting exactly once");
    }
    Instant at =
        slots.stream().map(ClientSlot::startsAt).min(Comparator.naturalOrder()).orElse(startsAt());
    List<ClientSlot> ordered = new ArrayList<>();
    for (Long id : slotIdsInOrder) {
      ordered.add(slots.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
    }
    for (ClientSlot slot : ordered) {
      Instant end = at.plus(slot.length());
      if (end.isAfter(endsAt())) {
        throw new Refusal("slot.order", "the slots do not fit in the meeting in this order");
      }
      slot.moveTo(at, end);
      at = end;
    }
    slots.sort(Comparator.comparing(ClientSlot::startsAt));
  }

  /**
   * New starts for several slots at once (a slot finder's plan): checked as a whole, so that slots
   * may swap places; slots not named keep their time.
   */
  public void plan(Map<Long, Instant> startsBySlotId) {
    requirePlanned();
    Map<ClientSlot, Instant> starts = new LinkedHashMap<>();
    for (ClientSlot slot : slots) {
      starts.put(slot, startsBySlotId.getOrDefault(slot.id(), slot.startsAt()));
    }
    if (!slots.stream().map(ClientSlot::id).toList().containsAll(startsBySlotId.keySet())) {
      throw new Refusal("slot.planUnknown", "the plan names a slot that is not on this meeting");
    }
    List<ClientSlot> all = new ArrayList<>(starts.keySet());
    for (int i = 0; i < all.size(); i++) {
      ClientSlot a = all.get(i);
      Instant aStart = starts.get(a);
      Instant aEnd = aStart.plus(a.length());
      if (aStart.isBefore(startsAt()) || aEnd.isAfter(endsAt())) {
        throw new Refusal("slot.outsideMeeting", "the slot must lie within the meeting's time");
      }
      for (int j = i + 1; j < all.size(); j++) {
        ClientSlot b = all.get(j);
        if (SlotOverlap.overlaps(aStart, aEnd, starts.get(b), starts.get(b).plus(b.length()))) {
          throw new Refusal("slot.overlap", "the slot overlaps another client's slot");
        }
      }
    }
    starts.forEach((slot, start) -> slot.moveTo(start, start.plus(slot.length())));
    slots.sort(Comparator.comparing(ClientSlot::startsAt));
  }

  /**
   * Takes a slot off the meeting (its invitations are cancelled by the invitations issue); the
   * caller deletes the slot.
   */
  public void remove(ClientSlot slot) {
    requirePlanned();
    requireOwn(slot);
    slots.remove(slot);
  }

  /** Moves a slot from another meeting to this one, at the given start; its invitees go with it. */
  public void takeOver(ClientSlot slot, Instant start, String afterReleaseReason) {
    requirePlanned();
    Meeting from = slot.meeting();
    if (from == this) {
      move(slot, start);
      return;
    }
    if (!from.region.id().equals(region.id())) {
      throw new Refusal("meeting.otherRegion", "the meetings belong to different regions");
    }
    if (slots.stream().anyMatch(s -> s.clientCase().id().equals(slot.clientCase().id()))) {
      throw new Refusal("slot.clientTwiceThere", "the client already has a slot in that meeting");
    }
    if (isAfterRelease(slot.clientCase())
        && (afterReleaseReason == null || afterReleaseReason.isBlank())
        && slot.afterReleaseReason().isEmpty()) {
      throw new AfterRelease();
    }
    Instant end = start.plus(slot.length());
    checkFits(null, start, end);
    from.requirePlanned();
    from.slots.remove(slot);
    slot.moveToMeeting(this, start, end, afterReleaseReason);
    slots.add(slot);
    slots.sort(Comparator.comparing(ClientSlot::startsAt));
  }

  private void checkFits(ClientSlot moving, Instant start, Instant end) {
    if (start.isBefore(startsAt()) || end.isAfter(endsAt())) {
      throw new Refusal("slot.outsideMeeting", "the slot must lie within the meeting's time");
    }
    for (ClientSlot other : slots) {
      if (other != moving && SlotOverlap.overlaps(start, end, other.startsAt(), other.endsAt())) {
        throw new Refusal("slot.overlap", "the slot overlaps another client's slot");
      }
    }
  }

  private void requireOwn(ClientSlot slot) {
    if (!slots.contains(slot)) {
      throw new Refusal("slot.notOnMeeting", "the slot is not on this meeting");
    }
  }

  private void requirePlanned() {
    if (status != MeetingStatus.PLANNED) {
      throw new Refusal("meeting.cancelled", "the meeting is cancelled");
    }
  }

  private void setTimes(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new Refusal("meeting.endsBeforeStart", "a meeting ends after it starts");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw new Refusal("meeting.tooLong", "a meeting lasts at most 12 hours");
    }
    this.startsAt = utc(start);
    this.endsAt = utc(end);
  }

  private static String requirePlace(String place) {
    if (place == null || place.isBlank()) {
      throw new Refusal("meeting.placeRequired", "a meeting needs a place");
    }
    if (place.length() > 300) {
      throw new Refusal("meeting.placeTooLong", "the place is at most 300 characters");
    }
    return place.strip();
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public ZoneId zone() {
    return ZoneId.of(region.timeZone());
  }

  public Optional<MeetingSeries> series() {
    return Optional.ofNullable(series);
  }

  public Instant startsAt() {
    return startsAt.toInstant();
  }

  public Instant endsAt() {
    return endsAt.toInstant();
  }

  public String place() {
    return place;
  }

  public Optional<String> videoLink() {
    return Optional.ofNullable(videoLink);
  }

  public MeetingStatus status() {
    return status;
  }

  public boolean isCancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  /** The slots in time order. */
  public List<ClientSlot> slots() {
    return Collections.unmodifiableList(slots);
  }

  public long version() {
    return version;
  }

  /** A slot on a day after the client's expected release, without a reason given. */
  public static class AfterRelease extends Refusal {
    public AfterRelease() {
      super(
          "slot.afterRelease",
          "the meeting is after the client's expected release date: give a reason");
    }
  }
}
