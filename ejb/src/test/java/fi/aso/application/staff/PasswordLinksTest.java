package fi.aso.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.Refusal;
import fi.aso.domain.TokenHash;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.PasswordLink;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.FakePasswordHash;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
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

/** One-time set-password links: mailed by the region's administrator, used once, within 24 h. */
class PasswordLinksTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Pattern LINK =
      Pattern.compile("https://aso\\.example\\.fi/account/password\\.xhtml\\?t=([A-Za-z0-9_-]+)");
  private static final AtomicInteger USERS = new AtomicInteger();

  private static EntityManagerFactory emf;

  private final List<OutgoingMail> sent = new ArrayList<>();

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("password_links");
    Transactions.inTransaction(
        emf,
        em -> {
          Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
          Region kuopio = new Region("kuopio", "Kuopio", "Europe/Helsinki");
          em.persist(joensuu);
          em.persist(kuopio);
          Organisation office =
              new Organisation("Rikosseuraamuslaitos", OrganisationType.PROBATION_OFFICE, joensuu);
          em.persist(office);
          staff(em, "admin-joensuu", joensuu, null, Role.ADMIN);
          staff(em, "admin-kuopio", kuopio, null, Role.ADMIN);
          staff(em, "chair-joensuu", joensuu, null, Role.CHAIR);
          return null;
        });
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void theLinkIsMailedSetsThePasswordOnceAndOnlyItsHashIsStored() {
    String username = newUser("paula@example.test");
    sendAs("admin-joensuu", username, T0);

    assertThat(sent)
        .singleElement()
        .satisfies(m -> assertThat(m.to()).isEqualTo("paula@example.test"));
    String body = sent.get(0).body();
    assertThat(body).contains(username).doesNotContainIgnoringCase("salasana:");
    String token = token(body);
    assertThat(
            stored(
                "select count(*) from password_link where token_hash = '"
                    + TokenHash.of(token)
                    + "'"))
        .isEqualTo(1);
    assertThat(stored("select count(*) from password_link where token_hash like '%" + token + "%'"))
        .isZero();
    assertThat(openFor(token, T0.plusSeconds(60))).isEqualTo(username);

    setPassword(
        token, "oikein pitkä salasana", "oikein pitkä salasana", T0.plus(Duration.ofHours(2)));

    assertThat(passwordHash(username)).isEqualTo("hashed:oikein pitkä salasana");
    assertThat(
            stored(
                "select count(*) from password_link where used_at is not null and token_hash = '"
                    + TokenHash.of(token)
                    + "'"))
        .isEqualTo(1);
    assertThat(
            stored(
                "select count(*) from audit_event where object_id = '"
                    + username
                    + "' and actor = '"
                    + username
                    + "' and purpose like 'password set%'"))
        .isEqualTo(1);
    assertThat(
            stored(
                "select count(*) from audit_event where object_id = '"
                    + username
                    + "' and actor = 'admin-joensuu' and purpose like 'set-password link%'"))
        .isEqualTo(1);

    assertThatThrownBy(
            () ->
                setPassword(
                    token,
                    "toinen pitkä salasana",
                    "toinen pitkä salasana",
                    T0.plus(Duration.ofHours(3))))
        .isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("staff.linkInvalid"));
    assertThat(passwordHash(username)).isEqualTo("hashed:oikein pitkä salasana");
    assertThat(openFor(token, T0.plus(Duration.ofHours(3)))).isNull();
  }

  @Test
  void anExpiredLinkChangesNothing() {
    String username = newUser("eero@example.test");
    sendAs("admin-joensuu", username, T0);
    String token = token(sent.get(0).body());
    Instant late = T0.plus(PasswordLink.LIFETIME).plusSeconds(1);

    assertThat(openFor(token, late)).isNull();
    assertRefused(
        () -> setPassword(token, "oikein pitkä salasana", "oikein pitkä salasana", late),
        "staff.linkInvalid");
    assertThat(passwordHash(username)).isNull();
    // just before the end it still works
    setPassword(
        token,
        "oikein pitkä salasana",
        "oikein pitkä salasana",
        T0.plus(PasswordLink.LIFETIME).minusSeconds(1));
    assertThat(passwordHash(username)).isNotNull();
  }

  @Test
  void aWrongTokenChangesNothingAndTheRightOneStillWorks() {
    String username = newUser("wilma@example.test");
    sendAs("admin-joensuu", username, T0);
    String token = token(sent.get(0).body());
    String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

    for (String wrong : new String[] {altered, token + "x", "", null, "x".repeat(500)}) {
      assertThat(openFor(wrong, T0)).isNull();
      assertRefused(
          () -> setPassword(wrong, "oikein pitkä salasana", "oikein pitkä salasana", T0),
          "staff.linkInvalid");
    }
    assertThat(passwordHash(username)).isNull();
    assertThat(
            stored(
                "select count(*) from audit_event where object_id = '"
                    + username
                    + "' and purpose like 'password set%'"))
        .isZero();

    setPassword(token, "oikein pitkä salasana", "oikein pitkä salasana", T0);
    assertThat(passwordHash(username)).isEqualTo("hashed:oikein pitkä salasana");
  }

  @Test
  void aShortOrMistypedPasswordIsRefusedAndTheLinkStaysOpen() {
    String username = newUser("sami@example.test");
    sendAs("admin-joensuu", username, T0);
    String token = token(sent.get(0).body());

    assertRefused(() -> setPassword(token, "lyhyt", "lyhyt", T0), "staff.passwordTooShort");
    assertRefused(
        () -> setPassword(token, "12345678901", "12345678901", T0), "staff.passwordTooShort");
    assertRefused(
        () -> setPassword(token, "oikein pitkä salasana", "oikein pitkä salasanA", T0),
        "staff.passwordMismatch");
    assertRefused(
        () -> setPassword(token, "x".repeat(201), "x".repeat(201), T0), "staff.passwordTooLong");
    assertThat(passwordHash(username)).isNull();

    setPassword(token, "123456789012", "123456789012", T0);
    assertThat(passwordHash(username)).isEqualTo("hashed:123456789012");
  }

  @Test
  void aNewerLinkClosesTheOlderOne() {
    String username = newUser("nelli@example.test");
    sendAs("admin-joensuu", username, T0);
    sendAs("admin-joensuu", username, T0.plusSeconds(600));
    String older = token(sent.get(0).body());
    String newer = token(sent.get(1).body());

    assertRefused(
        () ->
            setPassword(
                older, "oikein pitkä salasana", "oikein pitkä salasana", T0.plusSeconds(700)),
        "staff.linkInvalid");
    setPassword(newer, "oikein pitkä salasana", "oikein pitkä salasana", T0.plusSeconds(700));
    assertThat(passwordHash(username)).isNotNull();
  }

  @Test
  void aDeactivatedAccountsLinkStopsWorking() {
    String username = newUser("daniel@example.test");
    sendAs("admin-joensuu", username, T0);
    String token = token(sent.get(0).body());
    Transactions.inTransaction(
        emf,
        em -> {
          TestServices.of(em, "admin-joensuu", T0)
              .staff
              .findByUsername(username)
              .orElseThrow()
              .deactivate();
          return null;
        });

    assertThat(openFor(token, T0)).isNull();
    assertRefused(
        () -> setPassword(token, "oikein pitkä salasana", "oikein pitkä salasana", T0),
        "staff.linkInvalid");
    assertRefused(() -> sendAs("admin-joensuu", username, T0), "staff.linkInactive");
    assertThat(passwordHash(username)).isNull();
  }

  @Test
  void onlyTheRegionsAdministratorSendsALinkAndOnlyToAnAddress() {
    String username = newUser("kaisa@example.test");
    String noMail = newUser(null);

    assertThatThrownBy(() -> sendAs("admin-kuopio", username, T0)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> sendAs("chair-joensuu", username, T0))
        .isInstanceOf(NotPermitted.class);
    assertRefused(() -> sendAs("admin-joensuu", noMail, T0), "staff.noEmail");
    assertThat(sent).isEmpty();
    assertThat(
            stored(
                "select count(*) from password_link l join staff_user u on u.id = l.staff_user_id where u.username in ('"
                    + username
                    + "', '"
                    + noMail
                    + "')"))
        .isZero();
  }

  @Test
  void aLinkThatCannotBeMailedIsNotKept() {
    String username = newUser("mika@example.test");
    assertRefused(
        () ->
            as(
                "admin-joensuu",
                T0,
                mail -> {
                  throw new IllegalStateException("SMTP down");
                },
                links -> links.send(id(username))),
        "staff.linkNotSent");
    assertThat(
            stored(
                "select count(*) from password_link l join staff_user u on u.id = l.staff_user_id where u.username = '"
                    + username
                    + "'"))
        .isZero();
  }

  // ---- helpers

  private static void staff(EntityManager em, String name, Region region, String email, Role role) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, null);
    user.setEmail(email);
    em.persist(user);
  }

  private static String newUser(String email) {
    String username = "user" + USERS.incrementAndGet();
    Transactions.inTransaction(
        emf,
        em -> {
          Region joensuu =
              em.createQuery("select r from Region r where r.code = 'joensuu'", Region.class)
                  .getSingleResult();
          staff(em, username, joensuu, email, Role.CASE_WORKER);
          return null;
        });
    return username;
  }

  private static long id(String username) {
    return Transactions.inTransaction(
        emf,
        em -> TestServices.of(em, "system", T0).staff.findByUsername(username).orElseThrow().id());
  }

  private void sendAs(String admin, String username, Instant at) {
    long id = id(username);
    as(admin, at, sent::add, links -> links.send(id));
  }

  private String openFor(String token, Instant at) {
    return as("anonymous", at, sent::add, links -> links.openFor(token).orElse(null));
  }

  private void setPassword(String token, String password, String repeated, Instant at) {
    as(
        "anonymous",
        at,
        sent::add,
        links -> {
          links.setPassword(token, password.toCharArray(), repeated.toCharArray());
          return null;
        });
  }

  private static <T> T as(
      String username,
      Instant at,
      fi.aso.application.mail.MailGateway mail,
      Function<PasswordLinks, T> work) {
    return Transactions.inTransaction(
        emf,
        em ->
            work.apply(
                TestServices.of(em, username, at).passwordLinks(mail, new FakePasswordHash())));
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

  private static String passwordHash(String username) {
    return Transactions.inTransaction(
        emf,
        em ->
            (String)
                em.createNativeQuery("select password_hash from staff_user where username = ?")
                    .setParameter(1, username)
                    .getSingleResult());
  }

  private static long stored(String sql) {
    return Transactions.inTransaction(
        emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
