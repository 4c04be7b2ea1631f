package fi.aso.infrastructure.persistence;

import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.organisation.ShareRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaOrganisationRepository() {}

  /** For tests outside the container. */
  public JpaOrganisationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Organisation> find(long organisationId) {
    return Optional.ofNullable(em.find(Organisation.class, organisationId));
  }

  @Override
  public Map<Long, Organisation> findAll(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
        .setParameter("ids", organisationIds)
        .getResultStream()
        .collect(Collectors.toMap(Organisation::id, Function.identity()));
  }

  @Override
  public Organisation store(Organisation organisation) {
    em.persist(organisation);
    em.flush();
    return organisation;
  }

  @Override
  public List<Organisation> ofRegion(long regionId) {
    return em.createQuery(
            "select o from Organisation o join o.regions r where r.id = :region order by o.name",
            Organisation.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public List<Organisation> all() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<ContactPerson> findContact(long contactId) {
    return Optional.ofNullable(em.find(ContactPerson.class, contactId));
  }

  @Override
  public ContactPerson storeContact(ContactPerson contact) {
    em.persist(contact);
    em.flush();
    return contact;
  }

  @Override
  public Map<Long, List<ContactPerson>> activeContactsOf(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select c from ContactPerson c where c.organisation.id in :organisations and c.active = true"
                + " order by c.name",
            ContactPerson.class)
        .setParameter("organisations", organisationIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                c -> c.organisation().id(), LinkedHashMap::new, Collectors.toList()));
  }

  @Override
  public List<ContactPerson> activeContactsOfRegion(long regionId) {
    return em.createQuery(
            "select c from ContactPerson c join c.organisation o join o.regions r"
                + " where r.id = :region and c.active = true order by o.name, c.name",
            ContactPerson.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public List<ContactPerson> deputisedBy(ContactPerson deputy) {
    return em.createQuery(
            "select c from ContactPerson c where c.deputy = :leaving", ContactPerson.class)
        .setParameter("leaving", deputy)
        .getResultList();
  }

  @Override
  public Optional<ContactPerson> withFeedTokenHash(String hash) {
    return em.createQuery(
            "select c from ContactPerson c where c.feedTokenHash = :hash", ContactPerson.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ShareRequest storeShareRequest(ShareRequest request) {
    em.persist(request);
    em.flush();
    return request;
  }

  @Override
  public Optional<ShareRequest> findShareRequest(long requestId) {
    return Optional.ofNullable(em.find(ShareRequest.class, requestId));
  }

  @Override
  public Optional<ShareRequest> openShareRequest(long organisationId, long regionId) {
    return em.createQuery(
            "select s from ShareRequest s where s.organisation.id = :organisation"
                + " and s.region.id = :region and s.status = :pending",
            ShareRequest.class)
        .setParameter("organisation", organisationId)
        .setParameter("region", regionId)
        .setParameter("pending", ShareRequest.Status.PENDING)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ShareRequest> openShareRequestsFor(long regionId) {
    return em.createQuery(
            "select s from ShareRequest s where s.status = :pending"
                + " and (s.organisation.homeRegion.id = :region or s.region.id = :region)"
                + " order by s.requestedAt, s.id",
            ShareRequest.class)
        .setParameter("region", regionId)
        .setParameter("pending", ShareRequest.Status.PENDING)
        .getResultList();
  }
}
