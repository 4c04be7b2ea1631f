package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regions' service catalogues on the deployed platform (issue 20, part 1): the demo regions
 * hold the services seeds 001-004 name, the CSV export reads back to the same catalogue, a partner
 * adds and keeps their own organisation's entries and no other, and bad input changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogueIT {

  @ArquillianResource URL deployed;

  private World demo;
  private String suffix;

  @BeforeEach
  void world() {
    demo = new World(Platform.base(deployed));
    suffix = Long.toString(System.nanoTime() % 1_000_000L);
  }

  @Test
  void theDemoRegionsHoldTheServicesOfSeeds001To004() throws Exception {
    // seed 004: the Joensuu group's partners, as the demo region's chair reads them
    Map<String, String> joensuu = kinds(list("chair", ""));
    assertThat(joensuu)
        .containsEntry("Vuokra-asunnot", "INDEPENDENT_RENTAL")
        .containsEntry("Nuorisoasunnot", "INDEPENDENT_RENTAL")
        .containsEntry("Asuntotoimen asumisneuvonta", "HOUSING_COUNSELLING")
        .containsEntry("Aikuissosiaalityö", "ADULT_SOCIAL_WORK")
        .containsEntry("Asunnottomien palvelut", "SUPPORTED_HOUSING")
        .containsEntry("Päihdepalvelukeskus", "SUBSTANCE_ABUSE_SERVICES")
        .containsEntry("Mielenterveyspalvelut", "MENTAL_HEALTH_SERVICES")
        .containsEntry("Diakoniatyö", "PARISH_DIACONIA")
        .containsEntry("Työllisyyspalvelut", "EMPLOYMENT_SERVICES")
        .containsEntry("Talous- ja velkaneuvonta", "FINANCIAL_AND_DEBT_COUNSELLING")
        .containsEntry("ViaDian vertaistuki", "PEER_SUPPORT")
        .containsEntry("Kriminaalihuollon vertaistuki (KRIS)", "PEER_SUPPORT");
    // the other demo regions' catalogues are theirs: no Joensuu user sees them
    assertThat(joensuu).doesNotContainKeys("Tukiporras", "Talousneuvola", "Hekan vuokra-asunnot");
    for (String user : List.of("admin", "caseworker", "partner")) {
      assertThat(kinds(list(user, "")).keySet())
          .as(user + " of the demo region")
          .doesNotContain("Tukiporras", "Hekan vuokra-asunnot", "Välitystili");
    }

    // seeds 001 and 003: Helsinki's housing support and counselling
    assertThat(catalogue("helsinki"))
        .contains(
            "Asumispalvelujen arviointi ja sijoitus (SAS)|HOUSING_SERVICE_ASSESSMENT|Bedömning och placering (SAS)",
            "Tuettu asuminen (pienasunnot, tukikodit)|SUPPORTED_HOUSING|Stödboende",
            "Vuokravelan seuranta|RENT_DEBT_FOLLOW_UP|Uppföljning av hyresskuld",
            "Lähityö ja kotikuntoutus|OUTREACH_SUPPORT|",
            "Asumisneuvonta|HOUSING_COUNSELLING|Boenderådgivning",
            "Aikuissosiaalityö|ADULT_SOCIAL_WORK|Socialt arbete för vuxna",
            "Välitystili|MANAGED_MONEY_ACCOUNT|Förmedlingskonto",
            "Kriisimajoitus|EMERGENCY_ACCOMMODATION|Krisinkvartering",
            "Hekan vuokra-asunnot|INDEPENDENT_RENTAL|Hekas hyresbostäder",
            "Maksusopimus vuokravelkaan|PAYMENT_PLAN|Betalningsavtal för hyresskuld",
            "Kelan perustoimeentulotuki ja asumistuki|KELA_BENEFITS|FPA:s grundläggande utkomststöd och bostadsbidrag");
    // seed 002: Seinäjoki's housing social work model
    assertThat(catalogue("seinajoki"))
        .contains(
            "Asumisneuvonta|HOUSING_COUNSELLING|Boenderådgivning",
            "Aikuissosiaalityö ja sosiaaliohjaus|ADULT_SOCIAL_WORK|Socialt arbete och handledning för vuxna",
            "Mielenterveyskuntoutujien tuettu asuminen|SUPPORTED_HOUSING|Stödboende för rehabiliteringsklienter inom mentalvården",
            "Mielenterveyskuntoutujien palveluasuminen|SERVICE_HOUSING|Serviceboende för rehabiliteringsklienter inom mentalvården",
            "Tukiporras|OUTREACH_SUPPORT|",
            "Välitystili|MANAGED_MONEY_ACCOUNT|Förmedlingskonto",
            "Välivuokra-asunnot|INTERIM_TENANCY|Andrahandsbostäder",
            "Talousneuvola|FINANCIAL_AND_DEBT_COUNSELLING|",
            "A-klinikka|SUBSTANCE_ABUSE_SERVICES|A-kliniken",
            "Kelan perustoimeentulotuki|KELA_BENEFITS|FPA:s grundläggande utkomststöd");
    assertThat(
            EmbeddedServices.stringValue(
                "select opening_hours from service s join region r on r.id = s.region_id"
                    + " where r.code = 'seinajoki' and s.name_fi = 'Talousneuvola'"))
        .isEqualTo("Joka toinen perjantai klo 10–14, ei ajanvarausta");
  }

  @Test
  void theExportReadsBackToTheSameCatalogue() throws Exception {
    String admin = demo.token("admin");
    HttpResponse<String> exported = demo.web().getWithToken("api/v1/services/export", admin);
    assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String before = list("admin", "");

    HttpResponse<String> imported =
        demo.web().postWithToken("api/v1/services/import", admin, "text/csv", exported.body());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject result = World.json(imported.body());
    assertThat(result.getInt("created") + result.getInt("updated")).isZero();
    assertThat(result.getInt("unchanged")).isEqualTo(RegionBoundaryIT.RegionB.array(before).size());
    assertThat(list("admin", "")).isEqualTo(before);
    assertThat(demo.web().getWithToken("api/v1/services/export", admin).body())
        .isEqualTo(exported.body());
  }

  @Test
  void aPartnerAddsAndKeepsTheirOwnOrganisationsEntriesButNotAnothers() throws Exception {
    long own = created(World.KODIT, "Kotien asumisneuvonta " + suffix);
    long other = created(World.SOTE, "Sosiaalityön päivystys " + suffix);

    JsonObject read = get("partner", own);
    assertThat(read.getBoolean("editable")).isTrue();
    HttpResponse<String> changed =
        demo.web()
            .putJsonWithToken(
                "api/v1/services/" + own,
                demo.token("partner"),
                change(read.getInt("version"), "Kotien asumisneuvonta " + suffix, "ma-to 9-15"));
    // the service as changed, its new version also as the ETag
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(World.json(changed.body()).getString("openingHours")).isEqualTo("ma-to 9-15");
    assertThat(changed.headers().firstValue("ETag"))
        .contains("\"" + World.json(changed.body()).getJsonNumber("version") + "\"")
        .isNotEqualTo(java.util.Optional.of("\"" + read.getJsonNumber("version") + "\""));
    assertThat(get("chair", own).getString("openingHours")).isEqualTo("ma-to 9-15");

    JsonObject another = get("partner", other);
    assertThat(another.getBoolean("editable")).isFalse();
    HttpResponse<String> refused =
        demo.web()
            .putJsonWithToken(
                "api/v1/services/" + other,
                demo.token("partner"),
                change(another.getInt("version"), "Kaapattu " + suffix, "aina"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(get("partner", other)).as("unchanged").isEqualTo(another);

    // a partner adds a service of their own organisation, not of another
    HttpResponse<String> added =
        demo.web()
            .postJsonWithToken(
                "api/v1/services",
                demo.token("partner"),
                body(World.organisation(World.KODIT), "Uusi " + suffix));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long addedId = World.json(added.body()).getJsonNumber("id").longValue();
    JsonObject addedRead = get("chair", addedId);
    assertThat(addedRead.getString("nameFi")).isEqualTo("Uusi " + suffix);
    assertThat(addedRead.getJsonNumber("organisationId").longValue())
        .isEqualTo(World.organisation(World.KODIT));
    assertThat(get("partner", addedId).getBoolean("editable")).isTrue();
    HttpResponse<String> forAnother =
        demo.web()
            .postJsonWithToken(
                "api/v1/services",
                demo.token("partner"),
                body(World.organisation(World.SOTE), "Vieras " + suffix));
    assertThat(forAnother.statusCode()).as(forAnother.body()).isEqualTo(403);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service where name_fi = 'Vieras " + suffix + "'"))
        .as("nothing added")
        .isZero();
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    String admin = demo.token("admin");
    String before = list("admin", "");

    HttpResponse<String> nameless =
        demo.web()
            .postJsonWithToken(
                "api/v1/services", admin, body(World.organisation(World.KODIT), " "));
    assertProblem(nameless, 400, "services.nameFi");
    HttpResponse<String> unknownKind =
        demo.web()
            .postJsonWithToken(
                "api/v1/services",
                admin,
                "{\"organisationId\":" + World.organisation(World.KODIT) + ",\"kind\":\"CASTLE\"}");
    assertProblem(unknownKind, 400, "request.invalid");
    long helsinkiOrganisation =
        Long.parseLong(
            EmbeddedServices.stringValue(
                "select min(o.id) from organisation o join region r on r.id = o.home_region_id"
                    + " where r.code = 'helsinki'"));
    assertProblem(
        demo.web()
            .postJsonWithToken("api/v1/services", admin, body(helsinkiOrganisation, "Vieras")),
        400,
        "services.provider");
    assertProblem(
        demo.web().getWithToken("api/v1/services?kind=castle", admin), 400, "search.value");

    // a file whose third line is bad: its good second line is not imported either
    String header =
        demo.web()
            .getWithToken("api/v1/services/export", admin)
            .body()
            .lines()
            .findFirst()
            .orElseThrow();
    String csv =
        header
            + "\n,,Joensuun Kodit Oy,HOUSING_COUNSELLING,Tiedostosta tuotu "
            + suffix
            + ",,,,PHONE,,,,,,"
            + "\n,,Joensuun Kodit Oy,HOUSING_COUNSELLING,Huono puhelin "
            + suffix
            + ",,,,PHONE,,soita,,,,\n";
    HttpResponse<String> refused =
        demo.web().postWithToken("api/v1/services/import", admin, "text/csv", csv);
    assertProblem(refused, 400, "services.csvLine");
    assertThat(World.json(refused.body()).getString("detail")).startsWith("line 3: ");
    assertThat(list("admin", "")).as("nothing was imported or changed").isEqualTo(before);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service where name_fi like '%" + suffix + "'"))
        .isZero();
  }

  // --- helpers ---

  private String list(String user, String query) throws Exception {
    HttpResponse<String> list =
        demo.web().getWithToken("api/v1/services" + query, demo.token(user));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return list.body();
  }

  private JsonObject get(String user, long id) throws Exception {
    HttpResponse<String> read = demo.web().getWithToken("api/v1/services/" + id, demo.token(user));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return World.json(read.body());
  }

  private long created(String organisation, String name) throws Exception {
    return RegionBoundaryIT.RegionB.id(
        demo.web()
            .postJsonWithToken(
                "api/v1/services",
                demo.token("admin"),
                body(World.organisation(organisation), name)));
  }

  private static Map<String, String> kinds(String list) {
    return RegionBoundaryIT.RegionB.array(list).stream()
        .map(JsonValue::asJsonObject)
        .collect(
            Collectors.toMap(
                s -> s.getString("nameFi"), s -> s.getString("kind"), (first, second) -> first));
  }

  /** A region's catalogue as "Finnish name|kind|Swedish name" lines, read from the database. */
  private static List<String> catalogue(String region) {
    String lines =
        EmbeddedServices.stringValue(
            "select string_agg(s.name_fi || '|' || s.kind || '|' || coalesce(s.name_sv, ''), '\n')"
                + " from service s join region r on r.id = s.region_id"
                + " where r.code = '"
                + region
                + "' and s.retired_at is null");
    return lines == null ? List.of() : List.of(lines.split("\n"));
  }

  private static String body(long organisation, String name) {
    return "{\"organisationId\":"
        + organisation
        + ",\"kind\":\"HOUSING_COUNSELLING\",\"nameFi\":"
        + World.quote(name)
        + ",\"referralWays\":[\"PHONE\"],\"informationNeeds\":[\"IDENTITY_AND_RELEASE\"]}";
  }

  private static String change(int version, String name, String hours) {
    return "{\"version\":"
        + version
        + ",\"kind\":\"HOUSING_COUNSELLING\",\"nameFi\":"
        + World.quote(name)
        + ",\"openingHours\":"
        + World.quote(hours)
        + ",\"referralWays\":[\"PHONE\",\"SELF_REFERRAL\"]}";
  }

  private static void assertProblem(HttpResponse<String> answer, int status, String code) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(World.json(answer.body()).getString("code")).as(answer.body()).isEqualTo(code);
  }
}
