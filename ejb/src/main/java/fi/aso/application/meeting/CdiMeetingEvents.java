package fi.aso.application.meeting;

import fi.aso.domain.meeting.MeetingChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces meeting changes as CDI events, observed synchronously within the transaction. */
@ApplicationScoped
public class CdiMeetingEvents implements MeetingEvents {

  @Inject Event<MeetingChange> changes;

  @Override
  public void changed(MeetingChange change) {
    changes.fire(change);
  }
}
