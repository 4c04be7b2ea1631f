package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cases, referrals and consent through the REST API on the deployed platform: a referral opens a
 * case, stale edits are refused, recording a paper consent opens the case to the named partner,
 * withdrawal closes it at once, and the chair's access report shows who saw what.
 */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT {

  @ArquillianResource URL deployed;

  private World world;
  private WebClient web;

  @BeforeEach
  void client() {
    world = new World(Platform.base(deployed));
    web = world.web();
  }

  @Test
  void recordingAndWithdrawingConsentOpensAndClosesThePartnersAccessAtOnce() throws Exception {
    World.Client client =
        world.referClient(
            "Timo",
            "Mäkinen",
            java.time.LocalDate.now(World.HELSINKI).plusMonths(3),
            java.util.Map.of(
                "WISHES", "Oma vuokra-asunto", "SUBSTANCE_USE", "Raitis vankeusaikana"));
    long caseId = client.id();
    long kodit = World.organisation(World.KODIT);
    String chair = world.token("chair");
    String partner = world.token("partner");
    assertThat(web.getWithToken("api/v1/cases/" + caseId, partner).statusCode()).isEqualTo(404);

    HttpResponse<String> recorded =
        web.postJsonWithToken(
            "api/v1/cases/" + caseId + "/consents",
            chair,
            "{\"validUntil\":\"2027-06-30\",\"textVersion\":\"fi-2026-1\",\"grants\":[{\"organisationId\":"
                + kodit
                + ",\"categories\":[\"IDENTITY_AND_RELEASE\",\"HOUSING_HISTORY_AND_WISHES\"]}]}");
    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"method\":\"PAPER\"", "Joensuun Kodit Oy");

    int version =
        jakarta.json.Json.createReader(new java.io.StringReader(recorded.body()))
            .readObject()
            .getInt("version");
    String scanPath = "api/v1/cases/" + caseId + "/consents/" + version + "/scan";
    byte[] wrongSheet = ScanFiles.pdf("väärä sivu");
    assertThat(web.putBytesWithToken(scanPath, chair, "application/pdf", wrongSheet).statusCode())
        .isEqualTo(204);
    // a second upload to the version replaces the first (it was a 500 once)
    byte[] scan = ScanFiles.png();
    assertThat(web.putBytesWithToken(scanPath, chair, "image/png", scan).statusCode())
        .isEqualTo(204);
    HttpResponse<byte[]> back = web.getBytesWithToken(scanPath, chair);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body()).isEqualTo(scan);
    assertThat(back.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
    assertThat(
            web.getBytesWithToken(
                    "api/v1/cases/" + caseId + "/consents/" + version + "/scan", partner)
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> seen = web.getWithToken("api/v1/cases/" + caseId, partner);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body())
        .contains(client.name(), "READY_FOR_MEETING", "Oma vuokra-asunto")
        .doesNotContain("SUBSTANCE_USE", "Raitis");

    HttpResponse<String> withdrawn =
        web.postJsonWithToken(
            "api/v1/cases/" + caseId + "/consents/withdrawals",
            chair,
            "{\"organisationId\":" + kodit + "}");
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(web.getWithToken("api/v1/cases/" + caseId, partner).statusCode()).isEqualTo(404);

    HttpResponse<String> report =
        web.getWithToken("api/v1/cases/" + caseId + "/access-report", chair);
    assertThat(report.statusCode()).isEqualTo(200);
    // grouped by who and what, in words: people by name, no user names or codes
    assertThat(report.body())
        .contains(
            "\"who\":\"Kalle Kumppani\"",
            "\"organisation\":\"Joensuun Kodit Oy\"",
            "\"what\":\"katsoi tietojasi\"",
            "\"what\":\"yritti nähdä tietojasi, mutta pääsy estettiin\"",
            "\"what\":\"teki sinusta lähetteen ryhmään\"")
        .doesNotContain("\"who\":\"partner\"", "\"who\":\"caseworker\"");
    assertThat(web.getWithToken("api/v1/cases/" + caseId + "/access-report?lang=en", chair).body())
        .contains("\"what\":\"viewed your details\"");
    JsonObject firstTwo =
        World.json(
            web.getWithToken("api/v1/cases/" + caseId + "/access-report?limit=2", chair).body());
    assertThat(firstTwo.getJsonArray("groups")).hasSize(2);
    assertThat(firstTwo.getInt("total")).isGreaterThan(2);
    JsonObject koditOnly =
        World.json(
            web.getWithToken("api/v1/cases/" + caseId + "/access-report?recipient=o" + kodit, chair)
                .body());
    assertThat(koditOnly.getJsonArray("groups").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(g -> assertThat(g.getString("organisation")).isEqualTo("Joensuun Kodit Oy"));
    for (String bad :
        List.of(
            "limit=0",
            "limit=101",
            "page=0",
            "page=x",
            "from=2026-13-01",
            "from=2026-12-02&to=2026-12-01")) {
      HttpResponse<String> refused =
          web.getWithToken("api/v1/cases/" + caseId + "/access-report?" + bad, chair);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .as(bad)
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<byte[]> pdf =
        web.getBytesWithToken("api/v1/cases/" + caseId + "/access-report/pdf?lang=sv", chair);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(
            new com.lowagie.text.pdf.parser.PdfTextExtractor(
                    new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1))
        .contains("Vem har använt dina uppgifter", client.name(), "Kalle Kumppani");
    assertThat(
            web.getWithToken("api/v1/cases/" + caseId + "/access-report/pdf?page=x", chair)
                .statusCode())
        .as("the PDF has no pages to choose: an unknown parameter is ignored")
        .isEqualTo(200);
    assertThat(
            web.getWithToken("api/v1/cases/" + caseId + "/access-report/pdf?from=x", chair)
                .statusCode())
        .isEqualTo(400);
    assertThat(web.getWithToken("api/v1/cases/" + caseId + "/access-report", partner).statusCode())
        .isEqualTo(403);
    assertThat(
            web.getBytesWithToken("api/v1/cases/" + caseId + "/access-report/pdf", partner)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aConsentNamingAnOrganisationOutsideTheNetworkIsRefusedWithAProblemAndChangesNothing()
      throws Exception {
    long caseId = world.referClient("Anna", "Heikkinen").id();
    long before = id("select count(*) from consent where case_id = " + caseId);

    HttpResponse<String> refused =
        web.postJsonWithToken(
            "api/v1/cases/" + caseId + "/consents",
            web.token("caseworker"),
            "{\"validUntil\":\"2027-06-30\",\"textVersion\":\"fi-2026-1\",\"grants\":[{\"organisationId\":999999,\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("network");
    assertThat(id("select count(*) from consent where case_id = " + caseId)).isEqualTo(before);
    assertThat(
            web.postJsonWithToken(
                    "api/v1/cases/" + caseId + "/consents", web.token("partner"), "{}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aScanIsTakenOnlyForWhatItsBytesAreAndNotPastTenMegabytes() throws Exception {
    long caseId = world.referClient("Veera", "Skannaaja").id();
    String caseWorker = web.token("caseworker");
    HttpResponse<String> recorded =
        web.postJsonWithToken(
            "api/v1/cases/" + caseId + "/consents",
            caseWorker,
            "{\"validUntil\":\"2027-06-30\",\"textVersion\":\"fi-2026-1\",\"grants\":[{\"organisationId\":"
                + World.organisation(World.KODIT)
                + ",\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}");
    assertThat(recorded.statusCode()).isEqualTo(201);
    String scanPath = "api/v1/cases/" + caseId + "/consents/1/scan";

    HttpResponse<String> page =
        web.putBytesWithToken(scanPath, caseWorker, "image/jpeg", ScanFiles.html());
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(page.body()).contains("\"code\":\"consent.scanType\"");

    HttpResponse<String> script =
        web.putBytesWithToken(
            scanPath, caseWorker, "application/pdf", ScanFiles.pdfWithJavaScript());
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("\"code\":\"consent.scanJavaScript\"", "JavaScript");

    byte[] oversize = java.util.Arrays.copyOf(ScanFiles.pdf("iso"), 10 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge =
        web.putBytesWithToken(scanPath, caseWorker, "application/pdf", oversize);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(tooLarge.body()).contains("\"code\":\"consent.scanSize\"");

    assertThat(
            id(
                "select count(*) from consent_document d join consent c on c.id = d.consent_id"
                    + " where c.case_id = "
                    + caseId))
        .as("nothing was stored")
        .isZero();
  }

  @Test
  void aCaseWorkerRefersAClientAndAStaleEditIsRefused() throws Exception {
    String caseWorker = web.token("caseworker");
    long prison = World.organisation(World.PRISON);

    HttpResponse<String> created =
        web.postJsonWithToken(
            "api/v1/cases",
            caseWorker,
            "{\"fullName\":\"Ville Uusi-Ohjattu\",\"dateOfBirth\":\"1952-10-13\",\"identityCode\":\"131052-308T\","
                + "\"kind\":\"PRISONER\",\"institutionId\":"
                + prison
                + ",\"expectedReleaseDate\":\"2027-04-01\","
                + "\"referral\":{\"WISHES\":\"Oma asunto Joensuusta\"}}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    assertThat(created.body())
        .contains("Ville Uusi-Ohjattu", "\"state\":\"REFERRED\"", "Oma asunto Joensuusta")
        .doesNotContain("131052");
    long caseId = World.json(created.body()).getJsonNumber("id").longValue();
    assertThat(
            id(
                "select count(*) from client_case where id = "
                    + caseId
                    + " and pic_hash is not null"))
        .isEqualTo(1);
    long version =
        jakarta.json.Json.createReader(new java.io.StringReader(created.body()))
            .readObject()
            .getJsonNumber("version")
            .longValue();

    HttpResponse<String> first =
        web.putJsonWithToken(
            "api/v1/cases/" + caseId + "/referral",
            caseWorker,
            "{\"version\":" + version + ",\"referral\":{\"HOUSING_SKILLS\":\"Hyvät\"}}");
    assertThat(first.statusCode()).isEqualTo(200);
    HttpResponse<String> stale =
        web.putJsonWithToken(
            "api/v1/cases/" + caseId + "/referral",
            caseWorker,
            "{\"version\":" + version + ",\"referral\":{\"HOUSING_SKILLS\":\"Heikot\"}}");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(web.getWithToken("api/v1/cases/" + caseId, caseWorker).body())
        .contains("Hyvät")
        .doesNotContain("Heikot");

    HttpResponse<String> duplicate =
        web.postJsonWithToken(
            "api/v1/cases",
            caseWorker,
            "{\"fullName\":\"Ville U.\",\"dateOfBirth\":\"1952-10-13\",\"identityCode\":\"131052-308T\","
                + "\"kind\":\"PRISONER\",\"institutionId\":"
                + prison
                + "}");
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(web.postJsonWithToken("api/v1/cases", web.token("partner"), "{}").statusCode())
        .isEqualTo(403);
  }

  private static long id(String sql) throws SQLException {
    try (var c = EmbeddedServices.database().getConnection();
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
