package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meetingday.ActionView;
import fi.aso.application.meetingday.Actions;
import fi.aso.domain.Refusal;
import fi.aso.domain.meetingday.ActionStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The action list, one of two (view parameter {@code list}): "mine" (a partner's own actions, a
 * staff member's clients' actions) or "organisation" (a partner's organisation's actions, the
 * region's open ones for staff); chairs also see the region's overdue actions.
 */
@Named
@ViewScoped
public class ActionsBean implements Serializable {

  @Inject Actions actions;
  @Inject Messages messages;

  private String list = "mine";
  private transient List<ActionView> shown;
  private transient List<ActionView> overdue;
  private final Map<Long, String> status = new HashMap<>();
  private final Map<Long, String> note = new HashMap<>();

  public List<ActionView> getShown() {
    if (shown == null) {
      shown = "organisation".equals(list) ? actions.ofMyOrganisation() : actions.mine();
      shown.forEach(a -> status.putIfAbsent(a.id(), a.status().name()));
    }
    return shown;
  }

  public String getList() {
    return list;
  }

  /** Anything but "organisation" shows the user's own list. */
  public void setList(String list) {
    this.list = "organisation".equals(list) ? "organisation" : "mine";
    shown = null;
  }

  public List<ActionView> getOverdue() {
    if (overdue == null) {
      overdue =
          FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CHAIR")
              ? actions.overdue()
              : List.of();
    }
    return overdue;
  }

  public void update(long actionId, long version) {
    try {
      actions.progress(
          actionId, version, ActionStatus.valueOf(status.get(actionId)), note.get(actionId));
      note.remove(actionId);
      messages.info("actions.saved");
    } catch (ConcurrentEdit e) {
      messages.error("actions.conflict");
    } catch (CaseAccessDenied e) {
      messages.error("actions.notYours");
    } catch (Refusal e) {
      messages.refused("actions.invalid", e);
    }
    shown = null;
    overdue = null;
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public Map<Long, String> getStatus() {
    return status;
  }

  public Map<Long, String> getNote() {
    return note;
  }
}
