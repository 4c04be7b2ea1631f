package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding a client among many, on the real WAR: the API's search pages with a total, and the case
 * list page searches by its own address (a bookmark or a refresh shows the same), a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSearchIT {

  @ArquillianResource URL deployed;

  @Test
  void enoughClientsToPageAreFoundByNameAndPagedInTheApiAndOnThePage() throws Exception {
    World world = new World(Platform.base(deployed));
    String family = "Sivutus" + (System.nanoTime() % 100_000);
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add(
          world
              .referClient("Asiakas" + (char) ('A' + i / 26) + (char) ('a' + i % 26), family)
              .name());
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    String chair = world.token("chair");
    String q = URLEncoder.encode(family, StandardCharsets.UTF_8);

    JsonObject first =
        World.json(
            world
                .web()
                .getWithToken("api/v1/cases/search?q=" + q + "&sort=name&limit=20", chair)
                .body());
    assertThat(first.getInt("total")).isEqualTo(30);
    assertThat(first.getJsonArray("entries")).hasSize(20);
    assertThat(first.getJsonArray("entries").getJsonObject(0).getString("fullName"))
        .isEqualTo(names.get(0));
    JsonObject second =
        World.json(
            world
                .web()
                .getWithToken("api/v1/cases/search?q=" + q + "&sort=name&limit=20&offset=20", chair)
                .body());
    assertThat(second.getJsonArray("entries")).hasSize(10);
    assertThat(second.getJsonArray("entries").getJsonObject(9).getString("fullName"))
        .isEqualTo(names.get(29));
    assertThat(
            world
                .web()
                .getWithToken("api/v1/cases/search?q=" + q + "&limit=1000", chair)
                .statusCode())
        .isEqualTo(400);

    WebClient page = new WebClient(Platform.base(deployed));
    page.signIn("caseworker", DemoAccounts.PASSWORD);
    String address = "cases/index.xhtml?q=" + q + "&sort=name&mine=true";
    String shown = page.get(address).body();
    assertThat(shown).contains("30 asiakasta, näytetään 1–25", names.get(0));
    assertThat(rows(shown, family)).isEqualTo(25);
    Matcher next =
        Pattern.compile("<a(?=[^>]*id=\"nextPage\")[^>]*href=\"([^\"]+)\"").matcher(shown);
    assertThat(next.find()).as("a link to the next page").isTrue();
    String nextPage = page.get(next.group(1).replace("&amp;", "&").replaceFirst("^/", "")).body();
    assertThat(nextPage).contains("30 asiakasta, näytetään 26–30", names.get(29));
    assertThat(rows(nextPage, family)).isEqualTo(5);
    assertThat(page.get(address).body())
        .as("the same address shows the same page again")
        .contains("30 asiakasta, näytetään 1–25");
  }

  private static int rows(String html, String family) {
    return (int) Pattern.compile(" " + family + "-\\d{3}</").matcher(html).results().count();
  }
}
