package fi.aso.application.meeting;

import fi.aso.domain.Refusal;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRecurrence;
import fi.aso.domain.meeting.MeetingSeries;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chair's calendar: a region's regular series and its meetings, ad-hoc meetings, moving and
 * cancelling them. Slots and invitees are {@link MeetingPlanner}'s. Changes are announced for
 * the invitations; meetings carry no client names, so listing them reads no client data.
 */
@Stateless
public class MeetingCalendar {

  /** Generating further ahead than this is almost certainly a mistake. */
  static final int MAX_MONTHS_AHEAD = 24;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject MeetingEvents events;
  @Inject VideoLinkProvider videoLinks;
  @Inject ClientCaseRepository cases;
  @Inject VideoRoomBookings rooms;

  Clock clock = Clock.systemUTC();

  /** The region's meetings overlapping [from, to] (dates in the region's zone). */
  public List<MeetingSummary> between(LocalDate from, LocalDate to) {
    StaffUser user = rights.regionStaff();
    Region region = rights.region(user);
    ZoneId zone = ZoneId.of(region.timeZone());
    if (from == null || to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
      throw new Refusal("calendar.rangeTooLong", "give a date range of at most two years");
    }
    return em.createNamedQuery("Meeting.inRegionBetween", Meeting.class)
        .setParameter("region", region.id())
        .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime())
        .setParameter("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
        .getResultList()
        .stream()
        .map(MeetingSummary::of)
        .toList();
  }

  /** A one-off meeting (e.g. a fast-track meeting for a short sentence). */
  public long scheduleAdHoc(Instant start, Instant end, String place) {
    StaffUser chair = rights.chair();
    Meeting meeting = new Meeting(rights.region(chair), null, start, end, place, caller.name(), clock.instant());
    meeting.useVideoLink(videoLinks.newMeetingLink());
    em.persist(meeting);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "Meeting", String.valueOf(meeting.id()), "meeting scheduled"));
    return meeting.id();
  }

  public List<SeriesSummary> series() {
    Region region = rights.region(rights.regionStaff());
    return em.createNamedQuery("MeetingSeries.ofRegion", MeetingSeries.class)
        .setParameter("region", region.id())
        .getResultStream()
        .map(SeriesSummary::of)
        .toList();
  }

  /** A regular series, e.g. RRULE "FREQ=MONTHLY;BYDAY=2TU" from a first date, 9-12 at a place. */
  public long createSeries(String title, String rrule, LocalDate firstDate, LocalTime start, LocalTime end, String place,
      Set<LocalDate> exceptions) {
    StaffUser chair = rights.chair();
    MeetingSeries series = new MeetingSeries(rights.region(chair), title, rrule, firstDate, start, end, place, exceptions,
        caller.name(), clock.instant());
    em.persist(series);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "MeetingSeries", String.valueOf(series.id()), "meeting series"));
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
      throw new Refusal("series.tooFarAhead", "generate meetings at most " + MAX_MONTHS_AHEAD + " months ahead", MAX_MONTHS_AHEAD);
    }
    LocalDate from = series.firstDate().isAfter(today) ? series.firstDate() : today;
    int created = 0;
    for (MeetingRecurrence.Occurrence occurrence : series.recurrence().between(from, until)) {
      boolean exists = !em.createNamedQuery("Meeting.ofSeriesAt", Meeting.class)
          .setParameter("series", series)
          .setParameter("at", occurrence.start().toInstant().atOffset(ZoneOffset.UTC))
          .getResultList()
          .isEmpty();
      if (!exists) {
        Meeting meeting = new Meeting(series.region(), series, occurrence.start().toInstant(), occurrence.end().toInstant(),
            series.place(), caller.name(), clock.instant());
        meeting.useVideoLink(videoLinks.newMeetingLink());
        em.persist(meeting);
        created++;
      }
    }
    audit.record(AuditRecord.success(AuditAction.CREATE, "MeetingSeries", String.valueOf(seriesId),
        created + " meetings generated until " + until));
    return created;
  }

  /** Leaves a date out of the series; a meeting already generated for it without clients is cancelled. */
  public void skipDate(long seriesId, LocalDate date) {
    MeetingSeries series = seriesOfChair(seriesId);
    series.skip(date);
    ZoneId zone = ZoneId.of(series.region().timeZone());
    em.createNamedQuery("Meeting.inRegionBetween", Meeting.class)
        .setParameter("region", series.region().id())
        .setParameter("from", date.atStartOfDay(zone).toOffsetDateTime())
        .setParameter("to", date.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
        .getResultStream()
        .filter(m -> m.series().filter(series::equals).isPresent() && !m.isCancelled() && m.slots().isEmpty())
        .forEach(Meeting::cancel);
    audit.record(AuditRecord.success(AuditAction.UPDATE, "MeetingSeries", String.valueOf(seriesId), "date skipped: " + date));
  }

  /**
   * A new time or place; the slots move with the meeting. If invitees have already answered for
   * the current time, the chair must confirm ({@link NeedsConfirmation}).
   */
  public void reschedule(long meetingId, long expectedVersion, Instant start, Instant end, String place, boolean confirmed) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    boolean timeChanges = !meeting.startsAt().equals(start) || !meeting.endsAt().equals(end);
    int answered = (int) meeting.slots().stream()
        .flatMap(s -> s.activeInvitees().stream())
        .filter(i -> i.hasAnswered())
        .count();
    if (timeChanges && answered > 0 && !confirmed) {
      throw new NeedsConfirmation(answered);
    }
    meeting.reschedule(start, end, place);
    rooms.requireFree(meeting);
    audit.record(AuditRecord.success(AuditAction.UPDATE, "Meeting", String.valueOf(meetingId), "meeting rescheduled"));
    events.changed(new MeetingChange(meetingId, slotIds(meeting), MeetingChange.Kind.RESCHEDULED));
  }

  /** Cancels the meeting; its clients go back to waiting for a meeting. */
  public void cancel(long meetingId, long expectedVersion) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    meeting.cancel();
    for (ClientSlot slot : meeting.slots()) {
      if (slot.clientCase().state() == CaseState.SCHEDULED) {
        cases.record(slot.clientCase().moveTo(CaseState.READY_FOR_MEETING, caller.name(), "meeting cancelled",
            clock.instant().atOffset(ZoneOffset.UTC)));
      }
    }
    audit.record(AuditRecord.success(AuditAction.UPDATE, "Meeting", String.valueOf(meetingId), "meeting cancelled"));
    events.changed(new MeetingChange(meetingId, slotIds(meeting), MeetingChange.Kind.CANCELLED));
  }

  private MeetingSeries seriesOfChair(long seriesId) {
    StaffUser chair = rights.chair();
    MeetingSeries series = em.find(MeetingSeries.class, seriesId);
    if (series == null || !series.region().id().equals(rights.region(chair).id())) {
      throw new CaseAccessDenied();
    }
    return series;
  }

  static Set<Long> slotIds(Meeting meeting) {
    return meeting.slots().stream().map(ClientSlot::id).collect(Collectors.toSet());
  }
}
