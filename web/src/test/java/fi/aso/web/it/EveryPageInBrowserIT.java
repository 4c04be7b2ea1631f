package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page, as the people who use it see it, at a desktop's 1280×900 and a phone's 390×844, in
 * Finnish, Swedish and English: the signed-in pages of every role (from the PAGE rows of
 * authorisation-matrix.csv, so that a new page cannot be left out) with the ids of data this test
 * makes, and the public pages in their states (login, the consent code, form, receipt and
 * withdrawal, the invitation's answer page before and after answering, the video link before the
 * meeting and a forged one, the error pages). Each passes {@link PageChecks} and is saved as
 * target/screenshots/every-PAGE-ROLE-WIDTH-LANGUAGE.png.
 *
 * <p>One browser per width (the desktop window made phone-sized for the second test), one sign-in
 * per role and width, and the language changed with the pages' own {@code ?lang=} link.
 */
class EveryPageInBrowserIT extends BrowserTest {

  static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  /** The roles whose signed-in pages are visited, as the matrix names them. */
  static final List<String> ROLES = List.of("chair", "caseworker", "partner", "admin");

  /** Made by the first test, used by both. */
  private static Data data;

  private final PageChecks checks = new PageChecks();
  private final Set<String> covered = new HashSet<>();
  private final List<String> timings = new ArrayList<>();
  private String width;
  private long checkNanos;
  private long shotNanos;
  private int visits;

  /** What the pages show: made once through the API, for both widths. */
  record Data(
      World.Client client,
      long meeting,
      URI answerLink,
      URI referralLink,
      String joinToken,
      List<World.Client> toConsent,
      List<World.Client> toWithdraw) {}

  @Test
  void everyPageAtADesktopsWidth() throws Exception {
    tour(1280, 900);
  }

  @Test
  void everyPageAtAPhonesWidth() throws Exception {
    tour(390, 844);
  }

