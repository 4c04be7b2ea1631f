package fi.aso.application.clientcase;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may work on a case as its region's staff, in one place: the caller must be a chair (or,
 * where allowed, a case worker) of the case's region. Anyone else gets {@link CaseAccessDenied},
 * the same answer as for a case that does not exist.
 */
@ApplicationScoped
public class CaseAccess {

  @Inject ClientCaseRepository cases;
  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public CaseAccess() {}

  /** For tests outside the container. */
  public CaseAccess(ClientCaseRepository cases, StaffUserRepository staff, CallerIdentity caller, EntityManager em) {
    this.cases = cases;
    this.staff = staff;
    this.caller = caller;
    this.em = em;
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
   * The organisations by id, each of which must serve the case's region: consent can only name
   * the region's partner network.
   */
  public Map<Long, Organisation> networkOrganisations(ClientCase clientCase, Collection<Long> organisationIds) {
    Map<Long, Organisation> found = new LinkedHashMap<>();
    for (Long id : organisationIds) {
      Organisation o = id == null ? null : em.find(Organisation.class, id);
      if (o == null || o.regions().stream().noneMatch(r -> r.id().equals(clientCase.region().id()))) {
        throw new IllegalArgumentException("organisation " + id + " is not in this region's network");
      }
      found.put(id, o);
    }
    return found;
  }

  private ClientCase require(long caseId, Role... roles) {
    StaffUser user = staff.findByUsername(caller.name()).orElseThrow(CaseAccessDenied::new);
    ClientCase clientCase = cases.find(caseId).orElseThrow(CaseAccessDenied::new);
    boolean hasRole = java.util.Arrays.stream(roles).anyMatch(user.roles()::contains);
    boolean sameRegion = user.region().map(r -> r.id().equals(clientCase.region().id())).orElse(false);
    if (!hasRole || !sameRegion) {
      throw new CaseAccessDenied();
    }
    return clientCase;
  }
}
