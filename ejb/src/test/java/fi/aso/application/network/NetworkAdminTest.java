package fi.aso.application.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.Refusal;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two regions' administrators building their networks, sharing one organisation. */
class NetworkAdminTest {

  private static EntityManagerFactory emf;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("network_admin");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    Region kuopio = new Region("kuopio", "Kuopio", "Europe/Helsinki");
    em.persist(joensuu);
    em.persist(kuopio);
    admin(em, "admin-joensuu", joensuu, Role.ADMIN);
    admin(em, "admin-kuopio", kuopio, Role.ADMIN);
    admin(em, "chair-joensuu", joensuu, Role.CHAIR);
    em.getTransaction().commit();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aPrisonServingTwoRegionsIsOneOrganisationInBothNetworks() {
    long prison =
        as(
            "admin-joensuu",
            n ->
                n.addOrganisation(
                    "Kuopion vankila", OrganisationType.PRISON, DeliveryChannel.SECURE_EMAIL));
    long contact =
        as(
            "admin-joensuu",
            n -> n.addContact(prison, "Vilma Vankila", "vilma@vankila.test", null, null, null));
    as(
        "admin-joensuu",
        n ->
            n.addContact(
                prison, "Ville Varahenkilö", "ville@vankila.test", "050 1", contact, null));

    assertThat(as("admin-kuopio", NetworkAdmin::network))
        .noneMatch(o -> o.organisation().id() == prison);
    assertThat(as("admin-kuopio", NetworkAdmin::allOrganisations)).anyMatch(o -> o.id() == prison);
    shareWithKuopio(prison);

    var inKuopio =
        as("admin-kuopio", NetworkAdmin::network).stream()
            .filter(o -> o.organisation().id() == prison)
            .findFirst()
            .orElseThrow();
    assertThat(inKuopio.contacts())
        .extracting(ContactSummary::name)
        .containsExactly("Ville Varahenkilö", "Vilma Vankila");
    assertThat(inKuopio.contacts())
        .filteredOn(c -> c.name().equals("Vilma Vankila"))
        .extracting(ContactSummary::deputy)
        .containsOnlyNulls();
    assertThat(inKuopio.contacts())
        .filteredOn(c -> c.name().equals("Ville Varahenkilö"))
        .extracting(ContactSummary::deputy)
        .containsExactly("Vilma Vankila");
    assertThat(as("admin-joensuu", NetworkAdmin::network))
        .anyMatch(o -> o.organisation().id() == prison);
  }

