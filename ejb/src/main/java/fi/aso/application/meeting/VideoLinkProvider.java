package fi.aso.application.meeting;

/**
 * Makes the video room link of a new meeting. Pluggable: the default builds a per-meeting room on a
 * self-hosted video service from a configured pattern; another deployment can provide its own (a
 * CDI alternative). A prison's own video room, with a fixed link, is the organisation's setting and
 * overrides this for the slots whose client joins from there.
 */
public interface VideoLinkProvider {

  String newMeetingLink();
}
