package fi.aso.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.FactKind;
import fi.aso.infrastructure.persistence.JpaStatisticsStore;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's past year of the Joensuu group loads and gives the statistics a year to show. */
class DemoHistoryTest {

  @Test
  void theLastTwelveMonthsHaveFactsOfEveryKindTheHistoryMakes() {
    EntityManagerFactory emf = EmbeddedDatabase.entityManagerFactory("demohistory");
    long region =
        Transactions.inTransaction(
            emf,
            em -> {
              Region joensuu = new Region("joensuu", "Joensuun ASO-ryhmä", "Europe/Helsinki");
              em.persist(joensuu);
              Organisation prison = org(em, joensuu, "Joensuun vankila", OrganisationType.PRISON);
              org(
                  em,
                  joensuu,
                  "Joensuun yhdyskuntaseuraamustoimisto",
                  OrganisationType.PROBATION_OFFICE);
              Organisation kodit =
                  org(em, joensuu, "Joensuun Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY);
              Organisation sote =
                  org(
                      em,
                      joensuu,
                      "Siun sote, aikuissosiaalityö",
                      OrganisationType.ADULT_SOCIAL_WORK);
              Organisation te =
                  org(
                      em,
                      joensuu,
                      "Pohjois-Karjalan TE-toimisto",
                      OrganisationType.EMPLOYMENT_SERVICES);
              em.persist(new ContactPerson(kodit, "Kalle Kumppani", "partner@aso.localhost", null));
              em.persist(
                  new ContactPerson(sote, "Sari Sosiaalityö", "sari@siunsote.localhost", null));
              em.persist(new ContactPerson(te, "Tiina Työllisyys", "tiina@te.localhost", null));
              for (String name : new String[] {"chair", "caseworker"}) {
                StaffUser user = new StaffUser(name, name, Set.of(Role.CHAIR));
                user.placeIn(joensuu, prison);
                em.persist(user);
              }
              em.flush();
              assertThat(DemoHistory.load(em, joensuu.id())).isEqualTo(40);
              return joensuu.id();
            });
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    Set<FactKind> kinds =
        Transactions.inTransaction(
                emf,
                em ->
                    new JpaStatisticsStore(em)
                        .facts(
                            Optional.of(region),
                            ClientGroup.ALL,
                            today.minusMonths(12),
                            today,
                            EnumSet.allOf(FactKind.class)))
            .stream()
            .map(f -> f.kind())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FactKind.class)));
    assertThat(kinds)
        .contains(
            FactKind.REFERRED,
            FactKind.CONSENT_GIVEN,
            FactKind.MEETING_HELD,
            FactKind.ATTENDED_BY_VIDEO,
            FactKind.ACTION_DONE,
            FactKind.RELEASED,
            FactKind.FOLLOW_UP_6,
            FactKind.CASE_CLOSED);
  }

  private static Organisation org(
      EntityManager em, Region region, String name, OrganisationType type) {
    Organisation org = new Organisation(name, type, region);
    em.persist(org);
    return org;
  }
}