  private void tour(int w, int h) throws Exception {
    long started = System.nanoTime();
    Data d = data();
    browser.manage().window().setSize(new Dimension(w, h));
    width = String.valueOf(w);
    Number inner = (Number) js().executeScript("return window.innerWidth");
    assertThat(inner.intValue()).as("the window's width").isEqualTo(w);
    int round = w < 768 ? 1 : 0;

    publicPages(d, round);
    for (String role : ROLES) {
      long signedIn = System.nanoTime();
      signIn(role);
      for (AuthorisationMatrixIT.Row row : AuthorisationMatrixIT.Row.read()) {
        // a page open to anyone is visited as anyone (below): signed in it is the same page
        if (!row.api()
            && isPage(row)
            && row.allowed().get(role)
            && !row.allowed().get("anonymous")) {
          String path = row.path().replace("{cases}", String.valueOf(d.client().id()));
          path = path.replace("{meetings}", String.valueOf(d.meeting()));
          visit(row.path(), role, path.substring(1));
        }
      }
      if (role.equals("chair")) {
        // a page the chair may not open: the error page in the session's language
        visitOutsideFaces("error", role, "admin/system.xhtml", "index.xhtml");
      }
      if (role.equals("caseworker")) {
        // the case page in the states the client's own pages left: consented and withdrawn online
        visit(
            "/cases/case.xhtml?econsent",
            role,
            "cases/case.xhtml?id=" + d.toConsent().get(round).id());
        visit(
            "/cases/case.xhtml?ewithdrawn",
            role,
            "cases/case.xhtml?id=" + d.toWithdraw().get(round).id());
      }
      timings.add(role + " " + seconds(signedIn));
    }
    List<String> forgotten = new ArrayList<>();
    for (AuthorisationMatrixIT.Row row : AuthorisationMatrixIT.Row.read()) {
      if (!row.api() && !isFile(row) && !covered.contains(row.path())) {
        forgotten.add(row.path());
      }
    }
    System.out.println(
        "EveryPageInBrowserIT at "
            + width
            + " px: "
            + seconds(started)
            + " s "
            + timings
            + " visits "
            + visits
            + " checks "
            + checkNanos / 1_000_000_000
            + " s screenshots "
            + shotNanos / 1_000_000_000
            + " s");
    System.out.println(String.join("\n", checks.problems()));
    System.out.println("Left to other branches:\n" + String.join("\n", checks.routed()));
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(forgotten)
              .as("PAGE rows of the matrix that this test does not visit")
              .isEmpty();
          softly
              .assertThat(checks.unused())
              .as("routed findings that no page shows any more: remove them from PageChecks.ROUTED")
              .isEmpty();
          softly
              .assertThat(checks.problems())
              .as(
                  "problems on the pages at "
                      + width
                      + " px:\n"
                      + String.join("\n", checks.problems()))
              .isEmpty();
        });
  }

  /**
   * The pages anyone reaches without signing in, in each state a person meets them.
   *
   * <p>The hook for the public pages being redone (branch "public"): the accessibility statement,
   * the answer page's "already answered" and "expired" states and the video link after the meeting
   * go here as further visits when they land (a new page's matrix row fails this test until it is
   * visited).
   */
  private void publicPages(Data d, int round) throws Exception {
    long started = System.nanoTime();
    browser.manage().deleteAllCookies();
    visit("/login.xhtml", "anonymous", "login.xhtml");
    visit("/account/password.xhtml", "anonymous", "account/password.xhtml");
    visit("/consent/start.xhtml", "anonymous", "consent/start.xhtml");
    visit("/consent/done.xhtml", "anonymous", "consent/done.xhtml");
    visitOutsideFaces("error-404", "anonymous", "no-such-page.xhtml", "login.xhtml");
    covered.add("/error");
    // the invitation's answer page: the question, then the answer saved
    String answer = d.answerLink().getPath().substring(1);
    visitOutsideFaces("answer", "anonymous", answer, "login.xhtml");
    visitAfter(
        "answer-saved",
        "anonymous",
        language -> {
          toLanguage(language, "login.xhtml");
          browser.navigate().to(base.resolve(answer).toString());
          submit(By.cssSelector("button[value=ACCEPTED]"));
        });
    // (the link forwards to answer.xhtml?t=, the page a language switch reaches)
    covered.addAll(List.of("/answer/{answer}", "/answer.xhtml?t={answer}"));
    visitOutsideFaces(
        "answer-forged", "anonymous", "answer.xhtml?t=matriisi-forged-token", "login.xhtml");
    covered.add("/answer.xhtml?t=matriisi-forged-token");
    // a referral's answer link: the referral and its steps, a decline without a reason refused
    String referral = d.referralLink().getPath().substring(1);
    visitOutsideFaces("referral-answer", "anonymous", referral, "login.xhtml");
    visitAfter(
        "referral-answer-refused",
        "anonymous",
        language -> {
          toLanguage(language, "login.xhtml");
          browser.navigate().to(base.resolve(referral).toString());
          submit(By.id("step-DECLINED"));
        });
    covered.addAll(
        List.of(
            "/referral-answer/{referral-answer}", "/referral-answer.xhtml?t={referral-answer}"));
    visitOutsideFaces(
        "referral-answer-forged",
        "anonymous",
        "referral-answer.xhtml?t=matriisi-forged-token",
        "login.xhtml");
    covered.addAll(
        List.of(
            "/referral-answer.xhtml?t=matriisi-forged-token",
            "/referral-answer/matriisi-forged-token"));
    // the video link weeks before the meeting, and a forged one
    visitOutsideFaces("join-before", "anonymous", "join/" + d.joinToken(), "login.xhtml");
    visitOutsideFaces(
        "join-forged", "anonymous", "join/" + d.joinToken().replace('A', 'B') + "x", "login.xhtml");
    covered.addAll(List.of("/join/{join}", "/join/matriisi-forged-token", "/join.xhtml?t={join}"));
    visit("/accessibility.xhtml", "anonymous", "accessibility.xhtml");
    consentPages(d.toConsent().get(round), d.toWithdraw().get(round));
    timings.add("public " + seconds(started));
  }

  /**
   * The client's pages: the code entry (also with a wrong code), the form (also sent empty), the
   * receipt page, and the withdrawal form, with links the case worker issues on the case page.
   */
  private void consentPages(World.Client toConsent, World.Client toWithdraw) throws Exception {
    signIn("caseworker");
    String[] consent = issue(toConsent, "paperConsent:inviteElectronic");
    String[] withdrawal = issue(toWithdraw, "withdrawal:inviteWithdrawal");
    browser.manage().deleteAllCookies();

    String start = consent[0].substring(base.toString().length());
    visit("/consent/start.xhtml", "client", start);
    browser.navigate().to(consent[0] + "&lang=fi");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")))
        .sendKeys("000000");
    submit(By.id("entry:continue"));
    check("consent-code-wrong", "client", "fi");
    browser.findElement(By.id("entry:code")).clear();
    browser.findElement(By.id("entry:code")).sendKeys(consent[1]);
    submit(By.id("entry:continue"));
    visit("/consent/form.xhtml", "client", "consent/form.xhtml");
    visitAfter(
        "consent-form-empty",
        "client",
        language -> {
          browser.navigate().to(base.resolve("consent/form.xhtml?lang=" + language).toString());
          submit(By.id("answer:give"));
        });
    browser.findElement(By.cssSelector(".agency input[type=checkbox]")).click();
    browser.findElement(By.id("answer:name")).sendKeys(toConsent.name());
    submit(By.id("answer:give"));
    visit("/consent/done.xhtml", "client", "consent/done.xhtml");

    browser.manage().deleteAllCookies();
    browser.navigate().to(withdrawal[0]);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")))
        .sendKeys(withdrawal[1]);
    submit(By.id("entry:continue"));
    visit("/consent/withdraw.xhtml", "client", "consent/withdraw.xhtml");
    browser.navigate().to(base.resolve("consent/withdraw.xhtml?lang=fi").toString());
    wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector(".agency input[type=checkbox]")))
        .click();
    browser.findElement(By.id("withdraw:name")).sendKeys(toWithdraw.name());
    submit(By.id("withdraw:confirm"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawnFrom")));
    check("consent-withdrawn", "client", "fi");
    covered.addAll(List.of("/consent/form.xhtml", "/consent/withdraw.xhtml"));
  }

  /** The case worker issues a consent or withdrawal link on the case page: its address and code. */
  private String[] issue(World.Client client, String button) {
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id(button)));
    if (button.startsWith("paperConsent")) {
      browser
          .findElement(
              By.xpath(
                  "//table[contains(@class,'consent-matrix')]//tr[th[normalize-space()='"
                      + World.KODIT
                      + "']]//input[@type='checkbox']"))
          .click();
    }
    submit(By.id(button));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
    return new String[] {
      browser.findElement(By.id("issuedLink")).getAttribute("href"),
      browser.findElement(By.id("issuedCode")).getText()
    };
  }

  private void signIn(String role) {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(role, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
  }

  /** A Faces page in each language, through its own {@code ?lang=} link. */
  private void visit(String row, String role, String path) throws Exception {
    String name = row.replaceAll("^/|\\.xhtml.*$|\\?.*$", "").replaceAll("[^A-Za-z0-9]+", "-");
    if (row.contains("list=")) {
      name += "-" + row.replaceAll(".*list=", "");
    } else if (row.matches(".*\\?[a-z]+$")) {
      name += "-" + row.replaceAll(".*\\?", "");
    }
    covered.add(row);
    visitAfter(
        name,
        role,
        language ->
            browser
                .navigate()
                .to(
                    base.resolve(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
                        .toString()));
  }

  /**
   * A page served outside Faces (error, answer, join) in each language: the session's language is
   * set on a Faces page first, and the browser asks for the language as a reader's browser would.
   */
  private void visitOutsideFaces(String name, String role, String path, String facesPage)
      throws Exception {
    visitAfter(
        name,
        role,
        language -> {
          toLanguage(language, facesPage);
          browser.navigate().to(base.resolve(path).toString());
        });
  }

  private void toLanguage(String language, String facesPage) {
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Emulation.setUserAgentOverride",
            Map.of(
                "userAgent",
                String.valueOf(js().executeScript("return navigator.userAgent")),
                "acceptLanguage",
                language));
    browser.navigate().to(base.resolve(facesPage + "?lang=" + language).toString());
  }

  /** Brings the page to the browser in each language (with {@code arrive}), and checks it. */
  private void visitAfter(String name, String role, Consumer<String> arrive) throws Exception {
    for (String language : LANGUAGES) {
      arrive.accept(language);
      check(name, role, language);
    }
  }

  private void check(String name, String role, String language) throws Exception {
    waitUntilSettled();
    String page = "every-" + name + "-" + role + "-" + width + "-" + language;
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
        .as(page + ": the page's language")
        .isEqualTo(language);
    long t0 = System.nanoTime();
    checks.check(browser, page, language);
    long t1 = System.nanoTime();
    BrowserSession.screenshot(browser, page);
    checkNanos += t1 - t0;
    shotNanos += System.nanoTime() - t1;
    visits++;
  }

  /** The page loaded and no PrimeFaces request (a calendar's events, a lazy table) under way. */
  private void waitUntilSettled() {
    wait.until(
        b ->
            Boolean.TRUE.equals(
                js().executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                            + "     || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!document.querySelector('.ui-schedule')"
                            + "     || !!document.querySelector('.fc-daygrid-day'))")));
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }

  private static boolean isPage(AuthorisationMatrixIT.Row row) {
    return row.path().contains(".xhtml");
  }

  /**
   * A PDF, a calendar, a JSON, CSV or spreadsheet file: not a page (their texts are their own
   * tests').
   */
  private static boolean isFile(AuthorisationMatrixIT.Row row) {
    return row.shows().equals("pdf")
        || row.shows().equals("ics")
        || row.path().replaceAll("\\?.*$", "").matches(".*\\.(pdf|ics|json|csv|xlsx)$");
  }

  private static String seconds(long since) {
    return String.format("%.0f", (System.nanoTime() - since) / 1e9);
  }

  /**
   * The data the pages show, made once: a client who consented to Kodit and Siun sote on a meeting
   * with Kalle invited and accepted, an action for Kodit naming Kalle and approved minutes; and for
   * each width a client to consent electronically and one to withdraw.
   */
  private synchronized Data data() throws Exception {
    if (data == null) {
      World world = new World(base);
      World.Client client = world.referClient("Sivu", "Kierros");
      world.consent(
          client,
          World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
          World.grant(World.SOTE, World.IDENTITY));
      var start = World.at(57, 9);
      long meeting = world.meeting(start, Duration.ofHours(3), "Kierroksen kokoushuone");
      long slot = world.slot(meeting, client, start);
      world.invite(meeting, slot, World.KALLE);
      world.acceptByMail(slot, World.KALLE);
      world.action(
          slot,
          "Asunnon haku",
          World.KODIT,
          World.KALLE,
          LocalDate.now(World.HELSINKI).plusWeeks(3));
      long referral = world.refer(slot, world.serviceId("Vuokra-asunnot"), "INDEPENDENT_RENTAL");
      world.approveMinutes(meeting);
      String join =
          World.json(
                  "{\"a\":"
                      + world.web().getWithToken("api/v1/my-slots", world.token("partner")).body()
                      + "}")
              .getJsonArray("a")
              .getValuesAs(jakarta.json.JsonObject.class)
              .stream()
              .filter(s -> s.getJsonNumber("slotId").longValue() == slot)
              .findFirst()
              .orElseThrow()
              .getString("joinToken");
      List<World.Client> toConsent = new ArrayList<>();
      List<World.Client> toWithdraw = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        toConsent.add(world.referClient("Antaa", "Suostumus"));
        World.Client withdrawing = world.referClient("Peruu", "Suostumus");
        world.consent(withdrawing, World.grant(World.KODIT, World.IDENTITY));
        toWithdraw.add(withdrawing);
      }
      data =
          new Data(
              client,
              meeting,
              World.answerLink(slot, World.KALLE),
              World.referralAnswerLink(referral, World.KALLE),
              join,
              List.copyOf(toConsent),
              List.copyOf(toWithdraw));
    }
    return data;
  }
}
