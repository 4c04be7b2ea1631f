package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRecurrence;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.MeetingSeries;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chair's calendar: a region's regular series and its meetings, ad-hoc meetings, moving and
 * cancelling them. Slots and invitees are {@link MeetingPlanner}'s. Changes are announced for the
 * invitations; meetings carry no client names, so listing them reads no client data.
 */
@Stateless
public class MeetingCalendar {

  /** Generating further ahead than this is almost certainly a mistake. */
  static final int MAX_MONTHS_AHEAD = 24;

  @Inject MeetingRepository meetings;

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject MeetingEvents events;
  @Inject VideoLinkProvider videoLinks;
  @Inject ClientCaseRepository cases;
  @Inject VideoRoomBookings rooms;

  Clock clock = Clock.systemUTC();

  public MeetingCalendar() {}

  /** For tests outside the container. */
  public MeetingCalendar(
      MeetingRepository meetings,
      MeetingRights rights,
      CallerIdentity caller,
      AuditTrail audit,
      MeetingEvents events,
      VideoLinkProvider videoLinks,
      ClientCaseRepository cases,
      VideoRoomBookings rooms,
      Clock clock) {
    this.meetings = meetings;
    this.rights = rights;
    this.caller = caller;
    this.audit = audit;
    this.events = events;
    this.videoLinks = videoLinks;
    this.cases = cases;
    this.rooms = rooms;
    this.clock = clock;
  }

  /** The region's meetings overlapping [from, to] (dates in the region's zone). */
  public List<MeetingSummary> between(LocalDate from, LocalDate to) {
    StaffMember user = rights.regionStaff();
    Region region = rights.region(user);
    ZoneId zone = ZoneId.of(region.timeZone());
    if (from == null || to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
      throw new Refusal("calendar.rangeTooLong", "give a date range of at most two years");
    }
    Bounds.search(from, to);
    return meetings
        .ofRegionBetween(
            region.id(),
            from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant())
        .stream()
        .map(MeetingSummary::of)
        .toList();
  }

  /** A one-off meeting (e.g. a fast-track meeting for a short sentence). */
  public long scheduleAdHoc(Instant start, Instant end, String place) {
    ahead(start);
    return store(start, end, place, "meeting scheduled");
  }

  /**
   * A meeting already held, recorded afterwards (one held before the platform was taken into use,
   * or on paper during an outage), so that its meeting day, minutes and follow-up can be kept: it
   * started in the past, within a year.
   */
  public long recordHeld(Instant start, Instant end, String place) {
    Instant now = clock.instant();
    if (start == null || !start.isBefore(now) || start.isBefore(now.minus(Duration.ofDays(366)))) {
      throw new Refusal(
          "meeting.heldInPast", "a meeting recorded as held started in the past, within a year");
    }
    return store(start, end, place, "held meeting recorded afterwards");
  }

  private long store(Instant start, Instant end, String place, String purpose) {
    StaffMember chair = rights.chair();
    Meeting meeting =
        new Meeting(rights.region(chair), null, start, end, place, caller.name(), clock.instant());
    meeting.useVideoLink(videoLinks.newMeetingLink(start, end).orElse(null));
    meetings.store(meeting);
    audit.record(
        AuditRecord.success(AuditAction.CREATE, "Meeting", String.valueOf(meeting.id()), purpose));
    return meeting.id();
  }

  /**
   * A meeting is planned for a time still ahead, within three years (a held meeting is recorded on
   * the meeting day, not planned afterwards).
   */
  private void ahead(Instant start) {
    Instant now = clock.instant();
    if (start != null
        && (start.isBefore(now) || start.isAfter(now.plus(Duration.ofDays(3 * 366))))) {
      throw new Refusal(
          "meeting.startAhead", "a meeting is planned for a time ahead, within three years");
    }
  }

  public List<SeriesSummary> series() {
    Region region = rights.region(rights.regionStaff());
    return meetings.seriesOfRegion(region.id()).stream().map(SeriesSummary::of).toList();
  }

