package fi.aso.infrastructure.demo;

import fi.aso.config.DemoAccounts;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.staff.PasswordHashing;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a demo region on first start when {@code aso.demo-data.enabled} is true (the embedded
 * default does this): the Joensuu group of seed 004 with its partner network and one user per role,
 * and the service catalogues of Joensuu, Helsinki and Seinäjoki ({@link DemoServices}; the last two
 * are regions of their own, without users). Never runs when a region already exists, so it cannot
 * touch real data.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "aso.demo-data.enabled")
  boolean enabled;

  @Inject RegionRepository regions;
  @Inject StaffUserRepository users;
  @Inject Pbkdf2PasswordHash passwordHash;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @PostConstruct
  void loadOnFirstStart() {
    if (!enabled) {
      return;
    }
    if (!regions.findAll().isEmpty()) {
      LOG.info("Demo data not loaded: the database already has regions");
      return;
    }
    Region joensuu = regions.store(new Region("joensuu", "Joensuun ASO-ryhmä", "Europe/Helsinki"));
    Map<String, Organisation> orgs = new LinkedHashMap<>();
    joensuuNetwork()
        .forEach(
            (name, type) -> {
              Organisation org = new Organisation(name, type, joensuu);
              em.persist(org);
              orgs.put(name, org);
            });
    passwordHash.initialize(PasswordHashing.parameters());
    List<DemoAccounts.Account> accounts = DemoAccounts.all();
    for (DemoAccounts.Account account : accounts) {
      StaffUser user =
          new StaffUser(
              account.username(), account.displayName(), Set.of(Role.valueOf(account.role())));
      user.setPasswordHash(passwordHash.generate(DemoAccounts.PASSWORD.toCharArray()));
      user.setEmail(account.username() + "@aso.localhost");
      user.placeIn(joensuu, orgs.get(account.organisation()));
      users.store(user);
    }
    ContactPerson kalle =
        contact(
            orgs.get("Joensuun Kodit Oy"),
            "Kalle Kumppani",
            "partner@aso.localhost",
            "013 123 4567");
    // the demo partner user acts as Kalle (their e-mail addresses are the same)
    users.findByUsername("partner").ifPresent(u -> u.actAs(kalle));
    contact(
        orgs.get("Joensuun Seudun Nuorisoasuntoyhdistys Josna"),
        "Jonna Josna",
        "jonna@josna.localhost",
        null);
    contact(
        orgs.get("Siun sote, aikuissosiaalityö"),
        "Sari Sosiaalityö",
        "sari@siunsote.localhost",
        "013 330 000");
    contact(
        orgs.get("Siun sote, päihdepalvelukeskus"),
        "Pekka Päihdepalvelu",
        "pekka@siunsote.localhost",
        null);
    contact(
        orgs.get("Pohjois-Karjalan TE-toimisto"), "Tiina Työllisyys", "tiina@te.localhost", null);
    int cases =
        DemoCases.load(
            em,
            joensuu,
            orgs,
            users.findByUsername("caseworker").orElseThrow(),
            users.findByUsername("chair").orElseThrow());
    em.flush();
    int meetings =
        DemoMeetings.load(
            em,
            joensuu,
            orgs,
            users.findByUsername("chair").orElseThrow(),
            users.findByUsername("caseworker").orElseThrow());
    int services = DemoServices.load(em, joensuu, orgs);
    em.flush();
    DemoSteering.load(em, joensuu, "chair");
    int history = DemoHistory.load(em, joensuu.id());
    LOG.info(
        () ->
            "Demo data loaded: regions joensuu, helsinki and seinajoki, "
                + services
                + " services; in joensuu "
                + orgs.size()
                + " organisations, "
                + accounts.size()
                + " users, "
                + cases
                + " client cases, "
                + meetings
                + " meetings, "
                + history
                + " past clients for the statistics");
  }

  private ContactPerson contact(
      Organisation organisation, String name, String email, String phone) {
    ContactPerson contact = new ContactPerson(organisation, name, email, phone);
    em.persist(contact);
    return contact;
  }

  /** The Joensuu partner network as seed 004 describes it. */
  static Map<String, OrganisationType> joensuuNetwork() {
    Map<String, OrganisationType> network = new LinkedHashMap<>();
    network.put("Joensuun yhdyskuntaseuraamustoimisto", OrganisationType.PROBATION_OFFICE);
    network.put("Joensuun vankila", OrganisationType.PRISON);
    network.put("Joensuun Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY);
    network.put(
        "Joensuun Seudun Nuorisoasuntoyhdistys Josna", OrganisationType.RENTAL_HOUSING_COMPANY);
    network.put("Joensuun kaupungin asuntotoimi", OrganisationType.MUNICIPAL_HOUSING_OFFICE);
    network.put("Siun sote, aikuissosiaalityö", OrganisationType.ADULT_SOCIAL_WORK);
    network.put("Siun sote, päihdepalvelukeskus", OrganisationType.SUBSTANCE_ABUSE_SERVICES);
    network.put("Siun sote, mielenterveyspalvelut", OrganisationType.MENTAL_HEALTH_SERVICES);
    network.put("Joensuun ev.lut. seurakuntayhtymä, diakoniatyö", OrganisationType.PARISH_DIACONIA);
    network.put("Pohjois-Karjalan TE-toimisto", OrganisationType.EMPLOYMENT_SERVICES);
    network.put("Oikeusaputoimisto, talous- ja velkaneuvonta", OrganisationType.DEBT_COUNSELLING);
    network.put("ViaDia Joensuu", OrganisationType.NGO);
    network.put("KRIS Itä-Suomi", OrganisationType.NGO);
    return network;
  }
}
