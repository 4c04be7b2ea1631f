package fi.aso.application.meeting;

import fi.aso.domain.meeting.MeetingChange;

/** Port: announces changes that invitations must follow (the invitations issue observes them). */
public interface MeetingEvents {

  void changed(MeetingChange change);
}
