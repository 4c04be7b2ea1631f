package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meetingday.ActionQuery;
import fi.aso.application.meetingday.ActionState;
import fi.aso.application.meetingday.ActionView;
import fi.aso.application.meetingday.Actions;
import fi.aso.application.search.Choice;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
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
 * region's open ones for staff), searched by the page's address (a GET form: state, organisation,
 * due period, text, order), {@value #PAGE} at a time; chairs also see the region's overdue actions.
 * The view keeps the filter it was opened with, so that a saved row shows the same page again.
 */
@Named
@ViewScoped
public class ActionsBean implements Serializable {

  static final int PAGE = 25;

  /** The address's parameters that make the search. */
  private static final String[] FILTER = {
    "state", "organisation", "from", "to", "q", "sort", "offset"
  };

  @Inject Actions actions;
  @Inject Messages messages;
  @Inject ListAddress address;

  private String list = "mine";
  private Map<String, String> filter;
  private transient Page<ActionView> page;
  private transient List<Choice> organisations;
  private transient List<ActionView> overdue;
  private final Map<Long, String> status = new HashMap<>();
  private final Map<Long, String> note = new HashMap<>();

  public List<ActionView> getShown() {
    return getPage().entries();
  }

  /** The search the view was opened with, one page of it. */
  public Page<ActionView> getPage() {
    if (page == null) {
      page =
          address.search(
              () -> actions.search(query(getFilter())), () -> actions.search(query(Map.of())));
      page.entries().forEach(a -> status.putIfAbsent(a.id(), a.status().name()));
    }
    return page;
  }

  private ActionQuery query(Map<String, String> f) {
    return new ActionQuery(
        !"organisation".equals(list),
        FilterValues.choice(
            ActionState.class, f.getOrDefault("state", ActionState.OPEN.name()), "state"),
        FilterValues.id(f.get("organisation"), "organisation"),
        new DateRange(
            FilterValues.date(f.get("from"), "from"), FilterValues.date(f.get("to"), "to")),
        f.get("q"),
        f.get("sort"),
        PageRequest.parse(f.get("offset"), null, PAGE));
  }

  /**
   * The filter of the address the view was opened with (and its list), as given; the state is
   * "open" unless the address names one (empty: every state). What is still to be done comes first:
   * after a year a case worker's clients have hundreds of finished actions, and soonest-due-first
   * over all of them would open the list on last year's.
   */
  public Map<String, String> getFilter() {
    if (filter == null) {
      filter = new HashMap<>(address.filter(FILTER));
      filter.putIfAbsent("state", ActionState.OPEN.name());
      filter.put("list", list);
    }
    return filter;
  }

  public ActionState[] getStates() {
    return ActionState.values();
  }

  /** The organisations a chair or case worker can narrow the list to (none for partners). */
  public List<Choice> getOrganisations() {
    if (organisations == null) {
      organisations = actions.organisationsToFilter();
    }
    return organisations;
  }

  public String getList() {
    return list;
  }

  /** Anything but "organisation" shows the user's own list. */
  public void setList(String list) {
    this.list = "organisation".equals(list) ? "organisation" : "mine";
    page = null;
    if (filter != null) {
      filter.put("list", this.list);
    }
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
    page = null;
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
