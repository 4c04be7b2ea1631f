package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseQuery;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.staff.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

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
  @Inject ListAddress address;

  private List<WorkListEntry> entries;
  private Page<WorkListEntry> page;

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
  public Page<WorkListEntry> getPage() {
    if (page == null) {
      page =
          address.search(
              () ->
                  caseFile.search(
                      new CaseQuery(
                          address.param("q"),
                          FilterValues.choice(CaseState.class, address.param("state"), "state"),
                          FilterValues.yes(address.param("urgent")),
                          FilterValues.yes(address.param("mine")),
                          address.param("sort"),
                          PageRequest.parse(address.param("offset"), null, PAGE))),
              () -> caseFile.search(CaseQuery.all()));
    }
    return page;
  }

  public CaseState[] getStates() {
    return CaseState.values();
  }
}
