package fi.aso.application.consent;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.consent.ConsentWithdrawn;
import fi.aso.domain.consent.Disclosure;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaConsentRepository;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.ScanFiles;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording and withdrawing consent on a real PostgreSQL. */
class ConsentRegistryTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long kodit;
  private static long sote;
  private static long outsider;
  private static Region region;
  private final List<ConsentWithdrawn> announced = new ArrayList<>();

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("consent_registry");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    Region elsewhere = new Region("kuopio", "Kuopio", "Europe/Helsinki");
    em.persist(region);
    em.persist(elsewhere);
    Organisation prison = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation housing =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    Organisation social = new Organisation("Siun sote", OrganisationType.ADULT_SOCIAL_WORK, region);
    Organisation other =
        new Organisation("Kuopion Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, elsewhere);
    List.of(prison, housing, social, other).forEach(em::persist);
    StaffUser cw = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    cw.placeIn(region, prison);
    em.persist(cw);
    StaffUser partner = new StaffUser("kodit", "Kalle", Set.of(Role.PARTNER));
    partner.placeIn(region, housing);
    em.persist(partner);
    em.getTransaction().commit();
    kodit = housing.id();
    sote = social.id();
    outsider = other.id();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aRecordedPaperConsentOpensTheNamedOrganisationsAndReadiesTheCase() {
    long caseId = newCase("ASO-CR-001");

    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(
                        kodit,
                        Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES),
                        sote,
                        Set.of()),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));

    assertThat(decide(caseId, kodit, HOUSING_HISTORY_AND_WISHES).allowed()).isTrue();
    assertThat(decide(caseId, sote, IDENTITY_AND_RELEASE).reason())
        .isEqualTo(Disclosure.Reason.NOT_NAMED);
    assertThat(state(caseId)).isEqualTo(CaseState.READY_FOR_MEETING);
  }

  @Test
  void aConsentValidForLongerThanTheLimitOrEndedAlreadyIsRefusedAndChangesNothing() {
    long caseId = newCase("ASO-CR-090");
    // the test clock is 2026-11-25; the limit is five years
    for (LocalDate typo :
        java.util.List.of(
            LocalDate.of(100000, 1, 1), LocalDate.of(2031, 11, 26), LocalDate.of(2026, 11, 24))) {
      assertThatThrownBy(
              () ->
                  as(
                      "caseworker",
                      r ->
                          r.recordPaperConsent(
                              caseId,
                              new ConsentGrant(
                                  Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)), typo, "fi-2026-1"))))
          .as(typo.toString())
          .isInstanceOfSatisfying(
              fi.aso.domain.Refusal.class, r -> assertThat(r.code()).isEqualTo("consent.validity"));
    }
    assertThat(state(caseId)).as("nothing recorded").isEqualTo(CaseState.REFERRED);
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2031, 11, 25),
                    "fi-2026-1")));
    assertThat(state(caseId)).as("five years to the day").isEqualTo(CaseState.READY_FOR_MEETING);
  }

  @Test
  void aNewConsentVersionLeavesAClientOnAMeetingWhereTheyAre() {
    long caseId = newCase("ASO-CR-091");
    ConsentGrant grant =
        new ConsentGrant(
            Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)), LocalDate.of(2027, 6, 30), "fi-2026-1");
    as("caseworker", r -> r.recordPaperConsent(caseId, grant));
    // the chair puts the client on a meeting
    Transactions.inTransaction(
        emf,
        em -> {
          ClientCase c = em.find(ClientCase.class, caseId);
          em.persist(
              c.moveTo(
                  CaseState.SCHEDULED,
                  "chair",
                  "slot added",
                  OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC)));
          return null;
        });

    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE), sote, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));

    assertThat(state(caseId))
        .as("still on the meeting, not offered for another slot")
        .isEqualTo(CaseState.SCHEDULED);
  }

  @Test
  void refusingEveryOrganisationMarksTheConsentRefused() {
    long caseId = newCase("ASO-CR-002");

    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(Map.of(kodit, Set.of()), LocalDate.of(2027, 6, 30), "fi-2026-1")));

    assertThat(state(caseId)).isEqualTo(CaseState.CONSENT_REFUSED);
    assertThat(decide(caseId, kodit, IDENTITY_AND_RELEASE).allowed()).isFalse();
  }

  @Test
  void withdrawalForOneOrganisationEndsItsAccessAtOnceAndIsAnnounced() {
    long caseId = newCase("ASO-CR-003");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE), sote, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));

    Set<Long> lost = as("caseworker", r -> r.withdraw(caseId, kodit));

    assertThat(lost).containsExactly(kodit);
    assertThat(decide(caseId, kodit, IDENTITY_AND_RELEASE).reason())
        .isEqualTo(Disclosure.Reason.WITHDRAWN);
    assertThat(decide(caseId, sote, IDENTITY_AND_RELEASE).allowed()).isTrue();
    assertThat(announced)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.caseId()).isEqualTo(caseId);
              assertThat(e.organisationIds()).containsExactly(kodit);
              assertThat(e.whole()).isFalse();
            });
    assertThat(state(caseId)).isEqualTo(CaseState.READY_FOR_MEETING);
  }

  @Test
  void aConsentRecordedOnAStaleViewIsRefusedAndChangesNothing() {
    long caseId = newCase("ASO-CR-010");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1",
                    0)));

    // a second worker's page was loaded before the first consent (it saw no versions)
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r ->
                        r.recordPaperConsent(
                            caseId,
                            new ConsentGrant(
                                Map.of(sote, Set.of(IDENTITY_AND_RELEASE)),
                                LocalDate.of(2027, 6, 30),
                                "fi-2026-1",
                                0))))
        .isInstanceOf(fi.aso.application.clientcase.ConcurrentEdit.class);

    assertThat(this.<List<fi.aso.domain.consent.Consent>>as("caseworker", r -> r.history(caseId)))
        .hasSize(1);
    assertThat(decide(caseId, sote, IDENTITY_AND_RELEASE).allowed()).isFalse();
    assertThat(
            as(
                    "caseworker",
                    r ->
                        r.recordPaperConsent(
                            caseId,
                            new ConsentGrant(
                                Map.of(sote, Set.of(IDENTITY_AND_RELEASE)),
                                LocalDate.of(2027, 6, 30),
                                "fi-2026-1",
                                1)))
                .versionNo())
        .isEqualTo(2);
  }

  @Test
  void withdrawingWhollyEndsEveryonesAccessAndTheCaseShowsIt() {
    long caseId = newCase("ASO-CR-004");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE), sote, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));

    Set<Long> lost = as("caseworker", r -> r.withdraw(caseId, null));

    assertThat(lost).containsExactlyInAnyOrder(kodit, sote);
    assertThat(decide(caseId, sote, IDENTITY_AND_RELEASE).reason())
        .isEqualTo(Disclosure.Reason.WITHDRAWN);
    assertThat(state(caseId)).isEqualTo(CaseState.CONSENT_WITHDRAWN);
    assertThat(announced).singleElement().satisfies(e -> assertThat(e.whole()).isTrue());
  }

  @Test
  void aNewVersionThatLeavesAnOrganisationOutWithdrawsItsConsentAndSaysSo() {
    long caseId = newCase("ASO-CR-007");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE), sote, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));

    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(sote, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-2")));

    assertThat(announced)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.organisationIds()).containsExactly(kodit);
              assertThat(e.consentVersion()).isEqualTo(1);
              assertThat(e.whole()).isFalse();
            });
  }

  @Test
  void theScannedPaperFormIsStoredSealedAndOpensForTheRegionsStaffOnly() throws Exception {
    long caseId = newCase("ASO-CR-008");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));
    byte[] scan = ScanFiles.pdf();

    as(
        "caseworker",
        r -> {
          r.attachScan(caseId, 1, "lomake.pdf", scan);
          return null;
        });

    assertThat(
            this.<java.util.Optional<ConsentRegistry.Scan>>as("caseworker", r -> r.scan(caseId, 1)))
        .get()
        .satisfies(
            s -> {
              assertThat(s.content()).isEqualTo(scan);
              assertThat(s.fileName()).isEqualTo("lomake.pdf");
              assertThat(s.contentType()).isEqualTo("application/pdf");
            });
    try (var db = EmbeddedDatabase.platform("consent_registry").getConnection();
        var rs = db.createStatement().executeQuery("select sealed from consent_document")) {
      rs.next();
      assertThat(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("%PDF");
    }
    assertThatThrownBy(() -> as("kodit", r -> r.scan(caseId, 1)))
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void aScanIsTakenForWhatItsBytesAreAndAPageCalledAJpegChangesNothing() {
    long caseId = newCase("ASO-CR-030");
    paperConsent(caseId);
    byte[] form = ScanFiles.pdf();
    as(
        "caseworker",
        r -> {
          r.attachScan(caseId, 1, "lomake.pdf", form);
          return null;
        });

    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r -> {
                      r.attachScan(caseId, 1, "lomake.jpg", ScanFiles.html());
                      return null;
                    }))
        .isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("consent.scanType"));
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r -> {
                      r.attachScan(caseId, 1, "lomake.pdf", ScanFiles.pdfWithJavaScript());
                      return null;
                    }))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("JavaScript");

    assertThat(
            this.<java.util.Optional<ConsentRegistry.Scan>>as("caseworker", r -> r.scan(caseId, 1)))
        .get()
        .satisfies(s -> assertThat(s.content()).isEqualTo(form));
  }

  @Test
  void aSecondScanOfOneVersionReplacesTheFirstAndIsAuditedAsAChange() {
    long caseId = newCase("ASO-CR-031");
    paperConsent(caseId);
    as(
        "caseworker",
        r -> {
          r.attachScan(caseId, 1, "vaara-sivu.pdf", ScanFiles.pdf());
          return null;
        });
    byte[] clearer = ScanFiles.png();

    as(
        "caseworker",
        r -> {
          // a PNG, whatever the name says
          r.attachScan(caseId, 1, "lomake.jpg", clearer);
          return null;
        });

    assertThat(
            this.<java.util.Optional<ConsentRegistry.Scan>>as("caseworker", r -> r.scan(caseId, 1)))
        .get()
        .satisfies(
            s -> {
              assertThat(s.content()).isEqualTo(clearer);
              assertThat(s.contentType()).isEqualTo("image/png");
              assertThat(s.fileName()).isEqualTo("lomake.jpg");
            });
    assertThat(
            Transactions.<List<Object>>inTransaction(
                emf,
                em ->
                    em.createNativeQuery(
                            "select e.action || ' ' || e.purpose from audit_event e"
                                + " where e.object_type = 'ConsentDocument' and e.object_id = ?1"
                                + " and e.action <> 'READ' order by e.id")
                        .setParameter(1, caseId + "/1")
                        .getResultList()))
        .map(Object::toString)
        .containsExactly("CREATE scanned consent form", "UPDATE scanned consent form replaced");
  }

  private void paperConsent(long caseId) {
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));
  }

  @Test
  void aConsentVersionNamedUnderAnotherCaseIsNotFoundAndNothingIsAttached() {
    long caseId = newCase("ASO-CR-020");
    long other = newCase("ASO-CR-021");
    for (long id : new long[] {caseId, caseId, other}) {
      as(
          "caseworker",
          r ->
              r.recordPaperConsent(
                  id,
                  new ConsentGrant(
                      Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                      LocalDate.of(2027, 6, 30),
                      "fi-2026-1")));
    }
    byte[] scan = ScanFiles.pdf();

    // version 2 is the first case's; the other case has only version 1
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r -> {
                      r.attachScan(other, 2, "lomake.pdf", scan);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> as("caseworker", r -> r.scan(other, 2))).isInstanceOf(NotFound.class);
    assertThat(
            this.<java.util.Optional<ConsentRegistry.Scan>>as("caseworker", r -> r.scan(caseId, 2)))
        .isEmpty();
    assertThat(
            this.<java.util.Optional<ConsentRegistry.Scan>>as("caseworker", r -> r.scan(other, 1)))
        .isEmpty();
  }

  @Test
  void aNewVersionThatConsentsToNothingWithdrawsTheConsentInForce() {
    long caseId = newCase("ASO-CR-009");
    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId,
                new ConsentGrant(
                    Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi-2026-1")));
    assertThat(state(caseId)).isEqualTo(CaseState.READY_FOR_MEETING);

    as(
        "caseworker",
        r ->
            r.recordPaperConsent(
                caseId, new ConsentGrant(Map.of(), LocalDate.of(2027, 6, 30), "fi-2026-1")));

    assertThat(state(caseId)).isEqualTo(CaseState.CONSENT_WITHDRAWN);
    assertThat(decide(caseId, kodit, IDENTITY_AND_RELEASE).allowed()).isFalse();
    assertThat(announced)
        .singleElement()
        .satisfies(e -> assertThat(e.organisationIds()).containsExactly(kodit));
  }

  @Test
  void organisationsOutsideTheRegionsNetworkCannotBeNamedAndNothingChanges() {
    long caseId = newCase("ASO-CR-005");

    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r ->
                        r.recordPaperConsent(
                            caseId,
                            new ConsentGrant(
                                Map.of(outsider, Set.of(IDENTITY_AND_RELEASE)),
                                LocalDate.of(2027, 6, 30),
                                "fi-2026-1"))))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("network");
    assertThat(state(caseId)).isEqualTo(CaseState.REFERRED);
  }

  @Test
  void onlyTheRegionsChairsAndCaseWorkersRecordConsent() {
    long caseId = newCase("ASO-CR-006");

    assertThatThrownBy(
            () ->
                as(
                    "kodit",
                    r ->
                        r.recordPaperConsent(
                            caseId,
                            new ConsentGrant(
                                Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                                LocalDate.of(2027, 6, 30),
                                "fi-2026-1"))))
        .isInstanceOf(CaseAccessDenied.class);
  }

  private Disclosure decide(
      long caseId, long organisationId, fi.aso.domain.consent.InformationCategory category) {
    EntityManager em = emf.createEntityManager();
    try {
      return new ConsentPolicy(
              new JpaConsentRepository(em), Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC))
          .decide(caseId, organisationId, category);
    } finally {
      em.close();
    }
  }

  private CaseState state(long caseId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(ClientCase.class, caseId).state();
    } finally {
      em.close();
    }
  }

  private long newCase(String reference) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    StaffUser cw = new JpaStaffUserRepository(em).findByUsername("caseworker").orElseThrow();
    ClientCase c =
        new ClientCase(
            em.find(Region.class, region.id()),
            reference,
            "Asiakas " + reference,
            LocalDate.of(1990, 1, 1),
            ClientKind.PRISONER,
            cw.organisation().orElseThrow(),
            cw,
            OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    em.persist(c);
    em.getTransaction().commit();
    em.close();
    return c.id();
  }

  /** Runs in one transaction; a refusal rolls it back, as the container would. */
  private <T> T as(String username, Function<ConsentRegistry, T> work) {
    return Transactions.inTransaction(
        emf,
        em -> {
          return work.apply(
              TestServices.of(em, username, NOW)
                  .onConsentWithdrawn(announced::add)
                  .consentRegistry());
        });
  }
}
