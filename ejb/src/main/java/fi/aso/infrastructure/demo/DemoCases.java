package fi.aso.infrastructure.demo;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static fi.aso.domain.consent.InformationCategory.OTHER_SUPPORT_NEEDS;
import static fi.aso.domain.consent.InformationCategory.RENT_ARREARS_AND_CREDIT;
import static fi.aso.domain.consent.InformationCategory.SUBSTANCE_USE_AND_HEALTH;

import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral.Topic;
import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo clients of the Joensuu group in several states, some with consents, dated relative to today
 * so that the work list always has a fast-track case. Names are invented.
 */
final class DemoCases {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private DemoCases() {}

  static int load(
      EntityManager em,
      Region region,
      Map<String, Organisation> orgs,
      StaffUser caseWorker,
      StaffUser chair) {
    LocalDate today = LocalDate.now(FINLAND);
    Organisation prison = orgs.get("Joensuun vankila");
    Organisation probation = orgs.get("Joensuun yhdyskuntaseuraamustoimisto");
    Organisation kodit = orgs.get("Joensuun Kodit Oy");
    Organisation josna = orgs.get("Joensuun Seudun Nuorisoasuntoyhdistys Josna");
    Organisation socialWork = orgs.get("Siun sote, aikuissosiaalityö");
    Organisation substance = orgs.get("Siun sote, päihdepalvelukeskus");
    Organisation employment = orgs.get("Pohjois-Karjalan TE-toimisto");

    ClientCase virtanen =
        clientCase(
            em,
            region,
            "ASO-2026-001",
            "Mikko Virtanen",
            LocalDate.of(1984, 6, 2),
            ClientKind.PRISONER,
            prison,
            caseWorker,
            chair,
            today.plusDays(25),
            today.minusDays(60),
            List.of(CaseState.CONSENT_PENDING, CaseState.READY_FOR_MEETING));
    virtanen
        .referral()
        .with(
            Topic.PREVIOUS_HOUSING,
            "Asui ennen vankeutta tuttavien luona, ei omaa vuokrasopimusta kahteen vuoteen.")
        .with(Topic.WISHES, "Toivoo omaa yksiötä Joensuun keskustasta, lähellä työvoimapalveluja.")
        .with(
            Topic.HOUSING_SKILLS,
            "Arjen taidot kohtalaiset; tarvitsee tukea laskujen maksamisessa.")
        .with(
            Topic.RENT_ARREARS_AND_DISTURBANCES,
            "Vanha vuokravelka Joensuun Kodeille noin 1 200 €, ei häiriöitä.")
        .with(Topic.CREDIT_RECORD, "Maksuhäiriömerkintä.")
        .with(
            Topic.SUBSTANCE_USE,
            "Alkoholin käyttöä aiemmin; raitis vankeusaikana, motivoitunut avokuntoutukseen.")
        .with(Topic.OTHER_SUPPORT_NEEDS, "Työllistymisen tuki, velkaneuvonta.");
    consent(
        em,
        virtanen,
        ConsentMethod.PAPER,
        today.minusDays(20),
        today.plusMonths(8),
        Map.of(
            kodit,
                Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT),
            socialWork,
                Set.of(
                    IDENTITY_AND_RELEASE,
                    HOUSING_HISTORY_AND_WISHES,
                    SUBSTANCE_USE_AND_HEALTH,
                    OTHER_SUPPORT_NEEDS),
            employment, Set.of(IDENTITY_AND_RELEASE, OTHER_SUPPORT_NEEDS)));

    ClientCase makinen =
        clientCase(
            em,
            region,
            "ASO-2026-002",
            "Timo Mäkinen",
            LocalDate.of(1991, 11, 23),
            ClientKind.PRISONER,
            prison,
            caseWorker,
            chair,
            today.plusDays(12),
            today.minusDays(5),
            List.of(CaseState.CONSENT_PENDING));
    makinen.referral().with(Topic.WISHES, "Lyhyt tuomio; toivoo tuettua asumista aluksi.");

