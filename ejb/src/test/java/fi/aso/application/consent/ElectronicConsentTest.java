package fi.aso.application.consent;

import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaConsentRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-time consent links on a real PostgreSQL: they work once, briefly, and lock on guessing. */
class ElectronicConsentTest {

  /** The client's address in tests of right codes; tests of wrong ones use their own. */
  private static final String CLIENT_ADDRESS = "198.51.100.7";

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long kodit;
  private static long caseId;
  private static long prisonId;
  private static long withdrawingCaseId;
  private static final List<fi.aso.domain.consent.ConsentWithdrawn> announced =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("electronic_consent");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(region);
    Organisation prison = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation housing =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    List.of(prison, housing).forEach(em::persist);
    StaffUser cw = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    cw.placeIn(region, prison);
    em.persist(cw);
    ClientCase c =
        new ClientCase(
            region,
            "ASO-EC-001",
            "Asiakas",
            LocalDate.of(1990, 1, 1),
            ClientKind.PRISONER,
            prison,
            cw,
            OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    em.persist(c);
    ClientCase withdrawing =
        new ClientCase(
            region,
            "ASO-EC-002",
            "Toinen",
            LocalDate.of(1985, 5, 5),
            ClientKind.PRISONER,
            prison,
            cw,
            OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    em.persist(withdrawing);
    em.getTransaction().commit();
    kodit = housing.id();
    prisonId = prison.id();
    caseId = c.id();
    withdrawingCaseId = withdrawing.id();
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
    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW, s -> s.proposal(issued.token(), issued.code(), CLIENT_ADDRESS)))
        .get()
        .satisfies(p -> assertThat(p.agencies()).containsOnlyKeys(kodit));
    var consent =
        at(
            NOW.plusSeconds(60),
            s -> s.answer(issued.token(), issued.code(), Set.of(kodit), "Asiakas Esimerkki"));

    assertThat(consent.method()).isEqualTo(ConsentMethod.ELECTRONIC);
    assertThat(consent.confirmedName()).contains("Asiakas Esimerkki");
    assertThat(this.<Boolean>at(NOW.plusSeconds(61), s -> s.isOpen(issued.token()))).isFalse();
    assertThatThrownBy(
            () ->
                at(
                    NOW.plusSeconds(62),
                    s -> s.answer(issued.token(), issued.code(), Set.of(kodit), "X")))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void aRevokedLinkStopsWorkingAtOnceAndRevokingAgainChangesNothing() {
    ElectronicConsent.Issued issued = invite();

    assertThat(this.<Boolean>at(NOW.plusSeconds(10), s -> s.revoke(caseId, issued.id()))).isTrue();

    assertThat(this.<Boolean>at(NOW.plusSeconds(11), s -> s.isOpen(issued.token()))).isFalse();
    assertThatThrownBy(
            () ->
                at(
                    NOW.plusSeconds(12),
                    s -> s.answer(issued.token(), issued.code(), Set.of(kodit), "Asiakas")))
        .isInstanceOf(Refusal.class);
    assertThat(this.<Boolean>at(NOW.plusSeconds(13), s -> s.revoke(caseId, issued.id()))).isFalse();
    // a link is revoked only through its own case
    assertThatThrownBy(() -> at(NOW.plusSeconds(14), s -> s.revoke(withdrawingCaseId, issued.id())))
        .isInstanceOf(fi.aso.application.NotFound.class);
  }

