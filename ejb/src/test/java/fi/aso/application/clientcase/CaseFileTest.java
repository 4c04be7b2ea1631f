package fi.aso.application.clientcase;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaConsentRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may read a client case, and what the audit trail then says, on a real PostgreSQL. */
class CaseFileTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long caseId;
  private static long kodit;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("case_file");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(region);
    Organisation prison = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation housing =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    Organisation socialWork =
        new Organisation("Siun sote", OrganisationType.ADULT_SOCIAL_WORK, region);
    em.persist(prison);
    em.persist(housing);
    em.persist(socialWork);
    StaffUser caseWorker = user(em, "caseworker", Role.CASE_WORKER, region, prison);
    user(em, "chair", Role.CHAIR, region, null);
    user(em, "admin", Role.ADMIN, region, null);
    user(em, "kodit", Role.PARTNER, region, housing);
    user(em, "sote", Role.PARTNER, region, socialWork);
    ClientCase c =
        new ClientCase(
            region,
            "ASO-2026-001",
            "Matti Meikäläinen",
            LocalDate.of(1985, 3, 14),
            ClientKind.PRISONER,
            prison,
            caseWorker,
            OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    c.expectRelease(LocalDate.of(2026, 12, 20));
    c.referral()
        .with(Referral.Topic.WISHES, "Oma vuokra-asunto Joensuusta")
        .with(Referral.Topic.SUBSTANCE_USE, "Päihdekuntoutus kesken");
    em.persist(c);
    Consent consent =
        new JpaConsentRepository(em)
            .historyOf(0)
            .give(
                c,
                ConsentMethod.PAPER,
                "fi-2026-1",
                Instant.parse("2026-11-02T10:00:00Z"),
                LocalDate.of(2027, 6, 30),
                "caseworker",
                Map.of(housing, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES)));
    em.persist(consent);
    em.getTransaction().commit();
    caseId = c.id();
    kodit = housing.id();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void theChairAndTheCaseWorkerSeeTheWholeCase() {
    CaseView view = as("chair", file -> file.read(caseId, "meeting preparation"));

    assertThat(view.fullName()).isEqualTo("Matti Meikäläinen");
    assertThat(view.referral())
        .containsEntry(Referral.Topic.SUBSTANCE_USE, "Päihdekuntoutus kesken");
    assertThat(as("caseworker", file -> file.read(caseId, "referral")).visibleCategories())
        .hasSize(5);
  }

  @Test
  void aConsentedPartnerSeesOnlyTheConsentedCategories() {
    CaseView view = as("kodit", file -> file.read(caseId, "advance information"));

    assertThat(view.fullName()).isEqualTo("Matti Meikäläinen");
    assertThat(view.expectedReleaseDate()).isEqualTo(LocalDate.of(2026, 12, 20));
    assertThat(view.referral())
        .containsEntry(Referral.Topic.WISHES, "Oma vuokra-asunto Joensuusta")
        .doesNotContainKey(Referral.Topic.SUBSTANCE_USE)
        .doesNotContainKey(Referral.Topic.CREDIT_RECORD);
    assertThat(view.visibleCategories())
        .containsExactlyInAnyOrder(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES);
  }

  @Test
  void aPartnerWithoutConsentAndAnAdministratorSeeNothingAndTheAttemptIsAudited() {
    assertThatThrownBy(() -> as("sote", file -> file.read(caseId, "curiosity")))
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(() -> as("admin", file -> file.read(caseId, "curiosity")))
        .isInstanceOf(CaseAccessDenied.class);

    List<AuditEvent> report = accessReport();
    assertThat(report)
        .filteredOn(e -> e.action() == AuditAction.ACCESS_DENIED)
        .extracting(AuditEvent::actor)
        .contains("sote", "admin");
  }

  @Test
  void theAccessReportListsExactlyTheReadsOfThisClient() {
    int before = accessReport().size();
    as("kodit", file -> file.read(caseId, "advance information"));
    as("chair", file -> file.read(caseId, "meeting"));

    List<AuditEvent> report = accessReport();
    assertThat(report).hasSize(before + 2);
    assertThat(report.subList(before, before + 2))
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly("kodit READ", "chair READ");
    assertThat(report.get(before).purpose())
        .contains("IDENTITY_AND_RELEASE", "HOUSING_HISTORY_AND_WISHES");
  }

  @Test
  void withdrawingTheConsentEndsThePartnersAccessAtOnce() {
    long otherCase = newCaseWithConsentToKodit("ASO-2026-002");
    assertThat(as("kodit", file -> file.read(otherCase, "advance information")).fullName())
        .isNotNull();

    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    new JpaConsentRepository(em)
        .historyOf(otherCase)
        .latest()
        .orElseThrow()
        .withdrawFor(kodit, "client", NOW);
    em.getTransaction().commit();
    em.close();

    assertThatThrownBy(() -> as("kodit", file -> file.read(otherCase, "advance information")))
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void theWorkListShowsTheRegionsOpenCasesSoonestReleaseFirstAndFlagsTheFastTrack() {
    List<WorkListEntry> list = as("chair", CaseFile::workList);

    assertThat(list).isNotEmpty();
    WorkListEntry first = list.get(0);
    assertThat(first.reference()).isEqualTo("ASO-2026-001");
    assertThat(first.daysToRelease()).isEqualTo(25L);
    assertThat(first.fastTrack()).isTrue();
    assertThat(as("kodit", CaseFile::workList)).isEmpty();
  }

  @Test
  void aPartnerListsOnlyTheCasesItsOrganisationMaySee() {
    List<WorkListEntry> kodit = as("kodit", CaseFile::partnerCases);
    assertThat(kodit).extracting(WorkListEntry::reference).contains("ASO-2026-001");
    assertThat(kodit).allSatisfy(e -> assertThat(e.fullName()).isNotNull());
    assertThat(as("sote", CaseFile::partnerCases)).isEmpty();
    assertThat(as("chair", CaseFile::partnerCases)).isEmpty();
  }

  private long newCaseWithConsentToKodit(String reference) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    ClientCase first = em.find(ClientCase.class, caseId);
    ClientCase c =
        new ClientCase(
            first.region(),
            reference,
            "Liisa Esimerkki",
            LocalDate.of(1990, 1, 1),
            ClientKind.PROBATION_CLIENT,
            first.institution(),
            first.caseWorker(),
            OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    em.persist(c);
    em.flush();
    em.persist(
        new JpaConsentRepository(em)
            .historyOf(c.id())
            .give(
                c,
                ConsentMethod.ELECTRONIC,
                "fi-2026-1",
                Instant.parse("2026-11-02T10:00:00Z"),
                LocalDate.of(2027, 6, 30),
                "caseworker",
                Map.of(em.find(Organisation.class, kodit), Set.of(IDENTITY_AND_RELEASE))));
    em.getTransaction().commit();
    em.close();
    return c.id();
  }

  private static List<AuditEvent> accessReport() {
    EntityManager em = emf.createEntityManager();
    try {
      return TestServices.of(em, "reader", Instant.now()).audit().forClientCase(caseId);
    } finally {
      em.close();
    }
  }

  private static <T> T as(String username, Function<CaseFile, T> work) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    try {
      return work.apply(TestServices.of(em, username, NOW).caseFile());
    } finally {
      // audit lines of refusals are kept, as the container's separate transaction would keep them
      em.getTransaction().commit();
      em.close();
    }
  }

  private static StaffUser user(
      EntityManager em, String name, Role role, Region region, Organisation organisation) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, organisation);
    em.persist(user);
    return user;
  }
}