    clientCase(
        em,
        region,
        "ASO-2026-003",
        "Jari Nieminen",
        LocalDate.of(1978, 2, 9),
        ClientKind.PRISONER,
        prison,
        caseWorker,
        chair,
        today.plusDays(120),
        today.minusDays(2),
        List.of());

    ClientCase korhonen =
        clientCase(
            em,
            region,
            "ASO-2026-004",
            "Sanna Korhonen",
            LocalDate.of(1996, 8, 30),
            ClientKind.PROBATION_CLIENT,
            probation,
            caseWorker,
            chair,
            null,
            today.minusDays(10),
            List.of(CaseState.CONSENT_PENDING));
    korhonen.referral().with(Topic.PREVIOUS_HOUSING, "Asunnoton, yöpyy ystävien luona.");

    ClientCase laine =
        clientCase(
            em,
            region,
            "ASO-2026-005",
            "Pekka Laine",
            LocalDate.of(1988, 4, 17),
            ClientKind.PRISONER,
            prison,
            caseWorker,
            chair,
            today.minusDays(30),
            today.minusDays(150),
            List.of(
                CaseState.CONSENT_PENDING,
                CaseState.READY_FOR_MEETING,
                CaseState.SCHEDULED,
                CaseState.DISCUSSED,
                CaseState.FOLLOW_UP));
    laine
        .referral()
        .with(Topic.WISHES, "Nuorisoasunto tai pieni kaksio.")
        .with(Topic.SUBSTANCE_USE, "Päihdekuntoutus aloitettu vapautumisen jälkeen.");
    consent(
        em,
        laine,
        ConsentMethod.ELECTRONIC,
        today.minusDays(140),
        today.plusMonths(4),
        Map.of(
            kodit, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES),
            josna, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES),
            substance, Set.of(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH)));

    clientCase(
        em,
        region,
        "ASO-2026-006",
        "Anna Heikkinen",
        LocalDate.of(1993, 1, 5),
        ClientKind.PRISONER,
        prison,
        caseWorker,
        chair,
        today.plusDays(70),
        today.minusDays(30),
        List.of(CaseState.CONSENT_PENDING, CaseState.CONSENT_REFUSED));

    // a short sentence: released before the next regular meeting (the model's known gap)
    ClientCase lyhyt =
        clientCase(
            em,
            region,
            "ASO-2026-007",
            "Kari Lyhyt",
            LocalDate.of(1999, 3, 14),
            ClientKind.PRISONER,
            prison,
            caseWorker,
            chair,
            today.plusDays(9),
            today.minusDays(1),
            List.of(CaseState.CONSENT_PENDING));
    lyhyt
        .referral()
        .with(
            Topic.WISHES,
            "Lyhyt tuomio; vapautuu ennen seuraavaa säännöllistä kokousta. Toivoo asuntoa Joensuusta.");
    return 7;
  }

  private static ClientCase clientCase(
      EntityManager em,
      Region region,
      String reference,
      String name,
      LocalDate born,
      ClientKind kind,
      Organisation institution,
      StaffUser caseWorker,
      StaffUser chair,
      LocalDate release,
      LocalDate referred,
      List<CaseState> path) {
    ClientCase c =
        new ClientCase(
            region,
            reference,
            name,
            born,
            kind,
            institution,
            caseWorker,
            referred.atStartOfDay(FINLAND).toOffsetDateTime());
    c.expectRelease(release);
    c.assignChair(chair);
    em.persist(c);
    OffsetDateTime at = referred.atTime(9, 0).atZone(FINLAND).toOffsetDateTime();
    for (CaseState next : path) {
      at = at.plusDays(3);
      em.persist(c.moveTo(next, caseWorker.username(), "demo", at));
    }
    return c;
  }

  private static void consent(
      EntityManager em,
      ClientCase c,
      ConsentMethod method,
      LocalDate given,
      LocalDate until,
      Map<Organisation, Set<InformationCategory>> grants) {
    em.flush();
    Instant at = given.atTime(10, 0).atZone(FINLAND).toInstant();
    em.persist(
        new ConsentHistory(List.of())
            .give(c, method, "fi-2026-1", at, until, "caseworker", grants));
  }
}
