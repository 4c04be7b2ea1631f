package fi.aso.application.meeting;

import java.time.Instant;
import java.util.Optional;

/**
 * Makes the video room link of a new meeting. Which provider a deployment uses is configuration
 * ({@code aso.video.provider}): by default a per-meeting room on a self-hosted video service from a
 * pattern ({@link PatternVideoLinks}), or a Microsoft Teams online meeting made through Microsoft
 * Graph. A prison's own video room, with a fixed link, is the organisation's setting and overrides
 * this for the slots whose client joins from there.
 */
public interface VideoLinkProvider {

  /**
   * The link of a new room for a meeting at this time; empty when the video service could not make
   * one (unreachable, refused, too slow). The meeting is then kept without a link rather than not
   * at all: the invitations carry no Join link, and the day-before check ({@link VideoReadiness})
   * tells the chair of every video slot that has nowhere to join.
   */
  Optional<String> newMeetingLink(Instant start, Instant end);
}
