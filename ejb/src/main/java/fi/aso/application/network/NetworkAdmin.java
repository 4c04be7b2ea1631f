package fi.aso.application.network;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The regional administrator's partner network: organisations (which can serve several regions)
 * and the contact persons each names, with deputies. No client data here; changes are audited
 * because who may be invited follows from them.
 */
@Stateless
public class NetworkAdmin {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  /** An organisation with its contact persons. */
  public record OrganisationDetails(OrganisationSummary organisation, List<ContactSummary> contacts) {}

  /** The organisations of the administrator's region, with their contact persons. */
  public List<OrganisationDetails> network() {
    Region region = adminRegion();
    return em.createQuery("select o from Organisation o join o.regions r where r.id = :region order by o.name", Organisation.class)
        .setParameter("region", region.id())
        .getResultList()
        .stream()
        .map(o -> new OrganisationDetails(OrganisationSummary.of(o), contactsOf(o)))
        .toList();
  }

  public long addOrganisation(String name, OrganisationType type, DeliveryChannel channel) {
    Region region = adminRegion();
    Organisation organisation = new Organisation(name, type, region);
    organisation.preferChannel(channel == null ? DeliveryChannel.EMAIL : channel);
    em.persist(organisation);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "Organisation", String.valueOf(organisation.id()), "partner network"));
    return organisation.id();
  }

  /**
   * Every organisation on the platform, by name, for adding an existing one (a prison that
   * releases to several regions) to this region's network instead of creating a duplicate.
   */
  public List<OrganisationSummary> allOrganisations() {
    adminRegion();
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList()
        .stream()
        .map(OrganisationSummary::of)
        .toList();
  }

  /** Adds an existing organisation to the administrator's region's network. */
  public void join(long organisationId) {
    Region region = adminRegion();
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new IllegalArgumentException("no organisation " + organisationId);
    }
    organisation.serveAlso(em.find(Region.class, region.id()));
    audit.record(AuditRecord.success(AuditAction.UPDATE, "Organisation", String.valueOf(organisationId),
        "shared with region " + region.code()));
  }

  public long addContact(long organisationId, String name, String email, String phone, Long deputyId) {
    Organisation organisation = organisationOfRegion(organisationId);
    ContactPerson contact = new ContactPerson(organisation, name, email, phone);
    if (deputyId != null) {
      ContactPerson deputy = em.find(ContactPerson.class, deputyId);
      if (deputy == null) {
        throw new IllegalArgumentException("no such deputy");
      }
      contact.deputisedBy(deputy);
    }
    em.persist(contact);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "ContactPerson", String.valueOf(contact.id()), "partner network"));
    return contact.id();
  }

  private List<ContactSummary> contactsOf(Organisation o) {
    return em.createQuery("select c from ContactPerson c where c.organisation = :o and c.active = true order by c.name", ContactPerson.class)
        .setParameter("o", o)
        .getResultList()
        .stream()
        .map(ContactSummary::of)
        .toList();
  }

  private Organisation organisationOfRegion(long organisationId) {
    Region region = adminRegion();
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null || organisation.regions().stream().noneMatch(r -> r.id().equals(region.id()))) {
      throw new IllegalArgumentException("organisation " + organisationId + " is not in this region's network");
    }
    return organisation;
  }

  private Region adminRegion() {
    StaffUser user = staff.findByUsername(caller.name()).orElseThrow(NotPermitted::new);
    if (!user.roles().contains(Role.ADMIN) || user.region().isEmpty()) {
      throw new NotPermitted();
    }
    return user.region().get();
  }
}