  @Test
  void aLinkExpiresAfterAnHour() {
    ElectronicConsent.Issued issued = invite();

    assertThat(
            this.<Boolean>at(
                NOW.plus(ConsentInvitation.LIFETIME).minusSeconds(1),
                s -> s.isOpen(issued.token())))
        .isTrue();
    assertThat(
            this.<Boolean>at(NOW.plus(ConsentInvitation.LIFETIME), s -> s.isOpen(issued.token())))
        .isFalse();
    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW.plus(Duration.ofHours(2)),
                s -> s.proposal(issued.token(), issued.code(), "198.51.100.6")))
        .isEmpty();
  }

  @Test
  void fiveWrongCodesLockTheLinkEvenForTheRightCode() {
    ElectronicConsent.Issued issued = invite();
    String wrong = issued.code().equals("000000") ? "111111" : "000000";

    for (int i = 0; i < ConsentInvitation.MAX_FAILED_CODES; i++) {
      assertThat(
              this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                  NOW, s -> s.proposal(issued.token(), wrong, "198.51.100.5")))
          .isEmpty();
    }

    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW, s -> s.proposal(issued.token(), issued.code(), "198.51.100.5")))
        .isEmpty();
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen(issued.token()))).isFalse();
  }

  @Test
  void twentyConcurrentWrongCodesFromTwentyAddressesLockTheLinkAfterExactlyFive() throws Exception {
    ElectronicConsent.Issued issued = invite();
    String wrong = wrongCodeFor(issued);
    long auditedBefore = auditedWrongCodes();

    List<Optional<ElectronicConsent.Proposal>> answers =
        concurrently(20, i -> s -> s.proposal(issued.token(), wrong, "192.0.2." + (i + 1)));

    assertThat(answers).hasSize(20).allMatch(Optional::isEmpty);
    assertThat(failedAttempts(issued))
        .as("every wrong code counted until the link locked, and none after")
        .isEqualTo(ConsentInvitation.MAX_FAILED_CODES);
    assertThat(auditedWrongCodes() - auditedBefore).as("each try audited").isEqualTo(20);
    assertThat(
            this.<Optional<ElectronicConsent.Proposal>>at(
                NOW.plusSeconds(10), s -> s.proposal(issued.token(), issued.code(), "192.0.2.100")))
        .as("the right code afterwards, from an address that never failed")
        .isEmpty();
    assertThat(this.<Boolean>at(NOW.plusSeconds(10), s -> s.isOpen(issued.token()))).isFalse();
  }

  @Test
  void twentyConcurrentWrongCodesFromOneAddressAreCountedOneByOneThere() throws Exception {
    ElectronicConsent.Issued issued = invite();
    String wrong = wrongCodeFor(issued);
    long refusedBefore = auditedAddressRefusals();

    concurrently(20, i -> s -> s.proposal(issued.token(), wrong, "192.0.2.200"));

    int threshold = ConsentLinkThrottle.PER_ADDRESS.threshold();
    assertThat(auditedAddressRefusals() - refusedBefore)
        .as("the address let exactly its %d tries through and refused the rest", threshold)
        .isEqualTo(20 - threshold);
    assertThat(failedAttempts(issued)).isEqualTo(ConsentInvitation.MAX_FAILED_CODES);
  }

  @Test
  void aWrongCodeIsCountedEvenWhenTheCallThatTriedItFails() {
    ElectronicConsent.Issued issued = invite();
    String wrong = wrongCodeFor(issued);

    assertThatThrownBy(
            () -> at(NOW.plusSeconds(5), s -> s.answer(issued.token(), wrong, Set.of(kodit), "X")))
        .isInstanceOf(fi.aso.domain.Refusal.class);

    assertThat(failedAttempts(issued))
        .as("counted in a transaction of its own, kept when the answer rolled back")
        .isEqualTo(1);
  }

  private static String wrongCodeFor(ElectronicConsent.Issued issued) {
    return issued.code().equals("000000") ? "111111" : "000000";
  }

  /** Runs {@code n} calls at once on real threads, each in its own transaction, as requests. */
  private <T> List<T> concurrently(
      int n, java.util.function.IntFunction<Function<ElectronicConsent, T>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Function<ElectronicConsent, T> work = call.apply(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return at(NOW.plusSeconds(5), work);
                }));
      }
      start.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> result : results) {
        answers.add(result.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int failedAttempts(ElectronicConsent.Issued issued) {
    return Transactions.inTransaction(
        emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select failed_attempts from consent_invitation where token_hash = ?1")
                        .setParameter(1, fi.aso.domain.TokenHash.of(issued.token()))
                        .getSingleResult())
                .intValue());
  }

  private static long auditedWrongCodes() {
    return auditedWithPurpose("wrong or late consent code");
  }

  private static long auditedAddressRefusals() {
    return auditedWithPurpose("consent code tried too often from one address");
  }

  private static long auditedWithPurpose(String purpose) {
    return Transactions.inTransaction(
        emf,
        em ->
            em.createQuery("select count(a) from AuditEvent a where a.purpose = :p", Long.class)
                .setParameter("p", purpose)
                .getSingleResult());
  }

  @Test
  void oneAddressThatKeepsGuessingIsStoppedAcrossLinksForAWhile() {
    String wrongFor = "000000";
    for (int link = 0; link < 3; link++) {
      ElectronicConsent.Issued issued = invite();
      String wrong = issued.code().equals(wrongFor) ? "111111" : wrongFor;
      for (int i = 0; i < 4 && link * 4 + i < ConsentLinkThrottle.PER_ADDRESS.threshold(); i++) {
        assertThat(
                this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                    NOW, s -> s.proposal(issued.token(), wrong, "203.0.113.9")))
            .isEmpty();
      }
    }
    ElectronicConsent.Issued fresh = invite();

    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW.plusSeconds(1), s -> s.proposal(fresh.token(), fresh.code(), "203.0.113.9")))
        .as("the guessing address gets no answer even with the right code")
        .isEmpty();
    assertThat(this.<Boolean>at(NOW.plusSeconds(1), s -> s.isOpen(fresh.token())))
        .as("and its tries do not count against the link")
        .isTrue();
    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW.plusSeconds(2), s -> s.proposal(fresh.token(), fresh.code(), CLIENT_ADDRESS)))
        .as("the client at another address is not affected")
        .isPresent();
    assertThat(
            Transactions.<Boolean>inTransaction(
                emf,
                em ->
                    new ConsentLinkThrottle(TestServices.of(em, "caseworker", NOW).throttle())
                        .allows(
                            "203.0.113.9",
                            NOW.plus(ConsentLinkThrottle.PER_ADDRESS.firstLock()).plusSeconds(1))))
        .as("the lock runs out")
        .isTrue();
  }

  @Test
  void aGuessedTokenRevealsNothing() {
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen("not-a-real-token-but-long-enough-to-look-up")))
        .isFalse();
    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW,
                s ->
                    s.proposal(
                        "not-a-real-token-but-long-enough-to-look-up", "123456", "198.51.100.8")))
        .isEmpty();
    assertThat(this.<Boolean>at(NOW, s -> s.isOpen(null))).isFalse();
  }

  @Test
  void theClientWithdrawsThroughTheirOwnLinkFirstFromOneAgencyThenWholly() {
    ElectronicConsent.Issued give =
        at(
            NOW,
            s ->
                s.invite(
                    withdrawingCaseId,
                    Map.of(
                        kodit,
                        Set.of(IDENTITY_AND_RELEASE),
                        prisonId,
                        Set.of(IDENTITY_AND_RELEASE)),
                    LocalDate.of(2027, 6, 30),
                    "fi"));
    at(NOW, s -> s.answer(give.token(), give.code(), Set.of(kodit, prisonId), "Toinen Asiakas"));
    assertThatThrownBy(() -> at(NOW, s -> s.inviteWithdrawal(caseId + 999_999, "fi")))
        .isInstanceOf(RuntimeException.class);

    ElectronicConsent.Issued first =
        at(NOW.plusSeconds(10), s -> s.inviteWithdrawal(withdrawingCaseId, "sv"));
    var shown =
        this.<java.util.Optional<ElectronicConsent.Proposal>>at(
            NOW.plusSeconds(20), s -> s.proposal(first.token(), first.code(), CLIENT_ADDRESS));
    assertThat(shown)
        .get()
        .satisfies(
            p -> {
              assertThat(p.withdrawal()).isTrue();
              assertThat(p.language()).isEqualTo("sv");
              assertThat(p.agencies()).containsOnlyKeys(kodit, prisonId);
            });
    assertThatThrownBy(
            () ->
                at(
                    NOW.plusSeconds(25),
                    s -> s.answer(first.token(), first.code(), Set.of(kodit), "X")))
        .as("a withdrawal link cannot give a consent")
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () ->
                at(
                    NOW.plusSeconds(25),
                    s -> s.withdraw(first.token(), first.code(), Set.of(kodit), " ")))
        .as("the name confirms it")
        .isInstanceOf(Refusal.class);

    Set<Long> lost =
        at(
            NOW.plusSeconds(30),
            s -> s.withdraw(first.token(), first.code(), Set.of(kodit), "Toinen Asiakas"));

    assertThat(lost).containsExactly(kodit);
    assertThat(announced)
        .anySatisfy(
            e -> {
              assertThat(e.caseId()).isEqualTo(withdrawingCaseId);
              assertThat(e.organisationIds()).containsExactly(kodit);
              assertThat(e.whole()).isFalse();
            });
    assertThat(this.<Boolean>at(NOW.plusSeconds(31), s -> s.isOpen(first.token())))
        .as("used up")
        .isFalse();
    var afterFirst =
        Transactions.inTransaction(
            emf, em -> new JpaConsentRepository(em).historyOf(withdrawingCaseId));
    assertThat(afterFirst.decide(kodit, IDENTITY_AND_RELEASE, NOW.plusSeconds(31)).allowed())
        .isFalse();
    assertThat(afterFirst.decide(prisonId, IDENTITY_AND_RELEASE, NOW.plusSeconds(31)).allowed())
        .isTrue();

    ElectronicConsent.Issued second =
        at(NOW.plusSeconds(40), s -> s.inviteWithdrawal(withdrawingCaseId, "fi"));
    assertThat(
            this.<java.util.Optional<ElectronicConsent.Proposal>>at(
                NOW.plusSeconds(41),
                s -> s.proposal(second.token(), second.code(), CLIENT_ADDRESS)))
        .get()
        .satisfies(p -> assertThat(p.agencies()).containsOnlyKeys(prisonId));
    at(
        NOW.plusSeconds(50),
        s -> s.withdraw(second.token(), second.code(), Set.of(prisonId), "Toinen Asiakas"));

    var afterAll =
        Transactions.inTransaction(
            emf, em -> new JpaConsentRepository(em).historyOf(withdrawingCaseId));
    assertThat(afterAll.inForce(NOW.plusSeconds(51))).isEmpty();
    assertThat(
            Transactions.<fi.aso.domain.clientcase.CaseState>inTransaction(
                emf, em -> em.find(ClientCase.class, withdrawingCaseId).state()))
        .isEqualTo(fi.aso.domain.clientcase.CaseState.CONSENT_WITHDRAWN);
    assertThat(
            Transactions.<Long>inTransaction(
                emf,
                em ->
                    em.createQuery(
                            "select count(a) from AuditEvent a where a.clientCaseId = :c and a.actor = 'client' and a.purpose like 'consent withdrawn%'",
                            Long.class)
                        .setParameter("c", withdrawingCaseId)
                        .getSingleResult()))
        .isEqualTo(2L);
  }

  private ElectronicConsent.Issued invite() {
    return at(
        NOW,
        s ->
            s.invite(
                caseId,
                Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                LocalDate.of(2027, 6, 30),
                "fi"));
  }

  private <T> T at(Instant now, Function<ElectronicConsent, T> work) {
    return Transactions.inTransaction(
        emf,
        em -> {
          return work.apply(
              TestServices.of(em, "caseworker", now)
                  .onConsentWithdrawn(announced::add)
                  .electronicConsent());
        });
  }
}
