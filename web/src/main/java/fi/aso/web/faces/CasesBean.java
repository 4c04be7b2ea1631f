package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.domain.staff.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * The case list: the region's work list for chairs and case workers, consented cases for partners.
 */
@Named
@RequestScoped
public class CasesBean {

  @Inject CaseFile caseFile;
  @Inject SecurityContext security;

  private List<WorkListEntry> entries;

  public List<WorkListEntry> getEntries() {
    if (entries == null) {
      boolean staffOfRegion =
          security.isCallerInRole(Role.CHAIR_NAME)
              || security.isCallerInRole(Role.CASE_WORKER_NAME);
      entries = staffOfRegion ? caseFile.workList() : caseFile.partnerCases();
    }
    return entries;
  }
}
