package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Steering in the meeting in headless Chromium (issue 20): the chair records two needs of a client
 * in the meeting day, takes the proposed services of the consented providers, sees that a service
 * of an unconsented organisation needs a new consent and offers no referral, and the case worker
 * asks for that consent in one step; the provider's partner sees the referral on their home page
 * and accepts it on the referrals page. The holes view shows the demo region's needs no service
 * met, against figures counted by hand from the demo data.
 */
class SteeringInBrowserIT extends BrowserTest {

  /** Joensuu's services the test steers to (DemoServices), by their Finnish names. */
  private static final String FLATS = "Vuokra-asunnot";

  private static final String SOCIAL_WORK = "Aikuissosiaalityö";
  private static final String YOUTH_FLATS = "Nuorisoasunnot";

  @Test
  void theChairSteersTheClientToServicesAndThePartnerAcceptsTheReferral() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Ossi", "Ohjattava");
    world.consent(
        client,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(World.SOTE, World.IDENTITY, World.HOUSING));
    OffsetDateTime start = World.at(23, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Ohjauksen kokoushuone");
    long slot = world.slot(meeting, client, start);

    // the chair records two needs in the meeting day
    openAs("chair", "meetings/day.xhtml?id=" + meeting, "dayTitle");
    addNeed(client.name(), "INDEPENDENT_RENTAL");
    addNeed(client.name(), "ADULT_SOCIAL_WORK");
    WebElement rental = need(client.name(), "INDEPENDENT_RENTAL");
    List<WebElement> proposals = rental.findElements(By.cssSelector("li.proposal"));
    assertThat(proposals.get(0).getText())
        .as("the consented provider first")
        .contains(FLATS, "Joensuun Kodit Oy", "Suostumus nimeää palveluntuottajan")
        .contains("Ohjaus kertoo: henkilö- ja vapautumistiedot, asumishistoria ja toiveet")
        .contains("Ei kerrota (suostumus ei salli): vuokravelat ja luottotiedot");
    WebElement josna = proposal(client.name(), "INDEPENDENT_RENTAL", YOUTH_FLATS);
    assertThat(josna.getText())
        .contains("Tarvitaan uusi suostumus: palveluntuottajaan ei voi ottaa yhteyttä ennen sitä.");
    assertThat(josna.findElements(By.cssSelector("button[id$='refer']")))
        .as("an unconsented provider cannot be contacted")
        .isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "meeting day with needs");

