package fi.aso.application.clientcase;

import fi.aso.application.staff.Caller;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who may work on a case as its region's staff, in one place: the caller must be a chair (or, where
 * allowed, a case worker) of the case's region. Anyone else gets {@link CaseAccessDenied}, the same
 * answer as for a case that does not exist.
 */
@ApplicationScoped
public class CaseAccess {

  @Inject ClientCaseRepository cases;
  @Inject Caller caller;

  @Inject OrganisationRepository organisations;

  public CaseAccess() {}

  /** For tests outside the container. */
  public CaseAccess(
      ClientCaseRepository cases, OrganisationRepository organisations, Caller caller) {
    this.cases = cases;
    this.organisations = organisations;
    this.caller = caller;
  }

  /** The case, if the caller is one of its region's chairs or case workers. */
  public ClientCase forRegionStaff(long caseId) {
    return require(caseId, Role.CHAIR, Role.CASE_WORKER);
  }

  /** The case, if the caller is one of its region's chairs. */
  public ClientCase forChair(long caseId) {
    return require(caseId, Role.CHAIR);
  }

  /**
   * The organisations by id, each of which must serve the case's region: consent can only name the
   * region's partner network.
   */
  public Map<Long, Organisation> networkOrganisations(
      ClientCase clientCase, Collection<Long> organisationIds) {
    Map<Long, Organisation> found = new LinkedHashMap<>();
    Map<Long, Organisation> existing =
        organisations.findAll(organisationIds.stream().filter(Objects::nonNull).toList());
    for (Long id : organisationIds) {
      Organisation o = id == null ? null : existing.get(id);
      if (o == null
          || o.regions().stream().noneMatch(r -> r.id().equals(clientCase.region().id()))) {
        throw new Refusal(
            "consent.organisationNotInNetwork",
            "organisation " + id + " is not in this region's network");
      }
      found.put(id, o);
    }
    return found;
  }

  private ClientCase require(long caseId, Role... roles) {
    StaffMember user = caller.withAny(CaseAccessDenied::new, roles);
    ClientCase clientCase = cases.find(caseId).orElseThrow(CaseAccessDenied::new);
    if (!user.worksIn(clientCase.region().id())) {
      throw new CaseAccessDenied();
    }
    return clientCase;
  }
}
