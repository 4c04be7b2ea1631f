package fi.aso.infrastructure.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Teams room provider against a stand-in for Microsoft's token endpoint and Graph's
 * onlineMeetings ({@link GraphStandIn}: neither service can be reached from here, so the test
 * implements exactly their documented requests and answers).
 */
class TeamsOnlineMeetingsTest {

  static final Instant START = Instant.parse("2026-12-08T07:00:00Z");
  static final Instant END = Instant.parse("2026-12-08T10:00:00Z");

  GraphStandIn graph;
  MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  List<LogRecord> logged = new ArrayList<>();
  Handler capture;

  @BeforeEach
  void start() throws Exception {
    graph = new GraphStandIn();
    capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger.getLogger(TeamsOnlineMeetings.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stop() {
    Logger.getLogger(TeamsOnlineMeetings.class.getName()).removeHandler(capture);
    graph.close();
  }

  @Test
  void aNewMeetingIsATeamsOnlineMeetingMadeWithAClientCredentialsToken() {
    Optional<String> link = teams(graph.settings()).newMeetingLink(START, END);

    assertThat(link).get().asString().startsWith("https://teams.microsoft.com/l/meetup-join/");
    GraphStandIn.Request token = graph.to("/oauth2/v2.0/token").get(0);
    assertThat(token.form())
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", GraphStandIn.CLIENT_ID)
        .containsEntry("client_secret", GraphStandIn.CLIENT_SECRET)
        .containsEntry("scope", graph.base() + "/.default");
    GraphStandIn.Request meeting = graph.to("/onlineMeetings").get(0);
    assertThat(meeting.path())
        .isEqualTo("/v1.0/users/aso-kokoukset%40aso-test.onmicrosoft.com/onlineMeetings");
    assertThat(meeting.header("Authorization")).isEqualTo("Bearer " + graph.issuedTokens.get(0));
    assertThat(meeting.header("Content-Type")).startsWith("application/json");
    JsonObject body = meeting.json();
    assertThat(body.getString("startDateTime")).isEqualTo("2026-12-08T07:00:00Z");
    assertThat(body.getString("endDateTime")).isEqualTo("2026-12-08T10:00:00Z");
    // a meeting of several clients: the subject names none
    assertThat(body.getString("subject")).isEqualTo("Asiakasohjausryhmän kokous");
    assertThat(body.keySet()).containsExactlyInAnyOrder("startDateTime", "endDateTime", "subject");
  }

  @Test
  void theTokenIsUsedAgainUntilShortlyBeforeItExpires() {
    TeamsOnlineMeetings teams = teams(graph.tokensExpireIn(3600).settings());
    teams.newMeetingLink(START, END);
    clock.advance(Duration.ofMinutes(50));
    teams.newMeetingLink(START, END);
    assertThat(graph.to("/oauth2/v2.0/token")).as("one token for both").hasSize(1);

    clock.advance(Duration.ofMinutes(9));
    teams.newMeetingLink(START, END);
    assertThat(graph.to("/oauth2/v2.0/token")).as("renewed before it expires").hasSize(2);
    assertThat(graph.to("/onlineMeetings")).hasSize(3);
  }

  @Test
  void aFailingGraphLeavesTheMeetingWithoutALinkAndIsNotAskedAgainForAWhile() {
    TeamsOnlineMeetings teams = teams(graph.meetingsAnswer(503).settings());

    assertThat(teams.newMeetingLink(START, END)).isEmpty();
    assertThat(teams.newMeetingLink(START, END)).as("paused after a failure").isEmpty();
    assertThat(graph.to("/onlineMeetings")).hasSize(1);
    assertThat(logged)
        .singleElement()
        .satisfies(
            r ->
                assertThat(format(r))
                    .contains("onlineMeetings: HTTP 503 (ServiceUnavailable)")
                    .doesNotContain(GraphStandIn.CLIENT_SECRET)
                    .doesNotContain(graph.issuedTokens.get(0)));

    graph.meetingsAnswer(201);
    clock.advance(TeamsOnlineMeetings.PAUSE_AFTER_FAILURE);
    assertThat(teams.newMeetingLink(START, END)).as("asked again after the pause").isPresent();
  }

  @Test
  void aRefusedSecretGivesNoLinkAndIsNotLogged() {
    String wrong = "wr0ng~Secret.ThatMustNotBeLogged";
    TeamsOnlineMeetings teams = teams(graph.settings(wrong));

    assertThat(teams.newMeetingLink(START, END)).isEmpty();
    assertThat(graph.to("/onlineMeetings")).as("no meeting without a token").isEmpty();
    assertThat(logged)
        .singleElement()
        .satisfies(
            r ->
                assertThat(format(r))
                    .contains("token: HTTP 401 (invalid_client)")
                    .doesNotContain(wrong));
  }

  @Test
  void aGraphThatDoesNotAnswerInTimeGivesNoLink() {
    TeamsOnlineMeetings teams =
        new TeamsOnlineMeetings(
            graph.delay(3000).settings(),
            TeamsOnlineMeetings.client(Duration.ofSeconds(1)),
            Duration.ofMillis(500),
            clock);
    long began = System.nanoTime();

    assertThat(teams.newMeetingLink(START, END)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
    assertThat(format(logged.get(0))).contains("token: timed out");
  }

  @Test
  void aRevokedTokenIsAskedForAgainForTheNextMeeting() {
    TeamsOnlineMeetings teams = teams(graph.settings());
    teams.newMeetingLink(START, END);
    graph.issuedTokens.clear();

    assertThat(teams.newMeetingLink(START, END)).isEmpty();
    clock.advance(TeamsOnlineMeetings.PAUSE_AFTER_FAILURE);
    assertThat(teams.newMeetingLink(START, END)).isPresent();
    assertThat(graph.to("/oauth2/v2.0/token")).hasSize(2);
  }

  @Test
  void settingsNeedEveryValueHttpsAddressesAndNeverShowTheSecret() {
    URI https = URI.create("https://login.microsoftonline.com");
    assertThatThrownBy(() -> new TeamsSettings(https, https, "t", "c", " ", "o"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("aso.video.teams.tenant");
    assertThatThrownBy(
            () -> new TeamsSettings(URI.create("http://login.example"), https, "t", "c", "s", "o"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("https");
    assertThat(new TeamsSettings(https, https, "t", "c", "very-secret", "o").toString())
        .doesNotContain("very-secret");
    assertThat(new TeamsSettings(https, https, "contoso.fi", "c", "s", "o").tokenEndpoint())
        .hasToString("https://login.microsoftonline.com/contoso.fi/oauth2/v2.0/token");
  }

  private TeamsOnlineMeetings teams(TeamsSettings settings) {
    return new TeamsOnlineMeetings(
        settings, TeamsOnlineMeetings.client(Duration.ofSeconds(2)), Duration.ofSeconds(5), clock);
  }

  private static String format(LogRecord record) {
    return new java.util.logging.SimpleFormatter().formatMessage(record);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
