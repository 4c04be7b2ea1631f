package fi.aso.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.Refusal;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.FakePasswordHash;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff register as the administrator keeps it, and the caller as every request reads it: once
 * per request, from the register as it is then.
 */
class StaffAccountsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  /** No account here is given a set-password link: a mail would fail the test. */
  private static final MailGateway NO_MAIL =
      mail -> {
        throw new AssertionError("no mail expected: " + mail.subject());
      };

  private static EntityManagerFactory emf;
  private static long kodit;
  private static long kalle;
  private static long kuopioContact;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("staff_accounts");
    Transactions.inTransaction(
        emf,
        em -> {
          Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
          Region kuopio = new Region("kuopio", "Kuopio", "Europe/Helsinki");
          em.persist(joensuu);
          em.persist(kuopio);
          Organisation office =
              new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, joensuu);
          Organisation kuopionKodit =
              new Organisation("Kuopion Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, kuopio);
          em.persist(office);
          em.persist(kuopionKodit);
          ContactPerson k = new ContactPerson(office, "Kalle Kodit", "kalle@kodit.test", null);
          ContactPerson o = new ContactPerson(kuopionKodit, "Olli", "olli@kuopio.test", null);
          em.persist(k);
          em.persist(o);
          staff(em, "admin-joensuu", joensuu, Role.ADMIN);
          staff(em, "chair-joensuu", joensuu, Role.CHAIR);
          em.flush();
          kodit = office.id();
          kalle = k.id();
          kuopioContact = o.id();
          return null;
        });
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aPartnerUserActsAsAContactPersonOfTheRegionsNetwork() {
    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    a ->
                        a.create(
                            "pekka-partner",
                            "Pekka",
                            "pekka@kodit.test",
                            Set.of(Role.PARTNER),
                            kodit,
                            null)))
        .as("a partner without a contact person")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("staff.partnerContact"));
    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    a ->
                        a.create(
                            "olli-partner",
                            "Olli",
                            "olli@kuopio.test",
                            Set.of(Role.PARTNER),
                            null,
                            kuopioContact)))
        .as("another region's contact person")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("staff.contactPerson"));

    long id =
        as(
            "admin-joensuu",
            a ->
                a.create(
                    "kalle-partner",
                    "Kalle Kodit",
                    "kalle@kodit.test",
                    Set.of(Role.PARTNER),
                    null,
                    kalle));

    StaffMember partner = register("kalle-partner").orElseThrow();
    assertThat(partner.id()).isEqualTo(id);
    assertThat(partner.contactPersonId()).isEqualTo(kalle);
    assertThat(partner.organisationId()).as("the contact person's organisation").isEqualTo(kodit);
    assertThat(as("admin-joensuu", StaffAccounts::ofRegion))
        .filteredOn(a -> a.id() == id)
        .singleElement()
        .satisfies(a -> assertThat(a.contactPerson()).isEqualTo("Kalle Kodit"));
    assertThatThrownBy(
            () ->
                as(
                    "chair-joensuu",
                    a ->
                        a.create(
                            "x-partner", "X", "x@kodit.test", Set.of(Role.PARTNER), null, kalle)))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void theCallerIsReadOnceForARequestAndAChangeCountsAtTheNext() {
    long id =
        as(
            "admin-joensuu",
            a ->
                a.create(
                    "carla-chair", "Carla", "carla@rise.test", Set.of(Role.CHAIR), kodit, null));
    long version = version(id);
    Transactions.inTransaction(
        emf,
        em -> {
          Caller request =
              new Caller(new JpaStaffUserRepository(em), CallerIdentity.of("carla-chair"));
          assertThat(request.now()).map(StaffMember::roles).contains(Set.of(Role.CHAIR));
          // the administrator deactivates Carla while her request runs
          Transactions.inTransaction(
              emf,
              other -> {
                TestServices.of(other, "admin-joensuu", NOW)
                    .staffAccounts(NO_MAIL, new FakePasswordHash())
                    .deactivate(id, version);
                return null;
              });
          assertThat(request.now())
              .as("one request decides on one reading of the register")
              .isPresent();
          return null;
        });

    assertThat(register("carla-chair")).as("her next request").isEmpty();
  }

  private static Optional<StaffMember> register(String username) {
    return Transactions.inTransaction(
        emf, em -> TestServices.of(em, username, NOW).signedIn().now());
  }

  private static long version(long id) {
    return Transactions.inTransaction(emf, em -> em.find(StaffUser.class, id).version());
  }

  private static <T> T as(String username, Function<StaffAccounts, T> work) {
    return Transactions.inTransaction(
        emf,
        em ->
            work.apply(
                TestServices.of(em, username, NOW).staffAccounts(NO_MAIL, new FakePasswordHash())));
  }

  private static void staff(EntityManager em, String name, Region region, Role role) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, null);
    em.persist(user);
  }
}
