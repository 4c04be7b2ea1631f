package fi.aso.application.clientcase;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.application.audit.AccessReport;
import fi.aso.application.audit.AccessReportGroup;
import fi.aso.application.audit.AccessReportQuery;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.organisation.ContactPerson;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's access report as the chair sees it and as the client gets it on paper: grouped by who
 * and what, in words of the reader's language, filtered and paged; on a real PostgreSQL, with a
 * demo-like case (the demo's people and organisations, the demo's user names).
 */
class CaseAccessReportTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final Locale FI = Locale.of("fi");
  private static EntityManagerFactory emf;
  private static long caseId;
  private static long kodit;

  /** What the trail holds in English, which the client must never read. */
  private static final List<String> RECORDED_PURPOSES =
      List.of("case page", "REST API", "work list", "INVITATION to EMAIL", "access report");

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("case_access_report");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuun ASO-ryhmä", "Europe/Helsinki");
    em.persist(region);
    Organisation prison = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation housing =
        new Organisation("Joensuun Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    Organisation socialWork =
        new Organisation(
            "Siun sote, aikuissosiaalityö", OrganisationType.ADULT_SOCIAL_WORK, region);
    em.persist(prison);
    em.persist(housing);
    em.persist(socialWork);
    StaffUser caseWorker =
        user(em, "caseworker", "Tiina Työntekijä", Role.CASE_WORKER, region, prison);
    user(em, "chair", "Kaisa Puheenjohtaja", Role.CHAIR, region, null);
    StaffUser partner = user(em, "partner", "Kalle Kumppani", Role.PARTNER, region, housing);
    user(em, "socialworker", "Sari Sosiaalityö", Role.PARTNER, region, socialWork);
    ContactPerson kalle =
        new ContactPerson(housing, "Kalle Kumppani", "partner@aso.localhost", null);
    em.persist(kalle);
    partner.actAs(kalle);
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
    em.persist(c);
    em.persist(
        new JpaConsentRepository(em)
            .historyOf(0)
            .give(
                c,
                ConsentMethod.PAPER,
                "fi-2026-1",
                Instant.parse("2026-11-02T10:00:00Z"),
                LocalDate.of(2027, 6, 30),
                "caseworker",
                Map.of(housing, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES))));
    em.getTransaction().commit();
    em.close();
    caseId = c.id();
    kodit = housing.id();

    // the chair opens the case three times, Kalle once through the API, Sari is refused
    read("chair", "2026-11-20T08:00:00Z", "case page");
    read("chair", "2026-11-21T08:00:00Z", "case page");
    read("chair", "2026-11-22T08:00:00Z", "case page");
    read("partner", "2026-11-21T10:00:00Z", "REST API");
    assertThatThrownBy(() -> read("socialworker", "2026-11-22T09:00:00Z", "case page"))
        .isInstanceOf(CaseAccessDenied.class);
    // the mail service hands Kalle an invitation; the case worker lists the case; an account
    // since removed read it
    record(
        "outbox",
        "2026-11-23T07:30:00Z",
        AuditAction.DISCLOSE,
        "INVITATION to EMAIL partner@aso.localhost");
    record("caseworker", "2026-12-01T12:00:00Z", AuditAction.READ, "work list");
    record("ghost.user", "2026-11-24T12:00:00Z", AuditAction.READ, "work list");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void linesAreGroupedByWhoAndWhatWithWhenInTheReadersWords() {
    AccessReport report = page(AccessReportQuery.all(), FI);

    AccessReportGroup chair = group(report, "Kaisa Puheenjohtaja", "katsoi tietojasi");
    assertThat(chair.times()).isEqualTo(3);
    assertThat(chair.when())
        .isEqualTo("pe 20.11.2026 klo 10.00 – su 22.11.2026 klo 10.00 (3 kertaa)");
    AccessReportGroup kalle = group(report, "Kalle Kumppani", "katsoi tietojasi");
    assertThat(kalle.organisation()).isEqualTo("Joensuun Kodit Oy");
    assertThat(kalle.when()).isEqualTo("la 21.11.2026 klo 12.00");
    assertThat(report.reference()).isEqualTo("ASO-2026-001");
    assertThat(report.clientName()).isEqualTo("Matti Meikäläinen");
    // newest first
    assertThat(report.groups())
        .extracting(AccessReportGroup::last)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aDisclosureIsAboutWhoReceivedItAndKalleIsOnePersonAsUserAndAsContact() {
    AccessReport report = page(AccessReportQuery.all(), FI);

    AccessReportGroup received = group(report, "Kalle Kumppani", "sai kokoustasi koskevan viestin");
    assertThat(received.organisation()).isEqualTo("Joensuun Kodit Oy");
    assertThat(received.whoKey())
        .isEqualTo(group(report, "Kalle Kumppani", "katsoi tietojasi").whoKey());
    assertThat(report.recipients())
        .extracting(AccessReport.Recipient::name)
        .containsOnlyOnce("Kalle Kumppani (Joensuun Kodit Oy)", "Joensuun Kodit Oy");
  }

  @Test
  void aRefusedAttemptIsOnTheReportAndSaysItWasRefused() {
    AccessReport report = page(AccessReportQuery.all(), FI);

    assertThat(report.groups())
        .filteredOn(g -> g.who().equals("Sari Sosiaalityö"))
        .extracting(AccessReportGroup::what)
        .containsExactly("yritti nähdä tietojasi, mutta pääsy estettiin");
  }

  @Test
  void aUserNameNoOneKnowsIsNeverShown() {
    AccessReport report = page(AccessReportQuery.all(), FI);

    assertThat(report.groups()).extracting(AccessReportGroup::who).doesNotContain("ghost.user");
    assertThat(group(report, "Muu käyttäjä", "näki nimesi työlistalla").times()).isEqualTo(1);
  }

  @Test
  void thePeriodKeepsOnlyItsDaysInFinnishTime() {
    AccessReport report =
        page(
            new AccessReportQuery(
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22), null, 1, 25),
            FI);

    assertThat(group(report, "Kaisa Puheenjohtaja", "katsoi tietojasi").times()).isEqualTo(2);
    assertThat(report.groups())
        .extracting(AccessReportGroup::who)
        .containsExactlyInAnyOrder("Kaisa Puheenjohtaja", "Kalle Kumppani", "Sari Sosiaalityö");
  }

  @Test
  void aRecipientIsAPersonOrAWholeOrganisation() {
    AccessReport everyone = page(AccessReportQuery.all(), FI);
    String chairKey = group(everyone, "Kaisa Puheenjohtaja", "katsoi tietojasi").whoKey();

    AccessReport organisation = page(new AccessReportQuery(null, null, "o" + kodit, 1, 25), FI);
    assertThat(organisation.groups())
        .extracting(AccessReportGroup::what)
        .containsExactlyInAnyOrder("katsoi tietojasi", "sai kokoustasi koskevan viestin");
    assertThat(organisation.groups())
        .extracting(AccessReportGroup::organisation)
        .containsOnly("Joensuun Kodit Oy");

    AccessReport person = page(new AccessReportQuery(null, null, chairKey, 1, 25), FI);
    assertThat(person.groups())
        .extracting(AccessReportGroup::who)
        .containsOnly("Kaisa Puheenjohtaja");
    assertThat(person.recipient()).isEqualTo(chairKey);
  }

  @Test
  void theReportIsPaged() {
    int total = page(AccessReportQuery.all(), FI).total();
    assertThat(total).isGreaterThanOrEqualTo(6);

    AccessReport first = page(new AccessReportQuery(null, null, null, 1, 4), FI);
    AccessReport second = page(new AccessReportQuery(null, null, null, 2, 4), FI);

    assertThat(first.groups()).hasSize(4);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(second.groups()).hasSize(Math.min(4, total - 4));
    assertThat(second.hasPrevious()).isTrue();
    assertThat(first.pages()).isEqualTo((total + 3) / 4);
    assertThat(second.groups()).doesNotContainAnyElementsOf(first.groups());
  }

  @Test
  void swedishAndEnglishReadersGetTheirOwnWords() {
    AccessReport swedish = page(AccessReportQuery.all(), Locale.of("sv"));
    AccessReport english = page(AccessReportQuery.all(), Locale.of("en"));

    assertThat(group(swedish, "Kaisa Puheenjohtaja", "såg dina uppgifter").when())
        .endsWith("(3 gånger)");
    assertThat(group(english, "Kalle Kumppani", "received a message about your meeting").when())
        .isEqualTo("Mon 23 Nov 2026 at 9:30");
    assertThat(english.groups())
        .extracting(AccessReportGroup::who)
        .contains("Another user")
        .doesNotContain("Muu käyttäjä");
  }

  @Test
  void badFiltersAreRefusedWithAReason() {
    assertThatThrownBy(() -> AccessReportQuery.of("2026-12-02", "2026-12-01", null, null, null))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("accessReport.period"));
    // a date as a Finnish user types it is a date; a day that does not exist, or a two-digit year,
    // is refused
    assertThat(AccessReportQuery.of("1.12.2026", null, null, null, null).from())
        .isEqualTo(LocalDate.of(2026, 12, 1));
    for (String wrong : new String[] {"31.2.2026", "1.12.26", "2026/12/01"}) {
      assertThatThrownBy(() -> AccessReportQuery.of(wrong, null, null, null, null))
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("accessReport.date"));
    }
    for (String[] pageAndLimit :
        new String[][] {{"0", null}, {"abc", null}, {null, "0"}, {null, "101"}, {"1", "x"}}) {
      assertThatThrownBy(
              () -> AccessReportQuery.of(null, null, null, pageAndLimit[0], pageAndLimit[1]))
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("accessReport.page"));
    }
    assertThat(AccessReportQuery.of(null, null, " ", null, null))
        .isEqualTo(AccessReportQuery.all());
  }

  @Test
  void onlyTheRegionsChairsAndCaseWorkersGetTheReportOrItsPdf() {
    // the case worker is the one who hands the PDF to the client
    assertThat(
            CaseAccessReportTest.<byte[]>as(
                "caseworker", r -> r.pdf(caseId, AccessReportQuery.all(), FI)))
        .isNotEmpty();
    for (String other : List.of("partner", "socialworker")) {
      assertThatThrownBy(() -> as(other, r -> r.page(caseId, AccessReportQuery.all(), FI)))
          .isInstanceOf(CaseAccessDenied.class);
      assertThatThrownBy(() -> as(other, r -> r.pdf(caseId, AccessReportQuery.all(), FI)))
          .isInstanceOf(CaseAccessDenied.class);
    }
  }

  @Test
  void makingTheReportAndThePdfIsOnTheReportItself() {
    as("chair", r -> r.pdf(caseId, AccessReportQuery.all(), FI));

    assertThat(trail())
        .filteredOn(e -> e.objectType().equals("AccessReport"))
        .extracting(e -> e.actor() + " " + e.purpose())
        .contains("chair access report PDF for the client");
    assertThat(page(AccessReportQuery.all(), FI).groups())
        .extracting(AccessReportGroup::what)
        .contains("tulosti sinulle raportin tietojesi käytöstä");
  }

  @Test
  void thePdfSaysNamesAndWordsAndNoInternalCodes() throws IOException {
    String finnish = pdfText(AccessReportQuery.all(), "fi");

    assertThat(finnish)
        .contains(
            "Kuka on käyttänyt tietojasi",
            "Matti Meikäläinen",
            "koko ajalta",
            "Kaisa Puheenjohtaja",
            "Kalle Kumppani",
            "Joensuun Kodit Oy",
            "Sari Sosiaalityö",
            "katsoi tietojasi",
            "sai kokoustasi koskevan viestin",
            "3 kertaa",
            "703/2023");
    assertNoInternalCodes(finnish);
    assertThat(finnish).doesNotContain("viewed", "såg");

    String swedish =
        pdfText(
            new AccessReportQuery(
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), null, 1, 25),
            "sv");
    assertThat(swedish)
        .contains("Vem har använt dina uppgifter", "20.11.2026–30.11.2026", "såg dina uppgifter");
    assertNoInternalCodes(swedish);

    String english = pdfText(new AccessReportQuery(null, null, "o" + kodit, 1, 25), "en");
    assertThat(english)
        .contains("Who has used your details", "Only: Joensuun Kodit Oy", "viewed your details")
        .doesNotContain("Kaisa Puheenjohtaja");
    assertNoInternalCodes(english);
  }

  private static void assertNoInternalCodes(String text) {
    // no user names, enum constants, object types or ids, and none of the trail's English
    assertThat(text.split("[\\s(),.:–-]+"))
        .doesNotContain("chair", "caseworker", "partner", "socialworker", "ghost.user", "outbox");
    assertThat(text).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b");
    assertThat(text)
        .doesNotContainPattern("\\b(READ|DISCLOSE|ACCESS_DENIED|SUCCESS|DENIED|CASE_WORKER)\\b");
    assertThat(text).doesNotContain("ClientCase", "AccessReport", "OutboundMessage", "@");
    assertThat(text).doesNotContain(RECORDED_PURPOSES.toArray(String[]::new));
  }

  private static String pdfText(AccessReportQuery query, String language) throws IOException {
    byte[] pdf = as("chair", r -> r.pdf(caseId, query, Locale.of(language)));
    // kept for a look with pdftoppm
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/access-report-" + language + ".pdf"), pdf);
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    // a cell wraps its words over lines
    return text.toString().replaceAll("\\s+", " ");
  }

  private static AccessReportGroup group(AccessReport report, String who, String what) {
    return report.groups().stream()
        .filter(g -> g.who().equals(who) && g.what().equals(what))
        .findFirst()
        .orElseThrow(() -> new AssertionError(who + " / " + what + " not in " + report.groups()));
  }

  private static AccessReport page(AccessReportQuery query, Locale language) {
    return as("chair", r -> r.page(caseId, query, language));
  }

  private static List<AuditEvent> trail() {
    EntityManager em = emf.createEntityManager();
    try {
      return TestServices.of(em, "reader", NOW).audit().forClientCase(caseId);
    } finally {
      em.close();
    }
  }

  private static void read(String username, String at, String purpose) {
    inTransaction(
        username, Instant.parse(at), services -> services.caseFile().read(caseId, purpose));
  }

  private static void record(String actor, String at, AuditAction action, String purpose) {
    inTransaction(
        actor,
        Instant.parse(at),
        services ->
            services
                .audit()
                .recordFor(
                    actor,
                    AuditRecord.success(action, "OutboundMessage", "1", purpose)
                        .aboutClientCase(caseId)));
  }

  private static <T> T as(String username, Function<CaseAccessReport, T> work) {
    return inTransaction(username, NOW, services -> work.apply(services.caseAccessReport()));
  }

  private static <T> T inTransaction(String username, Instant at, Function<TestServices, T> work) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    try {
      return work.apply(TestServices.of(em, username, at));
    } finally {
      // audit lines of refusals are kept, as the container's separate transaction would keep them
      em.getTransaction().commit();
      em.close();
    }
  }

  private static StaffUser user(
      EntityManager em,
      String name,
      String displayName,
      Role role,
      Region region,
      Organisation organisation) {
    StaffUser user = new StaffUser(name, displayName, Set.of(role));
    user.placeIn(region, organisation);
    em.persist(user);
    return user;
  }
}
