package fi.aso.application.consent;

import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaClientCaseRepository;
import fi.aso.infrastructure.persistence.JpaConsentRepository;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
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

/** One-time consent links on a real PostgreSQL: they work once, briefly, and lock on guessing. */
class ElectronicConsentTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long kodit;
  private static long caseId;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("electronic_consent");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(region);
    Organisation prison = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation housing = new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    List.of(prison, housing).forEach(em::persist);
    StaffUser cw = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    cw.placeIn(region, prison);
    em.persist(cw);
    ClientCase c = new ClientCase(region, "ASO-EC-001", "Asiakas", LocalDate.of(1990, 1, 1), ClientKind.PRISONER,
        prison, cw, OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    em.persist(c);
    em.getTransaction().commit();
    kodit = housing.id();
    caseId = c.id();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aLinkWorksOnceWithTheRightCode() {
    ElectronicConsent.Issued issued = invite();

    assertThat(this.<Boolean>at(NOW, s -> s.isOpen(issued.token()))).isTrue();
    assertThat(this.<java.util.Optional<ElectronicConsent.Proposal>>at(NOW, s -> s.proposal(issued.token(), issued.code()))).get()
        .satisfies(p -> assertThat(p.agencies()).containsOnlyKeys(kodit));
    var consent = at(NOW.plusSeconds(60), s -> s.answer(issued.token(), issued.code(), Set.of(kodit), "Asiakas Esimerkki"));

    assertThat(consent.method()).isEqualTo(ConsentMethod.ELECTRONIC);
    assertThat(consent.confirmedName()).contains("Asiakas Esimerkki");
    assertThat(this.<Boolean>at(NOW.plusSeconds(61), s -> s.isOpen(issued.token()))).isFalse();
    assertThatThrownBy(() -> at(NOW.plusSeconds(62), s -> s.answer(issued.token(), issued.code(), Set.of(kodit), "X")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLinkExpiresAfterAnHour() {
    ElectronicConsent.Issued issued = invite();

    assertThat(this.<Boolean>at(NOW.plus(ConsentInvitation.LIFETIME).minusSeconds(1), s -> s.isOpen(issued.token()))).isTrue();
    assertThat(this.<Boolean>at(NOW.plus(ConsentInvitation.LIFETIME), s -> s.isOpen(issued.token()))).isFalse();
    assertThat(this.<java.util.Optional<ElectronicConsent.Proposal>>at(NOW.plus(Duration.ofHours(2)), s -> s.proposal(issued.token(), issued.code()))).isEmpty();
  }

  @Test
  void fiveWrongCodesLockTheLinkEvenForTheRightCode() {
    ElectronicConsent.Issued issued = invite();
    String wrong = issued.code().equals("000000") ? "111111" : "000000";

    for (int i = 0; i < ConsentInvitation.MAX_FAILED_CODES; i++) {
      assertThat(this.<java.util.Optional<ElectronicConsent.Proposal>>at(NOW, s -> s.proposal(issued.token(), wrong))).isEmpty();
    }

    assertThat(this.<java.util.Optional<ElectronicConsent.Proposal>>at(NOW, s -> s.proposal(issued.token(), issued.code()))).isEmpty();
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen(issued.token()))).isFalse();
  }

  @Test
  void aGuessedTokenRevealsNothing() {
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen("not-a-real-token-but-long-enough-to-look-up"))).isFalse();
    assertThat(this.<java.util.Optional<ElectronicConsent.Proposal>>at(NOW, s -> s.proposal("not-a-real-token-but-long-enough-to-look-up", "123456"))).isEmpty();
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen(null))).isFalse();
  }

  private ElectronicConsent.Issued invite() {
    return at(NOW, s -> s.invite(caseId, Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)), LocalDate.of(2027, 6, 30), "fi"));
  }

  private <T> T at(Instant now, Function<ElectronicConsent, T> work) {
    return Transactions.inTransaction(emf, em -> {
      ElectronicConsent service = new ElectronicConsent();
      CallerIdentity caller = CallerIdentity.of("caseworker");
      service.cases = new JpaClientCaseRepository(em);
      service.consents = new JpaConsentRepository(em);
      service.access = new fi.aso.application.clientcase.CaseAccess(service.cases, new JpaStaffUserRepository(em), caller, em);
      service.audit = new AuditTrail(em, caller, Clock.fixed(now, ZoneOffset.UTC));
      service.caller = caller;
      service.events = e -> { };
      service.em = em;
      service.clock = Clock.fixed(now, ZoneOffset.UTC);
      return work.apply(service);
    });
  }

}
