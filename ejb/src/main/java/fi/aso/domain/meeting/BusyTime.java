package fi.aso.domain.meeting;

import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A busy time entered by hand, for a contact person without a calendar feed, a staff member or a
 * prison's video room ("the room is taken 10-11 by a court hearing").
 */
@Entity
@Table(name = "busy_time")
@NamedQuery(
    name = "BusyTime.between",
    query =
        "select b from BusyTime b where b.region.id = :region and b.startsAt < :to and b.endsAt > :from order by b.startsAt, b.id")
public class BusyTime {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne
  @JoinColumn(name = "contact_person_id")
  private ContactPerson contactPerson;

  @ManyToOne
  @JoinColumn(name = "staff_user_id")
  private StaffUser staffUser;

  @ManyToOne
  @JoinColumn(name = "video_room_id")
  private Organisation videoRoom;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(length = 200)
  private String note;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected BusyTime() {}

  private BusyTime(
      Region region, Instant start, Instant end, String note, String createdBy, Instant now) {
    this.region = Objects.requireNonNull(region, "region");
    if (start == null || end == null || !end.isAfter(start)) {
      throw new Refusal("busy.endsBeforeStart", "a busy time ends after it starts");
    }
    // a busy time is entered for the slot finder: from a year back to five years ahead
    Instant earliest = now.minus(Duration.ofDays(366));
    Instant latest = now.plus(Duration.ofDays(5 * 366));
    Bounds.between(start, earliest, latest, "busy.time", "a busy time");
    Bounds.between(end, earliest, latest, "busy.time", "a busy time");
    if (note != null && note.length() > 200) {
      throw new Refusal("busy.noteTooLong", "the note is at most 200 characters");
    }
    this.startsAt = Meeting.utc(start);
    this.endsAt = Meeting.utc(end);
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Meeting.utc(now);
  }

  public static BusyTime ofContact(
      Region region,
      ContactPerson contact,
      Instant start,
      Instant end,
      String note,
      String by,
      Instant now) {
    BusyTime busy = new BusyTime(region, start, end, note, by, now);
    busy.contactPerson = Objects.requireNonNull(contact, "contact");
    return busy;
  }

  public static BusyTime ofStaff(
      Region region,
      StaffUser staff,
      Instant start,
      Instant end,
      String note,
      String by,
      Instant now) {
    BusyTime busy = new BusyTime(region, start, end, note, by, now);
    busy.staffUser = Objects.requireNonNull(staff, "staff");
    return busy;
  }

  public static BusyTime ofVideoRoom(
      Region region,
      Organisation room,
      Instant start,
      Instant end,
      String note,
      String by,
      Instant now) {
    if (!room.hasVideoRoom()) {
      throw new Refusal("busy.noVideoRoom", "the organisation has no video room");
    }
    BusyTime busy = new BusyTime(region, start, end, note, by, now);
    busy.videoRoom = room;
    return busy;
  }

  public Long id() {
    return id;
  }

  public Optional<ContactPerson> contactPerson() {
    return Optional.ofNullable(contactPerson);
  }

  public Optional<StaffUser> staffUser() {
    return Optional.ofNullable(staffUser);
  }

  public Optional<Organisation> videoRoom() {
    return Optional.ofNullable(videoRoom);
  }

  public Instant startsAt() {
    return startsAt.toInstant();
  }

  public Instant endsAt() {
    return endsAt.toInstant();
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
