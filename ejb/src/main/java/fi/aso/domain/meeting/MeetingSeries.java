package fi.aso.domain.meeting;

import fi.aso.domain.Refusal;
import fi.aso.domain.region.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A region's regular meetings, e.g. "the second Tuesday of each month, 9-12, at the probation
 * office": an iCalendar recurrence rule (RFC 5545) with exception dates. Meetings are generated
 * from it ahead of time and can then be changed one by one.
 */
@Entity
@Table(name = "meeting_series")
@NamedQuery(
    name = "MeetingSeries.ofRegion",
    query = "select s from MeetingSeries s where s.region.id = :region order by s.id")
public class MeetingSeries {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 200)
  private String rrule;

  @Column(name = "first_date", nullable = false)
  private LocalDate firstDate;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @Column(nullable = false, length = 300)
  private String place;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_series_exception", joinColumns = @JoinColumn(name = "series_id"))
  @Column(name = "on_date")
  private Set<LocalDate> exceptions = new TreeSet<>();

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected MeetingSeries() {}

  public MeetingSeries(
      Region region,
      String title,
      String rrule,
      LocalDate firstDate,
      LocalTime start,
      LocalTime end,
      String place,
      Set<LocalDate> exceptions,
      String createdBy,
      Instant now) {
    this.region = Objects.requireNonNull(region, "region");
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new Refusal("series.title", "a series needs a title of at most 200 characters");
    }
    if (place == null || place.isBlank() || place.length() > 300) {
      throw new Refusal("series.place", "a series needs a place of at most 300 characters");
    }
    this.title = title.strip();
    this.place = place.strip();
    this.rrule = rrule == null ? null : rrule.strip();
    this.firstDate = firstDate;
    this.startTime = start;
    this.endTime = end;
    this.exceptions.addAll(exceptions == null ? Set.of() : exceptions);
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Meeting.utc(now);
    recurrence(); // refuses a bad rule, times or dates before anything is stored
  }

  /** The rule as a value that computes the dates (in the region's time zone, across DST). */
  public MeetingRecurrence recurrence() {
    return MeetingRecurrence.of(
        rrule, firstDate, startTime, endTime, ZoneId.of(region.timeZone()), exceptions);
  }

  /** Leaves a date out (a holiday): no meeting is generated for it any more. */
  public void skip(LocalDate date) {
    exceptions.add(Objects.requireNonNull(date, "date"));
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public String title() {
    return title;
  }

  public String rrule() {
    return rrule;
  }

  public LocalDate firstDate() {
    return firstDate;
  }

  public LocalTime startTime() {
    return startTime;
  }

  public LocalTime endTime() {
    return endTime;
  }

  public String place() {
    return place;
  }

  public Set<LocalDate> exceptions() {
    return Collections.unmodifiableSet(new TreeSet<>(exceptions));
  }
}
