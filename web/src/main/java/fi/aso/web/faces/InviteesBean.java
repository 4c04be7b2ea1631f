package fi.aso.web.faces;

import fi.aso.application.meeting.InvitableContact;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.web.Ids;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is invited to a slot: only the contact persons whose organisation the client's consent allows
 * can be chosen (the planner refuses anyone else), and a partner invitee can be taken off.
 */
@Named
@ViewScoped
public class InviteesBean implements Serializable {

  @Inject MeetingBean meetingBean;
  @Inject MeetingPlanner planner;
  @Inject Messages messages;

  // per-slot choice (Faces submits strings into maps)
  private final Map<Long, String> inviteChoice = new HashMap<>();
  private transient Map<Long, List<InvitableContact>> invitable;
  private int invitableFrom = -1;

  public void invite(long slotId) {
    Long contactId = Ids.parse(inviteChoice.get(slotId));
    if (contactId == null) {
      messages.error("meeting.invite.choose");
      return;
    }
    meetingBean.change(
        () -> planner.invite(meetingBean.getId(), slotId, meetingBean.version(), contactId),
        "meeting.invited");
    inviteChoice.remove(slotId);
  }

  public void removeInvitee(long slotId, long inviteeId) {
    meetingBean.change(
        () -> planner.removeInvitee(meetingBean.getId(), slotId, meetingBean.version(), inviteeId),
        "meeting.invitee.removed");
  }

  /** The contact persons the consent allows for a slot (no one else can be chosen). */
  public List<InvitableContact> invitableFor(long slotId) {
    if (invitable == null || invitableFrom != meetingBean.loads()) {
      invitableFrom = meetingBean.loads();
      invitable = new HashMap<>();
    }
    return invitable.computeIfAbsent(slotId, slot -> planner.invitable(meetingBean.getId(), slot));
  }

  public Map<Long, String> getInviteChoice() {
    return inviteChoice;
  }
}
