package fi.aso.infrastructure.persistence;

import fi.aso.domain.servicemap.ServiceNeed;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.SteeringRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSteeringRepository implements SteeringRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaSteeringRepository() {}

  /** For tests outside the container. */
  public JpaSteeringRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ServiceNeed> needsOfSlot(long slotId) {
    return em.createNamedQuery("ServiceNeed.ofSlot", ServiceNeed.class)
        .setParameter("slot", slotId)
        .getResultList();
  }

  @Override
  public List<ServiceNeed> needsOfRegion(long regionId) {
    return em.createNamedQuery("ServiceNeed.ofRegion", ServiceNeed.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public ServiceNeed storeNeed(ServiceNeed need) {
    em.persist(need);
    em.flush();
    return need;
  }

  @Override
  public void removeNeed(ServiceNeed need) {
    em.remove(need);
    em.flush();
  }

  @Override
  public Optional<ServiceReferral> findReferral(long referralId) {
    return Optional.ofNullable(em.find(ServiceReferral.class, referralId));
  }

  @Override
  public ServiceReferral storeReferral(ServiceReferral referral) {
    em.persist(referral);
    em.flush();
    return referral;
  }

  @Override
  public List<ServiceReferral> referralsOfSlot(long slotId) {
    return em.createNamedQuery("ServiceReferral.ofSlot", ServiceReferral.class)
        .setParameter("slot", slotId)
        .getResultList();
  }

  @Override
  public List<ServiceReferral> referralsOfCase(long caseId) {
    return em.createNamedQuery("ServiceReferral.ofCase", ServiceReferral.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<ServiceReferral> referralsToOrganisation(long organisationId) {
    return em.createNamedQuery("ServiceReferral.ofOrganisation", ServiceReferral.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public List<ServiceReferral> referralsOfRegion(long regionId) {
    return em.createNamedQuery("ServiceReferral.ofRegion", ServiceReferral.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public List<ServiceReferral> awaitingAnswerDueBy(java.time.LocalDate day) {
    return em.createNamedQuery("ServiceReferral.awaitingAnswerDueBy", ServiceReferral.class)
        .setParameter("day", day)
        .getResultList();
  }
}