    // ... takes the proposed services of both
    refer(client.name(), "INDEPENDENT_RENTAL", FLATS);
    refer(client.name(), "ADULT_SOCIAL_WORK", SOCIAL_WORK);
    assertThat(proposal(client.name(), "INDEPENDENT_RENTAL", FLATS).getText()).contains("Ohjattu");
    assertThat(slot(client.name()).getText())
        .as("the referrals are the providers' actions")
        .contains("Ohjaus palveluun: " + FLATS, "Ohjaus palveluun: " + SOCIAL_WORK);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service_referral r join service s on s.id = r.service_id"
                    + " where r.case_id = "
                    + client.id()
                    + " and r.state = 'REFERRED' and s.name_fi in ('"
                    + FLATS
                    + "', '"
                    + SOCIAL_WORK
                    + "')"))
        .isEqualTo(2);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service_referral_category c join service_referral r"
                    + " on r.id = c.referral_id where r.case_id = "
                    + client.id()
                    + " and c.category not in ('IDENTITY_AND_RELEASE', 'HOUSING_HISTORY_AND_WISHES')"))
        .as("a referral carries only what the consent allows")
        .isZero();
    // the API refuses the unconsented provider as the page does
    long youthFlats = world.serviceId(YOUTH_FLATS);
    HttpResponse<String> refused =
        world
            .web()
            .postJsonWithToken(
                "api/v1/slots/" + slot + "/referrals",
                world.token("chair"),
                "{\"serviceId\":" + youthFlats + "}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service_referral where case_id = " + client.id()))
        .isEqualTo(2);
    shots("70-steering-in-the-meeting-day");

    // the case worker asks the client for the consent Josna needs, in one step
    openAs("caseworker", "meetings/day.xhtml?id=" + meeting, "dayTitle");
    WebElement ask =
        proposal(client.name(), "INDEPENDENT_RENTAL", YOUTH_FLATS)
            .findElement(By.cssSelector("button[id$='ask']"));
    submit(ask);
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Suostumuslinkki on tehty", "/consent/start.xhtml?t=", "koodi");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from consent_invitation where case_id = " + client.id()))
        .isEqualTo(1);
    BrowserSession.assertNoAccessibilityViolations(browser, "consent asked for a provider");

    // the provider's contact person is told by mail: the case reference and a link, no name
    var notice =
        EmbeddedServices.awaitMail(
            "the referral notice to Kodit's contact person",
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(World.KALLE)
                    && m.getSubject()
                        .equals("Uusi ohjaus ASO-ryhmästä (" + client.reference() + ")");
              } catch (Exception e) {
                return false;
              }
            });
    String mail = notice.getSubject() + "\n" + EmbeddedServices.plainText(notice);
    assertThat(mail)
        .contains(client.reference(), "/referrals/index.xhtml", "Svara senast")
        .doesNotContain(client.name(), "Ohjattava", FLATS);

    // the provider's partner sees the referral at home and accepts it
    openAs("partner", "index.xhtml", "partnerReferralsHeading");
    assertThat(browser.findElement(By.id("partnerReferrals")).getText())
        .contains(client.reference() + ": " + FLATS)
        .doesNotContain(SOCIAL_WORK, client.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "partner's home with a referral");
    browser.findElement(By.id("navReferrals")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referralsTitle")));
    WebElement row = referralRow(client.reference());
    assertThat(row.getText()).contains(FLATS, "Ohjattu").doesNotContain(client.name(), SOCIAL_WORK);
    BrowserSession.assertNoAccessibilityViolations(browser, "partner's referrals");
    shots("71-partner-referrals");
    submit(row.findElement(By.cssSelector("button.step-ACCEPTED")));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Ohjauksen tila päivitetty.");
    assertThat(referralRow(client.reference()).getText()).contains("Hyväksytty");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service_referral r join action_item a on a.id = r.action_id"
                    + " where r.case_id = "
                    + client.id()
                    + " and r.state = 'ACCEPTED' and r.updated_by = 'partner'"
                    + " and a.status = 'IN_PROGRESS'"))
        .isEqualTo(1);
    // a decline without a reason is refused and changes nothing (the next step offered: started)
    assertThat(referralRow(client.reference()).findElements(By.cssSelector("button.step-STARTED")))
        .hasSize(1);

    // the case page follows the referrals up
    openAs("caseworker", "cases/case.xhtml?id=" + client.id(), "caseReferralsHeading");
    assertThat(browser.findElement(By.id("caseReferrals")).getText())
        .contains(FLATS, "Hyväksytty", SOCIAL_WORK, "Ohjattu");
  }

  @Test
  void theHolesViewShowsTheNeedsNoServiceMetOnTheDemoData() throws Exception {
    World world = new World(base);
    // counted by hand from DemoSteering: kinds no other test records needs of in Joensuu
    Map<String, JsonObject> rows = holes(world);
    assertThat(figures(rows.get("REHABILITATIVE_WORK")))
        .as("Laine's need no Joensuu service offers")
        .isEqualTo("1/0/0/0/1");
    assertThat(figures(rows.get("SUBSTANCE_ABUSE_SERVICES"))).isEqualTo("1/1/1/1/0");
    assertThat(figures(rows.get("SUPPORTED_HOUSING"))).isEqualTo("1/1/0/0/1");
    assertThat(figures(rows.get("FINANCIAL_AND_DEBT_COUNSELLING"))).isEqualTo("1/1/0/0/1");
    assertThat(rows.get("REHABILITATIVE_WORK").containsKey("kind")).isTrue();

    openAs("chair", "index.xhtml", "navHoles");
    browser.findElement(By.id("navHoles")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holesTitle")));
    assertThat(browser.findElement(By.id("withoutService")).getText())
        .contains("Kuntouttava työtoiminta");
    WebElement row =
        browser.findElements(By.cssSelector("#holes tbody tr")).stream()
            .filter(r -> r.getText().contains("Kuntouttava työtoiminta"))
            .findFirst()
            .orElseThrow();
    assertThat(
            row.findElements(By.cssSelector("td span")).stream()
                .filter(s -> !s.getAttribute("class").contains("badge"))
                .map(WebElement::getText)
                .filter(t -> t.matches("\\d+"))
                .collect(Collectors.joining("/")))
        .isEqualTo("1/0/0/0/1");
    assertThat(row.getText()).contains("Alueella ei ole tämän lajin palvelua");
    BrowserSession.assertNoAccessibilityViolations(browser, "holes");
    shots("72-service-map-holes");
    // the case worker has no holes view
    HttpResponse<String> denied =
        world.web().getWithToken("api/v1/service-map/holes", world.token("caseworker"));
    assertThat(denied.statusCode()).isEqualTo(403);
  }

  @Test
  void theProvidersContactPersonAnswersFromTheMailsLinkWithoutSigningIn() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Kaarina", "Linkkilä");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    OffsetDateTime start = World.at(24, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Linkin kokoushuone");
    long slot = world.slot(meeting, client, start);
    long referral = world.refer(slot, world.serviceId(FLATS), "INDEPENDENT_RENTAL");
    String link = World.referralAnswerLink(referral, World.KALLE).getPath().substring(1);

    // whoever opens the mail's link, signed in or not: the reference and the service, no name
    browser.manage().deleteAllCookies();
    browser.navigate().to(base.resolve(link).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referralDetails")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Vastaus ohjaukseen palveluun");
    assertThat(browser.findElement(By.id("caseReference")).getText()).isEqualTo(client.reference());
    assertThat(browser.findElement(By.id("serviceName")).getText()).isEqualTo(FLATS);
    assertThat(browser.findElement(By.id("referralState")).getText()).isEqualTo("Ohjattu");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain(client.name(), "Linkkilä", "Kaarina");
    assertThat(browser.findElements(By.id("navDashboard"))).as("not signed in").isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "referral answer page");
    shots("73-referral-answer-link");

    // a decline without its reason is refused and changes nothing
    submit(By.id("step-DECLINED"));
    assertThat(browser.findElement(By.id("answerResult")).getText())
        .isEqualTo("Tilaa ei tallennettu. Kerro, miksi ohjaus hylätään.");
    assertThat(referralState(referral)).isEqualTo("REFERRED");
    BrowserSession.assertNoAccessibilityViolations(browser, "referral answer refused");

    // accepted: saved, the action follows, the step audited as the link's
    submit(By.id("step-ACCEPTED"));
    assertThat(browser.findElement(By.id("answerResult")).getText())
        .isEqualTo("Kiitos, ohjauksen tila on tallennettu.");
    assertThat(browser.findElement(By.id("referralState")).getText()).isEqualTo("Hyväksytty");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service_referral r join action_item a on a.id = r.action_id"
                    + " where r.id = "
                    + referral
                    + " and r.state = 'ACCEPTED' and r.updated_by = 'referral link'"
                    + " and a.status = 'IN_PROGRESS'"))
        .isEqualTo(1);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where client_case_id = "
                    + client.id()
                    + " and actor = 'referral link' and action in ('READ', 'UPDATE')"))
        .as("the openings and the step are on the client's access report")
        .isGreaterThanOrEqualTo(3);

    // in Swedish, by the page's own language link; then started and ended: the link is used up
    browser
        .navigate()
        .to(base.resolve("referral-answer.xhtml?t=" + token(link) + "&lang=sv").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referralDetails")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Svar på remiss till en tjänst");
    assertThat(browser.findElement(By.id("referralState")).getText()).isEqualTo("Godkänd");
    submit(By.id("step-STARTED"));
    browser.navigate().to(base.resolve(link + "?lang=fi").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-ENDED")));
    submit(By.id("step-ENDED"));
    assertThat(browser.findElement(By.id("answerResult")).getText())
        .isEqualTo("Kiitos, ohjauksen tila on tallennettu.");
    assertThat(referralState(referral)).isEqualTo("ENDED");
    browser.navigate().to(base.resolve(link).toString());
    assertThat(browser.findElement(By.id("answerState")).getText())
        .isEqualTo("Tämä ohjaus on jo käsitelty loppuun, eikä linkillä voi enää muuttaa sitä.");
    assertThat(browser.findElements(By.id("referralDetails"))).isEmpty();
    assertThat(world.web().get(link).statusCode()).as("used").isEqualTo(410);

    // an altered link is not ours
    String altered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
    browser.navigate().to(base.resolve(altered).toString());
    assertThat(browser.findElement(By.id("answerState")).getText())
        .isEqualTo("Tätä linkkiä ei tunnisteta. Tarkista, että avasit koko linkin viestistä.");
    assertThat(world.web().get(altered).statusCode()).isEqualTo(404);
    BrowserSession.assertNoAccessibilityViolations(browser, "referral answer link not ours");
  }

  // ---- page objects

  private void openAs(String user, String path, String visibleId) {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(user, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navDashboard")));
    browser.navigate().to(base.resolve(path).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(visibleId)));
  }

  private WebElement slot(String client) {
    return browser.findElements(By.cssSelector("article.slot")).stream()
        .filter(a -> a.findElement(By.tagName("h2")).getText().contains(client))
        .findFirst()
        .orElseThrow();
  }

  private void addNeed(String client, String kind) {
    WebElement slot = slot(client);
    new Select(slot.findElement(By.cssSelector("select[id$='needs:need']"))).selectByValue(kind);
    submit(slot.findElement(By.cssSelector("button[id$='needs:addNeed']")));
    assertThat(browser.findElement(By.id("messageArea")).getText()).contains("Tarpeet tallennettu");
  }

  private WebElement need(String client, String kind) {
    return slot(client).findElement(By.cssSelector("div.need[data-kind='" + kind + "']"));
  }

  private WebElement proposal(String client, String kind, String service) {
    return need(client, kind).findElements(By.cssSelector("li.proposal")).stream()
        .filter(p -> p.findElement(By.tagName("strong")).getText().equals(service))
        .findFirst()
        .orElseThrow();
  }

  private void refer(String client, String kind, String service) {
    submit(proposal(client, kind, service).findElement(By.cssSelector("button[id$='refer']")));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Ohjaus tehty: palveluntuottajalle lisättiin toimenpide.");
  }

  private WebElement referralRow(String reference) {
    return browser.findElements(By.cssSelector("[id='referrals:list'] tbody tr")).stream()
        .filter(r -> r.getText().contains(reference))
        .findFirst()
        .orElseThrow();
  }

  /** Screenshots of the page as it is, at a desktop's and a phone's width. */
  private void shots(String name) throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 900));
    BrowserSession.screenshot(browser, name + "-1280");
    browser.manage().window().setSize(new Dimension(390, 844));
    BrowserSession.assertNoAccessibilityViolations(browser, name + " at 390 px");
    BrowserSession.screenshot(browser, name + "-390");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  // ---- the API

  private static String referralState(long referral) throws Exception {
    return EmbeddedServices.stringValue(
        "select state from service_referral where id = " + referral);
  }

  private static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static Map<String, JsonObject> holes(World world) throws Exception {
    HttpResponse<String> answer =
        world.web().getWithToken("api/v1/service-map/holes", world.token("admin"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return World.json(answer.body()).getJsonArray("kinds").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(k -> k.getString("kind"), k -> k));
  }

  /** needs/services/referred/taken on/unmet */
  private static String figures(JsonObject k) {
    return List.of("needs", "services", "referred", "takenOn", "unmet").stream()
        .map(f -> String.valueOf(k.getInt(f)))
        .collect(Collectors.joining("/"));
  }
}
