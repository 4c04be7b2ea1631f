package fi.aso.application.servicemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two regions' catalogues, kept by their administrators and by a partner for their own. */
class ServiceCatalogueTest {

  private static EntityManagerFactory emf;
  private static long kodit;
  private static long sote;
  private static long theirs;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("service_catalogue");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    Region seinajoki = new Region("seinajoki", "Seinäjoki", "Europe/Helsinki");
    em.persist(joensuu);
    em.persist(seinajoki);
    Organisation koditOrg =
        new Organisation("Joensuun Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY, joensuu);
    Organisation soteOrg =
        new Organisation(
            "Siun sote, aikuissosiaalityö", OrganisationType.ADULT_SOCIAL_WORK, joensuu);
    Organisation theirOrg =
        new Organisation("Seinäjoen kaupunki", OrganisationType.ADULT_SOCIAL_WORK, seinajoki);
    em.persist(koditOrg);
    em.persist(soteOrg);
    em.persist(theirOrg);
    person(em, "admin", joensuu, null, Role.ADMIN);
    person(em, "chair", joensuu, null, Role.CHAIR);
    person(em, "kalle", joensuu, koditOrg, Role.PARTNER);
    person(em, "admin-seinajoki", seinajoki, null, Role.ADMIN);
    em.getTransaction().commit();
    em.close();
    kodit = koditOrg.id();
    sote = soteOrg.id();
    theirs = theirOrg.id();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void everyoneReadsTheirRegionsCatalogueAndOnlyAnAdministratorOrItsOwnPartnerAddsToIt() {
    long flat =
        as("admin", c -> c.create(kodit, service(ServiceKind.INDEPENDENT_RENTAL, "Vuokra-asunto")));
    assertThat(listed("chair", (ServiceCatalogue.Filter.ALL)))
        .anyMatch(s -> s.id() == flat && !s.editable());
    assertThat(as("kalle", c -> c.get(flat)).editable()).as("Kodit's own").isTrue();
    assertThat(listed("chair", (new ServiceCatalogue.Filter(ServiceKind.DETOX, null))))
        .noneMatch(s -> s.id() == flat);
    assertThat(listed("chair", (new ServiceCatalogue.Filter(null, kodit))))
        .anyMatch(s -> s.id() == flat);
    assertThatThrownBy(() -> as("chair", c -> c.create(kodit, service(ServiceKind.OTHER, "X"))))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> as("kalle", c -> c.create(sote, service(ServiceKind.OTHER, "X"))))
        .as("a partner adds only their own organisation's services")
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> as("admin-seinajoki", c -> c.get(flat)))
        .as("another region's service is not found")
        .isInstanceOf(NotFound.class);
    assertThat(listed("admin-seinajoki", (ServiceCatalogue.Filter.ALL)))
        .noneMatch(s -> s.id() == flat);
    assertThatThrownBy(
            () -> as("admin-seinajoki", c -> c.create(kodit, service(ServiceKind.OTHER, "X"))))
        .as("an organisation of another region's network is no provider here")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("services.provider"));
    assertThatThrownBy(
            () -> as("admin", c -> c.create(kodit, service(ServiceKind.OTHER, "vuokra-ASUNTO "))))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("services.duplicate"));
  }

  @Test
  void aPartnerAddsAServiceOfTheirOwnOrganisation() {
    java.util.Optional<Long> kalles = as("kalle", c -> c.ownOrganisation());
    assertThat(kalles).contains(kodit);
    java.util.Optional<Long> chairs = as("chair", c -> c.ownOrganisation());
    assertThat(chairs).isEmpty();
    long added =
        as("kalle", c -> c.create(kodit, service(ServiceKind.PEER_SUPPORT, "Asukastoiminta")));
    ServiceView seen = as("chair", c -> c.get(added));
    assertThat(seen.organisationId()).isEqualTo(kodit);
    assertThat(seen.nameFi()).isEqualTo("Asukastoiminta");
    assertThat(as("kalle", c -> c.get(added)).editable()).isTrue();
    assertThatThrownBy(
            () -> as("kalle", c -> c.create(kodit, service(ServiceKind.OTHER, "asukastoiminta"))))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("services.duplicate"));
  }

  @Test
  void aPartnerKeepsTheirOwnOrganisationsServicesAndNothingElse() {
    long own = as("admin", c -> c.create(kodit, service(ServiceKind.PAYMENT_PLAN, "Maksusopimus")));
    long other =
        as("admin", c -> c.create(sote, service(ServiceKind.ADULT_SOCIAL_WORK, "Sosiaalityö")));
    long version = as("kalle", c -> c.get(own)).version();
    as(
        "kalle",
        c -> {
          c.update(
              own, version, null, service(ServiceKind.PAYMENT_PLAN, "Maksusopimus vuokravelkaan"));
          return null;
        });
    assertThat(as("chair", c -> c.get(own)).nameFi()).isEqualTo("Maksusopimus vuokravelkaan");

    long otherVersion = as("kalle", c -> c.get(other)).version();
    assertThatThrownBy(
            () ->
                as(
                    "kalle",
                    c -> {
                      c.update(other, otherVersion, null, service(ServiceKind.OTHER, "Kaapattu"));
                      return null;
                    }))
        .isInstanceOf(NotPermitted.class);
    long ownVersion = as("kalle", c -> c.get(own)).version();
    assertThatThrownBy(
            () ->
                as(
                    "kalle",
                    c -> {
                      c.update(
                          own, ownVersion, sote, service(ServiceKind.PAYMENT_PLAN, "Siirretty"));
                      return null;
                    }))
        .as("a partner does not hand their service to another organisation")
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(
            () ->
                as(
                    "kalle",
                    c -> {
                      c.retire(own, ownVersion);
                      return null;
                    }))
        .isInstanceOf(NotPermitted.class);
    assertThat(as("chair", c -> c.get(other)).nameFi()).isEqualTo("Sosiaalityö");
    assertThat(as("chair", c -> c.get(own)).nameFi()).isEqualTo("Maksusopimus vuokravelkaan");
  }

  @Test
  void aChangeBasedOnAnOldVersionIsRefusedAndARetiredServiceLeavesTheCatalogue() {
    long id = as("admin", c -> c.create(sote, service(ServiceKind.DETOX, "Katkaisuhoito")));
    long version = as("admin", c -> c.get(id)).version();
    as(
        "admin",
        c -> {
          c.update(id, version, null, service(ServiceKind.DETOX, "Katkaisuhoitoasema"));
          return null;
        });
    assertThatThrownBy(
            () ->
                as(
                    "admin",
                    c -> {
                      c.update(id, version, null, service(ServiceKind.DETOX, "Vanha"));
                      return null;
                    }))
        .isInstanceOf(ConcurrentEdit.class);
    long now = as("admin", c -> c.get(id)).version();
    as(
        "admin",
        c -> {
          c.retire(id, now);
          return null;
        });
    assertThat(listed("chair", (ServiceCatalogue.Filter.ALL))).noneMatch(s -> s.id() == id);
    assertThatThrownBy(() -> as("chair", c -> c.get(id))).isInstanceOf(NotFound.class);
  }

  @Test
  void theExportReadsBackToTheSameCatalogueAndABadRowChangesNothing() {
    as(
        "admin-seinajoki",
        c -> c.create(theirs, service(ServiceKind.MANAGED_MONEY_ACCOUNT, "Välitystili")));
    as(
        "admin-seinajoki",
        c -> c.create(theirs, service(ServiceKind.ADULT_SOCIAL_WORK, "Aikuissosiaalityö")));
    String exported = as("admin-seinajoki", ServiceCatalogue::exportCsv);
    List<ServiceView> before = listed("admin-seinajoki", (ServiceCatalogue.Filter.ALL));

    ServiceCatalogue.ImportResult same = as("admin-seinajoki", c -> c.importCsv(exported));
    assertThat(same.unchanged()).isEqualTo(before.size());
    assertThat(same.created() + same.updated()).isZero();
    assertThat(listed("admin-seinajoki", (ServiceCatalogue.Filter.ALL))).isEqualTo(before);
    assertThat(as("admin-seinajoki", ServiceCatalogue::exportCsv)).isEqualTo(exported);

    // a new row, a changed row, then a row naming an organisation not in the network
    String[] lines = exported.split("\r\n");
    String account =
        java.util.Arrays.stream(lines)
            .filter(l -> l.contains("Välitystili"))
            .findFirst()
            .orElseThrow()
            .replace("Välitystili", "Välitystili (määräaikainen)");
    String bad =
        lines[0]
            + "\r\n,,Seinäjoen kaupunki,PEER_SUPPORT,Vertaisryhmä,,,,SELF_REFERRAL,,,,,,"
            + "\r\n"
            + account
            + "\r\n,,Joensuun Kodit Oy,OTHER,Vieras,,,,PHONE,,,,,,\r\n";
    assertThatThrownBy(() -> as("admin-seinajoki", c -> c.importCsv(bad)))
        .isInstanceOfSatisfying(
            CsvRowRefused.class,
            r -> {
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.reason().code()).isEqualTo("services.csvNoSuchOrganisation");
            });
    assertThat(listed("admin-seinajoki", (ServiceCatalogue.Filter.ALL)))
        .as("nothing was imported")
        .isEqualTo(before);

    String good = bad.substring(0, bad.lastIndexOf(",,Joensuun Kodit Oy"));
    ServiceCatalogue.ImportResult done = as("admin-seinajoki", c -> c.importCsv(good));
    assertThat(done)
        .as("the file names the new service and the changed one only")
        .isEqualTo(new ServiceCatalogue.ImportResult(1, 1, 0));
    assertThatThrownBy(() -> as("admin-seinajoki", c -> c.importCsv(good)))
        .as("the new service is there now: a second one of the name is refused")
        .isInstanceOfSatisfying(
            CsvRowRefused.class,
            r -> assertThat(r.reason().code()).isEqualTo("services.duplicate"));
    String stale = lines[0] + "\r\n" + account.replace("(määräaikainen)", "(vanha)") + "\r\n";
    assertThatThrownBy(() -> as("admin-seinajoki", c -> c.importCsv(stale)))
        .as("the file's version is old now: refused, not overwritten")
        .isInstanceOfSatisfying(
            CsvRowRefused.class,
            r -> assertThat(r.reason().code()).isEqualTo("services.csvChanged"));
    assertThatThrownBy(() -> as("admin", c -> c.importCsv(exported)))
        .as("another region's ids are no services of this catalogue")
        .isInstanceOf(CsvRowRefused.class);
    assertThatThrownBy(() -> as("chair", c -> c.importCsv(lines[0])))
        .isInstanceOf(NotPermitted.class);
  }

  static ServiceDescription service(ServiceKind kind, String name) {
    return new ServiceDescription(
        kind,
        name,
        null,
        null,
        "Vapautuvat vangit",
        Set.of(ReferralWay.PHONE),
        "ma-pe 8-16",
        "013 123 4567",
        null,
        null,
        null,
        Set.of(InformationCategory.IDENTITY_AND_RELEASE));
  }

  private static void person(
      EntityManager em, String name, Region region, Organisation organisation, Role role) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, organisation);
    em.persist(user);
  }

  private static List<ServiceView> listed(String username, ServiceCatalogue.Filter filter) {
    return as(username, c -> c.list(filter));
  }

  private static <T> T as(String username, Function<ServiceCatalogue, T> work) {
    return Transactions.inTransaction(
        emf,
        em ->
            work.apply(
                TestServices.of(em, CallerIdentity.of(username), Clock.systemUTC())
                    .serviceCatalogue()));
  }
}
