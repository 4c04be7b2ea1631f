package fi.aso.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.Refusal;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.FakePasswordHash;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new region's first administrator: named by an administrator of another region while the new
 * region has no active administrator, with no organisation, audited, and given a one-time
 * set-password link by mail; after that, the region's own administrator makes its accounts.
 */
class FirstAdministratorTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Pattern LINK =
      Pattern.compile("https://aso\\.example\\.fi/account/password\\.xhtml\\?t=([A-Za-z0-9_-]+)");
  private static final AtomicInteger REGIONS = new AtomicInteger();

  private static EntityManagerFactory emf;

  private final List<OutgoingMail> sent = new ArrayList<>();

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("first_administrator");
    Transactions.inTransaction(
        emf,
        em -> {
          Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
          em.persist(joensuu);
          for (String[] user :
              new String[][] {{"admin-joensuu", "ADMIN"}, {"chair-joensuu", "CHAIR"}}) {
            StaffUser staff = new StaffUser(user[0], user[0], Set.of(Role.valueOf(user[1])));
            staff.placeIn(joensuu, null);
            em.persist(staff);
          }
          return null;
        });
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void anAdministratorNamesANewRegionsFirstAdministratorWhoSetsAPasswordAndRunsTheRegion() {
    long savo = newRegion();
    assertThat(as("admin-joensuu", StaffAccounts::regionsWithoutAdministrator)).contains(savo);

    long id =
        as(
            "admin-joensuu",
            accounts ->
                accounts.createFirstAdministrator(
                    savo, "admin-savo" + savo, "Savon ylläpito", " savo@example.test "));

    assertThat(sent)
        .singleElement()
        .satisfies(m -> assertThat(m.to()).isEqualTo("savo@example.test"))
        .satisfies(m -> assertThat(m.body()).contains("admin-savo" + savo));
    assertThat(
            stored(
                "select count(*) from staff_user u join staff_user_role r on r.staff_user_id = u.id"
                    + " where u.id = "
                    + id
                    + " and u.region_id = "
                    + savo
                    + " and u.organisation_id is null and u.password_hash is null"
                    + " and u.active and r.role = 'ADMIN'"))
        .as("an administrator of the new region, of no organisation, without a password")
        .isEqualTo(1);
    assertThat(stored("select count(*) from staff_user_role where staff_user_id = " + id))
        .isEqualTo(1);
    assertThat(
            stored(
                "select count(*) from audit_event where actor = 'admin-joensuu'"
                    + " and object_type = 'StaffUser' and object_id = 'admin-savo"
                    + savo
                    + "' and purpose like '%first administrator of region savo-%'"))
        .isEqualTo(1);
    assertThat(
            stored(
                "select count(*) from audit_event where actor = 'admin-joensuu'"
                    + " and object_id = 'admin-savo"
                    + savo
                    + "' and purpose like 'set-password link%'"))
        .isEqualTo(1);
    assertThat(as("admin-joensuu", StaffAccounts::regionsWithoutAdministrator))
        .doesNotContain(savo);

    // the link sets their password, and the region's accounts are theirs to see, not Joensuu's
    Transactions.inTransaction(
        emf,
        em -> {
          TestServices.of(em, "anonymous", T0)
              .passwordLinks(sent::add, new FakePasswordHash())
              .setPassword(
                  token(sent.get(0).body()),
                  "savon pitkä salasana".toCharArray(),
                  "savon pitkä salasana".toCharArray());
          return null;
        });
    assertThat(as("admin-savo" + savo, StaffAccounts::ofRegion))
        .extracting(StaffAccounts.Account::username)
        .containsExactly("admin-savo" + savo);
    assertThat(as("admin-joensuu", StaffAccounts::ofRegion))
        .extracting(StaffAccounts.Account::username)
        .doesNotContain("admin-savo" + savo);
  }

  @Test
  void aRegionWithAnActiveAdministratorIsRefusedAndNothingIsKeptOrMailed() {
    long savo = newRegion();
    as(
        "admin-joensuu",
        accounts ->
            accounts.createFirstAdministrator(
                savo, "first-savo" + savo, "Ensimmäinen", "first@example.test"));
    sent.clear();

    assertRefused(
        () ->
            as(
                "admin-joensuu",
                accounts ->
                    accounts.createFirstAdministrator(
                        savo, "second-savo" + savo, "Toinen", "second@example.test")),
        "staff.regionHasAdministrator");
    // nor can the new region's administrator make a second "first" one, nor anyone for Joensuu
    assertRefused(
        () ->
            as(
                "first-savo" + savo,
                accounts ->
                    accounts.createFirstAdministrator(
                        savo, "third-savo" + savo, "Kolmas", "third@example.test")),
        "staff.regionHasAdministrator");
    long joensuu = stored("select id from region where code = 'joensuu'");
    assertRefused(
        () ->
            as(
                "first-savo" + savo,
                accounts ->
                    accounts.createFirstAdministrator(
                        joensuu, "joensuu-savo" + savo, "Vieras", "vieras@example.test")),
        "staff.regionHasAdministrator");

    assertThat(sent).isEmpty();
    assertThat(
            stored(
                "select count(*) from staff_user where username in ('second-savo"
                    + savo
                    + "', 'third-savo"
                    + savo
                    + "', 'joensuu-savo"
                    + savo
                    + "')"))
        .isZero();
  }

  @Test
  void aRegionWhoseAdministratorWasDeactivatedGetsANewFirstAdministrator() {
    long savo = newRegion();
    long first =
        as(
            "admin-joensuu",
            accounts ->
                accounts.createFirstAdministrator(
                    savo, "gone-savo" + savo, "Lähtenyt", "gone@example.test"));
    Transactions.inTransaction(
        emf,
        em -> {
          TestServices.of(em, "system", T0).staff.find(first).orElseThrow().deactivate();
          return null;
        });

    as(
        "admin-joensuu",
        accounts ->
            accounts.createFirstAdministrator(
                savo, "next-savo" + savo, "Seuraava", "next@example.test"));
    assertThat(sent).extracting(OutgoingMail::to).endsWith("next@example.test");
  }

  @Test
  void onlyAnAdministratorNamesOneAndOnlyForARegionThatExists() {
    long savo = newRegion();

    assertThatThrownBy(
            () ->
                as(
                    "chair-joensuu",
                    accounts ->
                        accounts.createFirstAdministrator(
                            savo, "chair-made" + savo, "Tuoli", "tuoli@example.test")))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(() -> as("chair-joensuu", StaffAccounts::regionsWithoutAdministrator))
        .isInstanceOf(NotPermitted.class);
    assertThatThrownBy(
            () ->
                as(
                    "admin-joensuu",
                    accounts ->
                        accounts.createFirstAdministrator(
                            999_999L, "nowhere" + savo, "Ei kukaan", "nowhere@example.test")))
        .isInstanceOf(NotFound.class);
    assertRefused(
        () ->
            as(
                "admin-joensuu",
                accounts ->
                    accounts.createFirstAdministrator(
                        savo, "admin-joensuu", "Sama nimi", "same@example.test")),
        "staff.usernameTaken");
    assertRefused(
        () ->
            as(
                "admin-joensuu",
                accounts ->
                    accounts.createFirstAdministrator(savo, "nomail" + savo, "Ei postia", " ")),
        "staff.noEmail");

    assertThat(sent).isEmpty();
    assertThat(stored("select count(*) from staff_user where region_id = " + savo)).isZero();
    assertThat(as("admin-joensuu", StaffAccounts::regionsWithoutAdministrator)).contains(savo);
  }

  @Test
  void anAdministratorWhoseLinkCannotBeMailedIsNotKept() {
    long savo = newRegion();
    assertRefused(
        () ->
            as(
                "admin-joensuu",
                mail -> {
                  throw new IllegalStateException("SMTP down");
                },
                accounts ->
                    accounts.createFirstAdministrator(
                        savo, "unmailed" + savo, "Postiton", "unmailed@example.test")),
        "staff.linkNotSent");
    assertThat(stored("select count(*) from staff_user where region_id = " + savo)).isZero();
    assertThat(stored("select count(*) from audit_event where object_id = 'unmailed" + savo + "'"))
        .isZero();
  }

  // ---- helpers

  /** A new region, created by Joensuu's administrator as on the regions page. */
  private long newRegion() {
    String code = "savo-" + REGIONS.incrementAndGet();
    return Transactions.inTransaction(
        emf,
        em -> TestServices.of(em, "admin-joensuu", T0).networkAdmin().createRegion(code, code));
  }

  private <T> T as(String username, Function<StaffAccounts, T> work) {
    return as(username, sent::add, work);
  }

  private static <T> T as(String username, MailGateway mail, Function<StaffAccounts, T> work) {
    return Transactions.inTransaction(
        emf,
        em ->
            work.apply(
                TestServices.of(em, username, T0).staffAccounts(mail, new FakePasswordHash())));
  }

  private static void assertRefused(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo(code));
  }

  private static String token(String body) {
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as("a link in " + body).isTrue();
    return m.group(1);
  }

  private static long stored(String sql) {
    return Transactions.inTransaction(
        emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
