package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CasePage;
import fi.aso.application.clientcase.CaseQuery;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.staff.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;

/**
 * The case list: for chairs and case workers the region's open cases, searched and filtered by the
 * page's own address (a plain GET form: the search can be bookmarked, refreshed and shared with a
 * colleague), a page of {@value #PAGE} at a time; for partners the consented cases.
 */
@Named
@RequestScoped
public class CasesBean {

  static final int PAGE = 25;

  @Inject CaseFile caseFile;
  @Inject SecurityContext security;
  @Inject Messages messages;

  private List<WorkListEntry> entries;
  private CasePage page;

  public boolean isRegionStaff() {
    return security.isCallerInRole(Role.CHAIR_NAME)
        || security.isCallerInRole(Role.CASE_WORKER_NAME);
  }

  public List<WorkListEntry> getEntries() {
    if (entries == null) {
      entries = isRegionStaff() ? getPage().entries() : caseFile.partnerCases();
    }
    return entries;
  }

  /** The search the address asks for, one page of it. */
  public CasePage getPage() {
    if (page == null) {
      Map<String, String> p =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      try {
        page =
            caseFile.search(
                new CaseQuery(
                    p.get("q"),
                    state(p.get("state")),
                    "true".equals(p.get("urgent")),
                    "true".equals(p.get("mine")),
                    p.get("sort"),
                    Math.max(0, number(p.get("offset"))),
                    PAGE));
      } catch (Refusal e) {
        messages.refused("cases.searchInvalid", e);
        page = caseFile.search(CaseQuery.all());
      }
    }
    return page;
  }

  public CaseState[] getStates() {
    return CaseState.values();
  }

  /** The offset of the previous page (none: -1) and of the next (none: -1). */
  public int getPrevious() {
    return getPage().offset() == 0 ? -1 : Math.max(0, getPage().offset() - PAGE);
  }

  public int getNext() {
    int next = getPage().offset() + PAGE;
    return next < getPage().total() ? next : -1;
  }

  private static CaseState state(String value) {
    try {
      return value == null || value.isBlank() ? null : CaseState.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      return null; // an address typed by hand: every state
    }
  }

  private static int number(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