  /** A regular series, e.g. RRULE "FREQ=MONTHLY;BYDAY=2TU" from a first date, 9-12 at a place. */
  public long createSeries(
      String title,
      String rrule,
      LocalDate firstDate,
      LocalTime start,
      LocalTime end,
      String place,
      Set<LocalDate> exceptions) {
    StaffMember chair = rights.chair();
    MeetingSeries series =
        new MeetingSeries(
            rights.region(chair),
            title,
            rrule,
            firstDate,
            start,
            end,
            place,
            exceptions,
            caller.name(),
            clock.instant());
    meetings.storeSeries(series);
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE, "MeetingSeries", String.valueOf(series.id()), "meeting series"));
    return series.id();
  }

  /**
   * Creates the series' meetings from today (or its first date) up to a date; those that exist
   * already are left alone, so generating again is safe. Returns how many were created.
   */
  public int generate(long seriesId, LocalDate until) {
    MeetingSeries series = seriesOfChair(seriesId);
    ZoneId zone = ZoneId.of(series.region().timeZone());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (until == null || until.isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
      throw new Refusal(
          "series.tooFarAhead",
          "generate meetings at most " + MAX_MONTHS_AHEAD + " months ahead",
          MAX_MONTHS_AHEAD);
    }
    LocalDate from = series.firstDate().isAfter(today) ? series.firstDate() : today;
    int created = 0;
    List<MeetingRecurrence.Occurrence> occurrences = series.recurrence().between(from, until);
    // which occurrences have their meeting already, in one read
    Set<Instant> existing =
        new HashSet<>(
            meetings.startsOfSeriesAmong(
                series, occurrences.stream().map(o -> o.start().toInstant()).toList()));
    for (MeetingRecurrence.Occurrence occurrence : occurrences) {
      if (existing.add(occurrence.start().toInstant())) {
        Meeting meeting =
            new Meeting(
                series.region(),
                series,
                occurrence.start().toInstant(),
                occurrence.end().toInstant(),
                series.place(),
                caller.name(),
                clock.instant());
        meeting.useVideoLink(
            videoLinks
                .newMeetingLink(occurrence.start().toInstant(), occurrence.end().toInstant())
                .orElse(null));
        meetings.store(meeting);
        created++;
      }
    }
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE,
            "MeetingSeries",
            String.valueOf(seriesId),
            created + " meetings generated until " + until));
    return created;
  }

  /**
   * Leaves a date out of the series; a meeting already generated for it without clients is
   * cancelled.
   */
  public void skipDate(long seriesId, LocalDate date) {
    MeetingSeries series = seriesOfChair(seriesId);
    // looked up below: a date beyond what the database's timestamps hold was a 500
    Bounds.search(date, date);
    series.skip(date);
    ZoneId zone = ZoneId.of(series.region().timeZone());
    meetings
        .ofRegionBetween(
            series.region().id(),
            date.atStartOfDay(zone).toInstant(),
            date.plusDays(1).atStartOfDay(zone).toInstant())
        .stream()
        .filter(
            m ->
                m.series().filter(series::equals).isPresent()
                    && !m.isCancelled()
                    && m.slots().isEmpty())
        .forEach(Meeting::cancel);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "MeetingSeries",
            String.valueOf(seriesId),
            "date skipped: " + date));
  }

  /**
   * A new time or place; the slots move with the meeting. If invitees have already answered for the
   * current time, the chair must confirm ({@link NeedsConfirmation}).
   */
  public void reschedule(
      long meetingId,
      long expectedVersion,
      Instant start,
      Instant end,
      String place,
      boolean confirmed) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    boolean timeChanges = !meeting.startsAt().equals(start) || !meeting.endsAt().equals(end);
    int answered =
        (int)
            meeting.slots().stream()
                .flatMap(s -> s.activeInvitees().stream())
                .filter(i -> i.hasAnswered())
                .count();
    if (timeChanges) {
      ahead(start);
    }
    if (timeChanges && answered > 0 && !confirmed) {
      throw new NeedsConfirmation(answered);
    }
    meeting.reschedule(start, end, place);
    rooms.requireFree(meeting);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "Meeting", String.valueOf(meetingId), "meeting rescheduled"));
    events.changed(new MeetingChange(meetingId, slotIds(meeting), MeetingChange.Kind.RESCHEDULED));
  }

  /** Cancels the meeting; its clients go back to waiting for a meeting. */
  public void cancel(long meetingId, long expectedVersion) {
    cancel(meetingId, expectedVersion, null);
  }

  /** Cancels the meeting saying why; the reason goes to every invitee with the cancellation. */
  public void cancel(long meetingId, long expectedVersion, String reason) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    meeting.cancel(reason);
    for (ClientSlot slot : meeting.slots()) {
      if (slot.clientCase().state() == CaseState.SCHEDULED) {
        cases.record(
            slot.clientCase()
                .moveTo(
                    CaseState.READY_FOR_MEETING,
                    caller.name(),
                    "meeting cancelled",
                    clock.instant().atOffset(ZoneOffset.UTC)));
      }
    }
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE, "Meeting", String.valueOf(meetingId), "meeting cancelled"));
    events.changed(new MeetingChange(meetingId, slotIds(meeting), MeetingChange.Kind.CANCELLED));
  }

  private MeetingSeries seriesOfChair(long seriesId) {
    StaffMember chair = rights.chair();
    MeetingSeries series = meetings.findSeries(seriesId).orElse(null);
    if (series == null || !series.region().id().equals(rights.region(chair).id())) {
      throw new CaseAccessDenied();
    }
    return series;
  }

  static Set<Long> slotIds(Meeting meeting) {
    return meeting.slots().stream().map(ClientSlot::id).collect(Collectors.toSet());
  }
}
