package fi.aso.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Referring clients and editing referrals on a real PostgreSQL. */
class ReferralsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static EntityManagerFactory emf;
  private static long prison;
  private static long housing;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("referrals");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(region);
    Organisation p = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation h =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    em.persist(p);
    em.persist(h);
    StaffUser cw = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    cw.placeIn(region, p);
    em.persist(cw);
    StaffUser partner = new StaffUser("kodit", "Kalle", Set.of(Role.PARTNER));
    partner.placeIn(region, h);
    em.persist(partner);
    em.getTransaction().commit();
    prison = p.id();
    housing = h.id();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aReferralOpensACaseWithTheIdentityCodeProtected() throws Exception {
    long id =
        as(
            "caseworker",
            r ->
                r.refer(
                    referral("Matti Testi", LocalDate.of(1952, 10, 13), "131052-308T", prison)));

    ClientCase c = load(id);
    assertThat(c.state()).isEqualTo(CaseState.REFERRED);
    assertThat(c.reference()).matches("ASO-\\d{4}-1\\d{3}");
    assertThat(c.referral().get(Referral.Topic.WISHES)).isEqualTo("Oma asunto");
    try (var db = EmbeddedDatabase.platform("referrals").getConnection();
        var rs =
            db.createStatement()
                .executeQuery("select pic_hash, pic_encrypted from client_case where id = " + id)) {
      rs.next();
      assertThat(rs.getString(1)).startsWith("test-hash:").hasSize(74).doesNotContain("131052");
      assertThat(rs.getString(2)).doesNotContain("131052");
    }
  }

  @Test
  void theSamePersonCannotBeReferredTwiceInARegionAndAWrongCodeChangesNothing() {
    as(
        "caseworker",
        r -> r.refer(referral("Liisa Kahdesti", LocalDate.of(1994, 5, 1), "010594Y9032", prison)));

    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r ->
                        r.refer(
                            referral("Liisa K.", LocalDate.of(1994, 5, 1), "010594Y9032", prison))))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("already has a case");
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r -> r.refer(referral("X", LocalDate.of(1952, 10, 13), "131052-308U", prison))))
        .isInstanceOf(Refusal.class)
        .hasMessageNotContaining("131052");
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r -> r.refer(referral("X", LocalDate.of(1990, 1, 1), null, housing))))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("prison or probation office");
    assertThatThrownBy(
            () -> as("kodit", r -> r.refer(referral("X", LocalDate.of(1990, 1, 1), null, prison))))
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void anEditBasedOnAnOldVersionIsRefusedAndOverwritesNothing() {
    long id =
        as(
            "caseworker",
            r -> r.refer(referral("Kaksi Muokkaajaa", LocalDate.of(1980, 1, 1), null, prison)));
    long loaded = load(id).version();

    long after =
        as(
            "caseworker",
            r ->
                r.updateReferral(
                    id, loaded, Map.of(Referral.Topic.WISHES, "Ensimmäinen muokkaus")));
    assertThat(after).isGreaterThan(loaded);

    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    r ->
                        r.updateReferral(
                            id, loaded, Map.of(Referral.Topic.WISHES, "Toinen muokkaus"))))
        .isInstanceOf(ConcurrentEdit.class);
    assertThat(load(id).referral().get(Referral.Topic.WISHES)).isEqualTo("Ensimmäinen muokkaus");
  }

  @Test
  void typingErrorsInDatesAreRefusedAndOpenNoCase() {
    long before = count();
    for (NewReferral typo :
        java.util.List.of(
            referral("Tulevaisuus Testi", LocalDate.of(9999, 1, 1), null, prison),
            referral("Huomenna Testi", LocalDate.of(2026, 11, 26), null, prison),
            referral("Muinainen Testi", LocalDate.of(1850, 1, 1), null, prison),
            new NewReferral(
                "Kaukana Testi",
                LocalDate.of(1980, 1, 1),
                null,
                ClientKind.PRISONER,
                prison,
                LocalDate.of(2990, 1, 1),
                Map.of()))) {
      assertThatThrownBy(() -> as("caseworker", r -> r.refer(typo)))
          .as(typo.fullName())
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> assertThat(r.code()).isIn("case.birthDate", "referral.releaseDate"));
    }
    assertThat(count()).as("no case opened").isEqualTo(before);
  }

  @Test
  void aTopicTheReferralDoesNotHaveIsRefusedAndOpensNoCase() {
    long before = count();
    // what JSON-B makes of a key that names no topic
    Map<Referral.Topic, String> unknown = new java.util.HashMap<>();
    unknown.put(null, "Tuntematon kohta");
    NewReferral withUnknownTopic =
        new NewReferral(
            "Tuntematon Kohta",
            LocalDate.of(1980, 1, 1),
            null,
            ClientKind.PRISONER,
            prison,
            LocalDate.of(2027, 3, 1),
            unknown);
    assertThatThrownBy(() -> as("caseworker", r -> r.refer(withUnknownTopic)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("referral.topic"));
    assertThat(count()).as("no case opened").isEqualTo(before);
  }

  private static long count() {
    return Transactions.<Long>inTransaction(
        emf,
        em -> em.createQuery("select count(c) from ClientCase c", Long.class).getSingleResult());
  }

  private static NewReferral referral(String name, LocalDate born, String code, long institution) {
    return new NewReferral(
        name,
        born,
        code,
        ClientKind.PRISONER,
        institution,
        LocalDate.of(2027, 3, 1),
        Map.of(Referral.Topic.WISHES, "Oma asunto"));
  }

  private static ClientCase load(long id) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(ClientCase.class, id);
    } finally {
      em.close();
    }
  }

  private static <T> T as(String username, Function<Referrals, T> work) {
    return Transactions.inTransaction(
        emf,
        em -> {
          return work.apply(TestServices.of(em, username, NOW).referrals());
        });
  }
}