  @Test
  void onlyAnAdministratorBuildsTheNetworkAndContactsNeedAnAddress() {
    assertThatThrownBy(() -> as("chair-joensuu", NetworkAdmin::network))
        .isInstanceOf(NotPermitted.class);
    long ngo = as("admin-joensuu", n -> n.addOrganisation("ViaDia", OrganisationType.NGO, null));
    assertThatThrownBy(
            () ->
                as("admin-joensuu", n -> n.addContact(ngo, "Nimi", "ei osoite", null, null, null)))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () -> as("admin-kuopio", n -> n.addContact(ngo, "Nimi", "a@b.test", null, null, null)))
        .as("another region's organisation is not found there")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void contactsAreEditedAndDeactivatedAndTheirDeputiesFollow() {
    long debt =
        as(
            "admin-joensuu",
            n ->
                n.addOrganisation(
                    "Talous- ja velkaneuvonta", OrganisationType.DEBT_COUNSELLING, null));
    long first =
        as(
            "admin-joensuu",
            n -> n.addContact(debt, "Terhi Talous", "terhi@velka.test", null, null, null));
    long second =
        as(
            "admin-joensuu",
            n -> n.addContact(debt, "Veli Velka", "veli@velka.test", null, first, null));
    long other =
        as("admin-joensuu", n -> n.addOrganisation("Muu järjestö", OrganisationType.NGO, null));
    long outsider =
        as(
            "admin-joensuu",
            n -> n.addContact(other, "Olli Ulkopuolinen", "olli@muu.test", null, null, null));

    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    n -> {
                      n.updateContact(
                          debt, second, "Veli Velka", "veli@velka.test", null, outsider, null);
                      return null;
                    }))
        .as("a deputy from another organisation")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("network.noSuchDeputy"));
    as(
        "admin-joensuu",
        n -> {
          n.updateContact(
              debt, first, "Terhi Talous-Neuvoja", "terhi.t@velka.test", "013 1", second, null);
          n.saveOrganisation(
              debt,
              new NetworkAdmin.OrganisationForm(
                  "Talous- ja velkaneuvonta (Joensuu)",
                  OrganisationType.DEBT_COUNSELLING,
                  DeliveryChannel.SECURE_EMAIL,
                  null,
                  null,
                  null));
          return null;
        });
    as(
        "admin-joensuu",
        n -> {
          n.deactivateContact(debt, second);
          return null;
        });

    var details =
        as("admin-joensuu", NetworkAdmin::network).stream()
            .filter(o -> o.organisation().id() == debt)
            .findFirst()
            .orElseThrow();
    assertThat(details.organisation().name()).isEqualTo("Talous- ja velkaneuvonta (Joensuu)");
    assertThat(details.organisation().preferredChannel()).isEqualTo(DeliveryChannel.SECURE_EMAIL);
    assertThat(details.contacts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Terhi Talous-Neuvoja");
              assertThat(c.email()).isEqualTo("terhi.t@velka.test");
              assertThat(c.deputy()).as("the deputy left").isNull();
            });
    assertThatThrownBy(
            () ->
                as(
                    "admin-kuopio",
                    n -> {
                      n.deactivateContact(debt, first);
                      return null;
                    }))
        .as("another region's administrator")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anOrganisationLeavesOneRegionsNetworkAndStaysInTheOther() {
    long shared =
        as("admin-joensuu", n -> n.addOrganisation("Yhteinen säätiö", OrganisationType.NGO, null));
    shareWithKuopio(shared);

    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    n -> {
                      n.leave(shared);
                      return null;
                    }))
        .as("the home region keeps it")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("network.homeCannotLeave"));
    as(
        "admin-kuopio",
        n -> {
          n.leave(shared);
          return null;
        });

    assertThat(as("admin-kuopio", NetworkAdmin::network))
        .noneMatch(o -> o.organisation().id() == shared);
    assertThat(as("admin-joensuu", NetworkAdmin::network))
        .anyMatch(o -> o.organisation().id() == shared);
  }

  @Test
  void anotherRegionWorksWithAnOrganisationOnlyWhenItsHomeRegionAccepts() {
    long kodit =
        as(
            "admin-joensuu",
            n -> n.addOrganisation("Kotikodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY, null));
    as(
        "admin-joensuu",
        n -> n.addContact(kodit, "Kaija Koti", "kaija@koti.test", null, null, null));

    assertThat(join("admin-kuopio", kodit)).isEqualTo(NetworkAdmin.Sharing.REQUESTED);
    assertThat(join("admin-kuopio", kodit))
        .as("asking again while the request is open")
        .isEqualTo(NetworkAdmin.Sharing.REQUESTED);
    assertThat(as("admin-kuopio", NetworkAdmin::network))
        .as("not before the home region accepts")
        .noneMatch(o -> o.organisation().id() == kodit);
    assertThat(as("admin-kuopio", NetworkAdmin::shareRequests))
        .filteredOn(r -> r.organisationId() == kodit)
        .singleElement()
        .satisfies(r -> assertThat(r.toDecide()).as("Kuopio waits").isFalse());
    NetworkAdmin.ShareRequestView request =
        as("admin-joensuu", NetworkAdmin::shareRequests).stream()
            .filter(r -> r.organisationId() == kodit)
            .findFirst()
            .orElseThrow();
    assertThat(request.toDecide()).as("Joensuu keeps Kodit and decides").isTrue();
    assertThat(request.askingRegion()).isEqualTo("Kuopio");

    assertThatThrownBy(
            () ->
                as(
                    "admin-kuopio",
                    n -> {
                      n.acceptShare(kodit, request.id());
                      return null;
                    }))
        .as("the asking region cannot accept its own request")
        .isInstanceOf(NotFound.class);
    as(
        "admin-joensuu",
        n -> {
          n.refuseShare(kodit, request.id());
          return null;
        });
    assertThat(as("admin-kuopio", NetworkAdmin::network))
        .noneMatch(o -> o.organisation().id() == kodit);
    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    n -> {
                      n.acceptShare(kodit, request.id());
                      return null;
                    }))
        .as("a refused request stays refused")
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("network.shareDecided"));

    shareWithKuopio(kodit);
    var inKuopio =
        as("admin-kuopio", NetworkAdmin::network).stream()
            .filter(o -> o.organisation().id() == kodit)
            .findFirst()
            .orElseThrow();
    assertThat(inKuopio.organisation().keptHere()).isFalse();
    assertThat(inKuopio.organisation().homeRegion()).isEqualTo("Joensuu");
    long kaija = inKuopio.contacts().get(0).id();

    // only the home region changes it, its people, webhook and their calendar feeds
    for (Function<NetworkAdmin, Object> change :
        List.<Function<NetworkAdmin, Object>>of(
            n ->
                n.saveOrganisation(
                    kodit,
                    new NetworkAdmin.OrganisationForm(
                        "Kaapattu", OrganisationType.OTHER, null, null, null, null)),
            n -> n.useWebhook(kodit, "https://kaappaaja.test/hook"),
            n -> n.addContact(kodit, "Vieras", "vieras@kaappaaja.test", null, null, null),
            n -> {
              n.updateContact(kodit, kaija, "Kaija", "kaappaaja@x.test", null, null, null);
              return null;
            },
            n -> n.newCalendarFeed(kodit, kaija),
            n -> {
              n.revokeCalendarFeed(kodit, kaija);
              return null;
            },
            n -> {
              n.deactivateContact(kodit, kaija);
              return null;
            })) {
      assertThatThrownBy(() -> as("admin-kuopio", change)).isInstanceOf(NotPermitted.class);
    }
    assertThat(summaryOf(kodit).name()).isEqualTo("Kotikodit Oy");
    assertThat(summaryOf(kodit).webhookUrl()).isNull();
    assertThat(contactsOf(kodit))
        .singleElement()
        .satisfies(c -> assertThat(c.email()).isEqualTo("kaija@koti.test"));
  }

  @Test
  void anotherRegionSeesOtherRegionsOrganisationsWithoutTheirLinks() {
    long prison =
        as("admin-joensuu", n -> n.addOrganisation("Linkkivankila", OrganisationType.PRISON, null));
    as(
        "admin-joensuu",
        n ->
            n.saveOrganisation(
                prison,
                new NetworkAdmin.OrganisationForm(
                    "Linkkivankila",
                    OrganisationType.PRISON,
                    null,
                    true,
                    "https://video.test/salainen",
                    "https://vankila.test/salainen")));

    assertThat(as("admin-kuopio", NetworkAdmin::allOrganisations))
        .filteredOn(o -> o.id() == prison)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.webhookUrl()).isNull();
              assertThat(o.videoRoomUrl()).isNull();
              assertThat(o.homeRegion()).isEqualTo("Joensuu");
            });
    assertThat(summaryOf(prison).webhookUrl()).isEqualTo("https://vankila.test/salainen");
  }

  private static NetworkAdmin.Sharing join(String admin, long organisationId) {
    return as(admin, n -> n.join(organisationId));
  }

  /** Kuopio asks to work with a Joensuu organisation, and Joensuu accepts. */
  private static void shareWithKuopio(long organisationId) {
    assertThat(join("admin-kuopio", organisationId)).isEqualTo(NetworkAdmin.Sharing.REQUESTED);
    long request =
        as("admin-joensuu", NetworkAdmin::shareRequests).stream()
            .filter(r -> r.organisationId() == organisationId)
            .findFirst()
            .orElseThrow()
            .id();
    as(
        "admin-joensuu",
        n -> {
          n.acceptShare(organisationId, request);
          return null;
        });
    assertThat(join("admin-kuopio", organisationId)).isEqualTo(NetworkAdmin.Sharing.SERVES);
  }

  @Test
  void anAdministratorCreatesARegionWithAUniqueCode() {
    long oulu = as("admin-joensuu", n -> n.createRegion("oulu", "Oulun ASO-ryhmä"));

    assertThat(as("admin-kuopio", NetworkAdmin::regions))
        .anySatisfy(
            r -> {
              assertThat(r.id()).isEqualTo(oulu);
              assertThat(r.name()).isEqualTo("Oulun ASO-ryhmä");
            });
    assertThatThrownBy(() -> as("admin-joensuu", n -> n.createRegion("oulu", "Toinen")))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("exists");
    assertThatThrownBy(() -> as("admin-joensuu", n -> n.createRegion("Oulu ryhmä!", "X")))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> as("chair-joensuu", n -> n.createRegion("vaasa", "Vaasa")))
        .isInstanceOf(NotPermitted.class);
  }

  @Test
  void aRegionsMinutesNeedASecondPersonUntilItsOwnAdministratorSaysOtherwise() {
    long oulu = as("admin-joensuu", n -> n.createRegion("oulu2", "Oulun toinen ryhmä"));
    long joensuu = as("admin-joensuu", NetworkAdmin::ownRegion).id();
    assertThat(as("admin-joensuu", NetworkAdmin::regions))
        .as("on for a new region and for those made before")
        .allSatisfy(r -> assertThat(r.minutesNeedSecondPerson()).isTrue());

    try {
      assertThat(
              as("admin-joensuu", n -> n.minutesNeedSecondPerson(joensuu, false))
                  .minutesNeedSecondPerson())
          .isFalse();
      assertThat(as("admin-joensuu", NetworkAdmin::ownRegion).minutesNeedSecondPerson()).isFalse();
      assertThatThrownBy(() -> as("admin-kuopio", n -> n.minutesNeedSecondPerson(joensuu, true)))
          .as("another region's administrator")
          .isInstanceOf(NotPermitted.class);
      assertThatThrownBy(() -> as("admin-joensuu", n -> n.minutesNeedSecondPerson(oulu, false)))
          .as("a region without its own administrator yet is not Joensuu's to set")
          .isInstanceOf(NotPermitted.class);
      assertThatThrownBy(() -> as("chair-joensuu", n -> n.minutesNeedSecondPerson(joensuu, true)))
          .isInstanceOf(NotPermitted.class);
      assertThat(as("admin-joensuu", NetworkAdmin::ownRegion).minutesNeedSecondPerson())
          .as("the refusals changed nothing")
          .isFalse();
      assertThat(
              Transactions.<Long>inTransaction(
                  emf,
                  em ->
                      (Long)
                          em.createNativeQuery(
                                  "select count(*) from audit_event where object_type = 'Region'"
                                      + " and object_id = ?1 and purpose like 'minutes need%'")
                              .setParameter(1, String.valueOf(joensuu))
                              .getSingleResult()))
          .isEqualTo(1);
    } finally {
      as("admin-joensuu", n -> n.minutesNeedSecondPerson(joensuu, true));
    }
  }

  @Test
  void aContactNamedUnderAnotherOrganisationIsNotFoundAndNothingChanges() {
    long kodit =
        as(
            "admin-joensuu",
            n -> n.addOrganisation("Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY, null));
    long sote =
        as(
            "admin-joensuu",
            n -> n.addOrganisation("Sote", OrganisationType.ADULT_SOCIAL_WORK, null));
    long kalle =
        as(
            "admin-joensuu",
            n -> n.addContact(kodit, "Kalle Kodit", "kalle@kodit.test", null, null, null));
    as("admin-joensuu", n -> n.addContact(sote, "Sari Sote", "sari@sote.test", null, null, null));

    for (Function<NetworkAdmin, Object> underSote :
        java.util.List.<Function<NetworkAdmin, Object>>of(
            n -> {
              n.updateContact(
                  sote,
                  kalle,
                  "Kalle Kaapattu",
                  "vieras@muu.test",
                  null,
                  null,
                  "https://vieras.test/kalle.ics");
              return null;
            },
            n -> n.newCalendarFeed(sote, kalle),
            n -> {
              n.revokeCalendarFeed(sote, kalle);
              return null;
            },
            n -> {
              n.deactivateContact(sote, kalle);
              return null;
            })) {
      assertThatThrownBy(() -> as("admin-joensuu", underSote))
          .as("Kodit's contact under Sote")
          .isInstanceOf(NotFound.class);
    }

    ContactSummary unchanged =
        as("admin-joensuu", NetworkAdmin::network).stream()
            .filter(o -> o.organisation().id() == kodit)
            .flatMap(o -> o.contacts().stream())
            .filter(c -> c.id() == kalle)
            .findFirst()
            .orElseThrow(() -> new AssertionError("Kalle is still an active contact of Kodit"));
    assertThat(unchanged.name()).isEqualTo("Kalle Kodit");
    assertThat(unchanged.email()).isEqualTo("kalle@kodit.test");
    assertThat(unchanged.busyFeedUrl()).isNull();
  }

  @Test
  void aBadCalendarFeedAddressAddsNobodyAndChangesNobody() {
    long housing =
        as(
            "admin-joensuu",
            n ->
                n.addOrganisation("Asuntotoimisto", OrganisationType.RENTAL_HOUSING_COMPANY, null));

    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    n ->
                        n.addContact(
                            housing, "Aino Asunto", "aino@asunto.test", null, null, "ftp://x")))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("network.feedAddress"));
    assertThat(contactsOf(housing)).as("a refused form adds nobody").isEmpty();

    long aino =
        as(
            "admin-joensuu",
            n ->
                n.addContact(
                    housing,
                    "Aino Asunto",
                    "aino@asunto.test",
                    null,
                    null,
                    " https://kalenteri.test/aino.ics "));
    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    n -> {
                      n.updateContact(
                          housing,
                          aino,
                          "Aino Uusinimi",
                          "aino.uusi@asunto.test",
                          "013 2",
                          null,
                          "kalenteri ilman osoitetta");
                      return null;
                    }))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("network.feedAddress"));

    assertThat(contactsOf(housing))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo(aino);
              assertThat(c.name()).as("a refused form changes nothing").isEqualTo("Aino Asunto");
              assertThat(c.email()).isEqualTo("aino@asunto.test");
              assertThat(c.phone()).isNull();
              assertThat(c.busyFeedUrl()).isEqualTo("https://kalenteri.test/aino.ics");
            });

    as(
        "admin-joensuu",
        n -> {
          n.updateContact(
              housing, aino, "Aino Uusinimi", "aino.uusi@asunto.test", "013 2", null, null);
          return null;
        });
    assertThat(contactsOf(housing))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Aino Uusinimi");
              assertThat(c.email()).isEqualTo("aino.uusi@asunto.test");
              assertThat(c.busyFeedUrl()).as("an empty feed stops it").isNull();
            });
  }

  @Test
  void aRefusedOrganisationFormChangesNothing() {
    long prison =
        as(
            "admin-joensuu",
            n -> n.addOrganisation("Joensuun vankila", OrganisationType.PRISON, null));
    Optional<String> key =
        as(
            "admin-joensuu",
            n ->
                n.saveOrganisation(
                    prison,
                    new NetworkAdmin.OrganisationForm(
                        "Joensuun vankila",
                        OrganisationType.PRISON,
                        DeliveryChannel.EMAIL,
                        true,
                        "https://video.test/huone",
                        "https://vankila.test/aso")));
    assertThat(key).as("a new webhook gets a key, shown once").isPresent();
    byte[] sealedKey = sealedWebhookKey(prison);
    OrganisationSummary before = summaryOf(prison);

    for (NetworkAdmin.OrganisationForm refused :
        List.of(
            new NetworkAdmin.OrganisationForm(
                "Uusi nimi",
                OrganisationType.OTHER,
                DeliveryChannel.SECURE_EMAIL,
                false,
                null,
                "ftp://vankila.test/aso"),
            new NetworkAdmin.OrganisationForm(
                "Uusi nimi",
                OrganisationType.OTHER,
                DeliveryChannel.SECURE_EMAIL,
                true,
                "http://video.test/ei-salattu",
                "https://vankila.test/uusi"),
            new NetworkAdmin.OrganisationForm(
                " ", OrganisationType.OTHER, DeliveryChannel.SECURE_EMAIL, false, null, ""))) {
      assertThatThrownBy(() -> as("admin-joensuu", n -> n.saveOrganisation(prison, refused)))
          .as(refused.toString())
          .isInstanceOf(Refusal.class);
      assertThat(summaryOf(prison)).as("nothing changed after " + refused).isEqualTo(before);
      assertThat(sealedWebhookKey(prison))
          .as("the webhook key was not renewed")
          .isEqualTo(sealedKey);
    }

    Optional<String> sameWebhook =
        as(
            "admin-joensuu",
            n ->
                n.saveOrganisation(
                    prison,
                    new NetworkAdmin.OrganisationForm(
                        "Joensuun vankila (uusi)",
                        OrganisationType.PRISON,
                        null,
                        null,
                        null,
                        "https://vankila.test/aso")));
    assertThat(sameWebhook).as("the same webhook keeps its key").isEmpty();
    assertThat(sealedWebhookKey(prison)).isEqualTo(sealedKey);
    OrganisationSummary after = summaryOf(prison);
    assertThat(after.name()).isEqualTo("Joensuun vankila (uusi)");
    assertThat(after.videoRoomUrl())
        .as("no video room given: as it was")
        .isEqualTo("https://video.test/huone");
    assertThat(after.preferredChannel()).isEqualTo(DeliveryChannel.EMAIL);
  }

  private static List<ContactSummary> contactsOf(long organisationId) {
    return as("admin-joensuu", NetworkAdmin::network).stream()
        .filter(o -> o.organisation().id() == organisationId)
        .findFirst()
        .orElseThrow()
        .contacts();
  }

  private static OrganisationSummary summaryOf(long organisationId) {
    return as("admin-joensuu", NetworkAdmin::network).stream()
        .filter(o -> o.organisation().id() == organisationId)
        .findFirst()
        .orElseThrow()
        .organisation();
  }

  private static byte[] sealedWebhookKey(long organisationId) {
    return Transactions.inTransaction(
        emf, em -> em.find(Organisation.class, organisationId).sealedWebhookSecret().orElse(null));
  }

  private static void admin(EntityManager em, String name, Region region, Role role) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, null);
    em.persist(user);
  }

  private static <T> T as(String username, Function<NetworkAdmin, T> work) {
    return Transactions.inTransaction(
        emf,
        em -> {
          return work.apply(
              TestServices.of(em, CallerIdentity.of(username), Clock.systemUTC()).networkAdmin());
        });
  }
}
