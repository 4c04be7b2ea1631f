package fi.aso.application.meeting;

import fi.aso.application.invitation.Reminders;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The day before (the working day before, as the invitees' reminders) the chair hears of every
 * video slot that is not ready: the client joins by video from prison but no video room is booked
 * (released after a transfer and not yet chosen again), or there is no working link for the join
 * links to forward to. Run by the reminder timer on every node: each notice is written once per
 * slot, day and problem (its idempotency key), so another node's round, or the next one, writes
 * nothing new.
 */
@Stateless
public class VideoReadiness {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** What is missing; the notice's message keys are {@code mail.videoCheck.<problem>.*}. */
  public enum Problem {
    NO_ROOM,
    NO_LINK
  }

  @Inject MeetingRepository meetings;
  @Inject ChairNotices notices;

  Clock clock = Clock.systemUTC();

  public VideoReadiness() {}

  /** For tests outside the container. */
  public VideoReadiness(MeetingRepository meetings, ChairNotices notices, Clock clock) {
    this.meetings = meetings;
    this.notices = notices;
    this.clock = clock;
  }

  /** Writes the notices due now (about the next working day's slots); returns how many. */
  public int writeDue() {
    Instant now = clock.instant();
    LocalDate day = Reminders.nextWorkingDay(LocalDate.ofInstant(now, HELSINKI));
    int written = 0;
    for (ClientSlot slot :
        meetings.plannedSlotsStartingBetween(
            day.atStartOfDay(HELSINKI).toInstant(),
            day.plusDays(1).atStartOfDay(HELSINKI).toInstant())) {
      Optional<Problem> problem = problem(slot);
      if (problem.isPresent()
          && notices.tell(
              slot,
              "videoCheck." + problem.get(),
              "video-check:" + slot.id() + ":" + day + ":" + problem.get(),
              now)) {
        written++;
      }
    }
    return written;
  }

  /** What keeps a video slot from working; empty for a slot that is ready or not by video. */
  public static Optional<Problem> problem(ClientSlot slot) {
    if (slot.clientAttendance() != ClientAttendance.VIDEO_FROM_PRISON) {
      return Optional.empty();
    }
    if (slot.videoRoom().isEmpty()) {
      return Optional.of(Problem.NO_ROOM);
    }
    return JoinLinks.videoRoomOf(slot).filter(VideoReadiness::works).isPresent()
        ? Optional.empty()
        : Optional.of(Problem.NO_LINK);
  }

  /** A link the join page can forward to: an absolute http(s) address with a host. */
  static boolean works(String link) {
    try {
      URI uri = URI.create(link.strip());
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
