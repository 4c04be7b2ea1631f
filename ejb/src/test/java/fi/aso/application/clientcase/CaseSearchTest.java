package fi.aso.application.clientcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.referral.NewReferral;
import fi.aso.application.search.Page;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding a case among the region's: by part of a name or reference, by a whole identity code (its
 * keyed hash), by state, urgency and own clients; sorted and one page at a time, with only the
 * cases on the page read (audited).
 */
class CaseSearchTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long prison;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("case_search");
    Transactions.inTransaction(
        emf,
        em -> {
          Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
          em.persist(region);
          Organisation p = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
          em.persist(p);
          for (String[] u : new String[][] {{"caseworker", "CASE_WORKER"}, {"chair", "CHAIR"}}) {
            StaffUser user = new StaffUser(u[0], u[0], Set.of(Role.valueOf(u[1])));
            user.placeIn(region, p);
            em.persist(user);
          }
          em.flush();
          prison = p.id();
          return null;
        });
    // twelve clients of the case worker, releases 10, 20, ... 120 days ahead; one of the chair's
    for (int i = 0; i < 12; i++) {
      refer(
          "caseworker",
          "Haku Asiakas " + (char) ('A' + i),
          null,
          LocalDate.of(1980, 1, 1),
          10 * (i + 1));
    }
    refer("chair", "Tunnus Tuomas", "131052-308T", LocalDate.of(1952, 10, 13), 200);
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aPageOfMatchesSortedWithTheTotalAndOnlyThePageRead() {
    long readBefore = searchReads();
    Page<WorkListEntry> first =
        search("chair", new CaseQuery("haku", null, false, false, "release", 0, 5));
    Page<WorkListEntry> third =
        search("chair", new CaseQuery("haku", null, false, false, "release", 10, 5));

    assertThat(first.total()).isEqualTo(12);
    assertThat(first.entries())
        .extracting(WorkListEntry::fullName)
        .containsExactly(
            "Haku Asiakas A",
            "Haku Asiakas B",
            "Haku Asiakas C",
            "Haku Asiakas D",
            "Haku Asiakas E");
    assertThat(third.entries())
        .extracting(WorkListEntry::fullName)
        .containsExactly("Haku Asiakas K", "Haku Asiakas L");
    assertThat(searchReads() - readBefore)
        .as("the seven cases shown were read, not the twelve looked through twice")
        .isEqualTo(7);

    Page<WorkListEntry> byName =
        search("chair", new CaseQuery(null, null, false, false, "name", 0, 3));
    assertThat(byName.entries())
        .extracting(WorkListEntry::fullName)
        .containsExactly("Haku Asiakas A", "Haku Asiakas B", "Haku Asiakas C");
  }

  @Test
  void byIdentityCodeReferenceStateUrgencyAndOwnClients() {
    assertThat(
            search("chair", new CaseQuery("131052-308t", null, false, false, null, 0, 50))
                .entries())
        .singleElement()
        .satisfies(e -> assertThat(e.fullName()).isEqualTo("Tunnus Tuomas"));
    assertThat(search("chair", new CaseQuery("131052", null, false, false, null, 0, 50)).entries())
        .as("part of a code finds nothing: codes are compared whole, through their hash")
        .isEmpty();
    String reference =
        search("chair", new CaseQuery("Tunnus", null, false, false, null, 0, 50))
            .entries()
            .get(0)
            .reference();
    assertThat(search("chair", new CaseQuery(reference, null, false, false, null, 0, 50)).total())
        .isEqualTo(1);
    assertThat(search("caseworker", new CaseQuery(null, null, false, true, null, 0, 50)).entries())
        .hasSize(12)
        .noneMatch(e -> e.fullName().equals("Tunnus Tuomas"));
    assertThat(
            search("chair", new CaseQuery(null, CaseState.REFERRED, false, false, null, 0, 50))
                .total())
        .isEqualTo(13);
    assertThat(search("chair", new CaseQuery(null, null, true, false, null, 0, 50)).entries())
        .as("urgent: releases within 45 days, before a meeting")
        .extracting(WorkListEntry::fullName)
        .containsExactly("Haku Asiakas A", "Haku Asiakas B", "Haku Asiakas C", "Haku Asiakas D");
    assertThatThrownBy(() -> new CaseQuery(null, null, false, false, "age", 0, 10))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new CaseQuery(null, null, false, false, null, 0, 1000))
        .isInstanceOf(Refusal.class);
  }

  private static void refer(
      String user, String name, String code, LocalDate born, int daysToRelease) {
    Transactions.inTransaction(
        emf,
        em ->
            TestServices.of(em, user, NOW)
                .referrals()
                .refer(
                    new NewReferral(
                        name,
                        born,
                        code,
                        ClientKind.PRISONER,
                        prison,
                        LocalDate.of(2026, 11, 25).plusDays(daysToRelease),
                        Map.of())));
  }

  private static Page<WorkListEntry> search(String user, CaseQuery query) {
    return Transactions.inTransaction(
        emf, em -> TestServices.of(em, user, NOW).caseFile().search(query));
  }

  private static long searchReads() {
    return Transactions.<Long>inTransaction(
        emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from audit_event where purpose = 'case search'")
                        .getSingleResult())
                .longValue());
  }
}
