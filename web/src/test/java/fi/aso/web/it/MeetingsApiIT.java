package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meetings through the REST API on the deployed platform: a chair puts two clients on a meeting,
 * invites only consented partners (the API refuses anyone else and the refusal is audited), a
 * partner sees their own slot and nothing of the other, stale changes are refused, a slot after
 * release needs a reason, and a personal join link records "joined by video" and forwards.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsApiIT {

  @ArquillianResource URL deployed;

  private World world;
  private WebClient web;
  private String chair;
  private String partner;

  /** This test's client, whose consent names Joensuun Kodit. */
  private World.Client client;

  private long virtanen;

  /** Contact person Kalle Kumppani of Joensuun Kodit, the demo partner. */
  private long kalle;

  @BeforeEach
  void client() throws Exception {
    world = new World(Platform.base(deployed));
    web = world.web();
    chair = world.token("chair");
    partner = world.token("partner");
    client = world.referClient("Mikko", "Virtanen");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    virtanen = client.id();
    kalle = World.contact(World.KALLE);
  }

  /** A second client, released yesterday, whose consent names Josna (not Kodit). */
  private World.Client released() throws Exception {
    World.Client laine =
        world.referClient(
            "Pekka",
            "Laine",
            java.time.LocalDate.now(World.HELSINKI).minusDays(1),
            java.util.Map.of("WISHES", "Tukiasunto"));
    world.consent(laine, World.grant(World.JOSNA, World.IDENTITY));
    return laine;
  }

  @Test
  void aChairPlansAMeetingAndAPartnerSeesOnlyTheirOwnSlot() throws Exception {
    World.Client laineClient = released();
    long jonna = World.contact(World.JONNA);
    // starts in two hours, so that the join link is already open
    OffsetDateTime start =
        OffsetDateTime.now(ZoneId.of("Europe/Helsinki"))
            .plusHours(2)
            .truncatedTo(ChronoUnit.MINUTES);

    HttpResponse<String> created =
        web.postJsonWithToken(
            "api/v1/meetings",
            chair,
            "{\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plusHours(3)
                + "\",\"place\":\"Neuvotteluhuone <b>3</b>\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long meeting = World.json(created.body()).getJsonNumber("id").longValue();

    long first = world.slot(meeting, client, start, "IN_PERSON", null);
    HttpResponse<String> noReason =
        world.addSlot(meeting, laineClient, start.plusMinutes(45), "IN_PERSON", null);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("release");
    world.slot(
        meeting, laineClient, start.plusMinutes(45), "IN_PERSON", "Seuranta vapautumisen jälkeen");

    JsonArray invitable =
        Json.createReader(
                new StringReader(
                    web.getWithToken(
                            "api/v1/meetings/" + meeting + "/slots/" + first + "/invitable", chair)
                        .body()))
            .readArray();
    assertThat(invitable.getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("name"))
        .contains("Kalle Kumppani")
        .doesNotContain("Jonna Josna");
    HttpResponse<String> refused =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/slots/" + first + "/invitees",
            chair,
            "{\"version\":" + world.version(meeting) + ",\"contactPersonId\":" + jonna + "}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("No consent");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where client_case_id = "
                    + virtanen
                    + " and action = 'ACCESS_DENIED' and purpose like 'invitation refused%'"))
        .isEqualTo(1);
    assertThat(
            web.postJsonWithToken(
                    "api/v1/meetings/" + meeting + "/slots/" + first + "/invitees",
                    chair,
                    "{\"version\":"
                        + world.version(meeting)
                        + ",\"contactPersonId\":"
                        + kalle
                        + "}")
                .statusCode())
        .isEqualTo(201);

    // the invitation leaves through the outbox and Camel: an iMIP mail without the client's name
    String messageId =
        EmbeddedServices.stringValue(
            "select m.message_id from outbound_message m join invitation i"
                + " on i.id = m.invitation_id where i.slot_id = "
                + first
                + " and m.recipient = 'partner@aso.localhost' and m.kind = 'REQUEST'");
    jakarta.mail.internet.MimeMessage invitation = EmbeddedServices.awaitMessage(messageId);
    String raw = raw(invitation);
    assertThat(raw)
        .contains("text/calendar", "method=REQUEST", "BEGIN:VEVENT", "invite.ics")
        .doesNotContain(client.name(), "Virtanen", "Mikko");
    // the mail server has it; the outbox marks it sent just after (its own transaction)
    EmbeddedServices.awaitCount(
        "select count(*) from outbound_message m join invitation i on i.id = m.invitation_id"
            + " where i.case_id = "
            + virtanen
            + " and m.recipient = 'partner@aso.localhost' and m.status = 'SENT'");

    // the mail's "Tulen" link: following it only shows the choice; the button saves the answer
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("Tulen / Jag kommer: (\\S+)")
            .matcher(EmbeddedServices.plainText(invitation));
    assertThat(link.find()).isTrue();
    URI answer = URI.create(link.group(1));
    HttpClient plain = HttpClient.newHttpClient();
    HttpResponse<String> shown =
        plain.send(HttpRequest.newBuilder(answer).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("<button", "ACCEPTED").doesNotContain("Virtanen");
    assertThat(answerOf(first, kalle)).as("a GET changes nothing").isEqualTo("NEEDS_ACTION");
    URI postTo = URI.create(answer.toString().replaceFirst("\\?.*$", ""));
    HttpResponse<String> saved =
        plain.send(
            HttpRequest.newBuilder(postTo)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=ACCEPTED"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("tallennettu");
    assertThat(answerOf(first, kalle)).isEqualTo("ACCEPTED");
    HttpResponse<String> forgedAnswer =
        plain.send(
            HttpRequest.newBuilder(URI.create(postTo.toString() + "x"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=DECLINED"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forgedAnswer.statusCode()).isEqualTo(404);
    assertThat(answerOf(first, kalle)).isEqualTo("ACCEPTED");

    HttpResponse<String> mine = web.getWithToken("api/v1/my-slots", partner);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains(client.reference(), client.name())
        .doesNotContain(laineClient.reference(), laineClient.name());
    assertThat(web.getWithToken("api/v1/meetings/" + meeting, partner).statusCode()).isEqualTo(403);
    HttpResponse<String> details = web.getWithToken("api/v1/meetings/" + meeting, chair);
    assertThat(details.body())
        .contains(client.name(), laineClient.name(), "Neuvotteluhuone <b>3</b>");

    HttpResponse<String> stale =
        web.putJsonWithToken(
            "api/v1/meetings/" + meeting,
            chair,
            "{\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plusHours(4)
                + "\",\"place\":\"X\",\"version\":0}");
    assertThat(stale.statusCode()).isEqualTo(409);

    String token =
        Json.createReader(new StringReader(mine.body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getJsonNumber("slotId").longValue() == first)
            .findFirst()
            .orElseThrow()
            .getString("joinToken");
    HttpResponse<String> joined =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(Platform.base(deployed) + "join/" + token))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(joined.statusCode()).isEqualTo(302);
    assertThat(joined.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("https://video.aso.localhost/aso-"));
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_invitee where contact_person_id = "
                    + kalle
                    + " and slot_id = "
                    + first
                    + " and joined_by_video_at is not null"))
        .isEqualTo(1);
    String forgedToken = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    HttpResponse<String> forged =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Platform.base(deployed) + "join/" + forgedToken))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(forged.body()).doesNotContain("Virtanen");
  }

  @Test
  void aChairAsksForABookingProposalAndBooksTheSlotWithItsInviteesAllOrNothing() throws Exception {
    OffsetDateTime start = World.at(5, 8);
    long meeting = world.meeting(start, java.time.Duration.ofHours(4), "Varausrajapinta");

    HttpResponse<String> proposed =
        web.getWithToken(
            "api/v1/cases/" + virtanen + "/booking?meetingId=" + meeting + "&minutes=30", chair);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    JsonObject proposal = World.json(proposed.body());
    assertThat(proposal.getJsonObject("meeting").getJsonNumber("id").longValue())
        .isEqualTo(meeting);
    assertThat(proposal.getInt("minutes")).isEqualTo(30);
    assertThat(proposal.getJsonArray("candidates").getValuesAs(JsonObject.class))
        .as("the consent names Kodit only: its people offered (Kalle too), one of them chosen")
        .allSatisfy(c -> assertThat(c.getString("organisation")).isEqualTo(World.KODIT))
        .anySatisfy(
            c -> assertThat(c.getJsonNumber("contactPersonId").longValue()).isEqualTo(kalle))
        .filteredOn(c -> c.getBoolean("chosen"))
        .hasSize(1);
    assertThat(
            web.getWithToken("api/v1/cases/" + virtanen + "/booking?minutes=0", chair).statusCode())
        .isEqualTo(400);
    assertThat(web.getWithToken("api/v1/cases/" + virtanen + "/booking", partner).statusCode())
        .isEqualTo(403);

    String slotStart = proposal.getString("start");
    String bodyStart =
        "{\"version\":"
            + world.version(meeting)
            + ",\"caseId\":"
            + virtanen
            + ",\"start\":\""
            + slotStart
            + "\",\"lengthMinutes\":30,\"attendance\":\"IN_PERSON\",\"contactPersonIds\":[";
    HttpResponse<String> refused =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/slots",
            chair,
            bodyStart + kalle + "," + World.contact(World.TIINA) + "]}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from client_slot where meeting_id = "
                    + meeting
                    + " and case_id = "
                    + virtanen))
        .as("the TE office is not consented: nothing was added")
        .isZero();

    HttpResponse<String> booked =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/slots", chair, bodyStart + kalle + "]}");
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    long slot = World.json(booked.body()).getJsonNumber("id").longValue();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_invitee where slot_id = "
                    + slot
                    + " and contact_person_id = "
                    + kalle
                    + " and removed_at is null"))
        .isEqualTo(1);
  }

  @Test
  void theSlotFinderProposesAnOrderAroundAPartnersBusyTime() throws Exception {
    World.Client laine = world.referClient("Pekka", "Laine");
    world.consent(laine, World.grant(World.JOSNA, World.IDENTITY));
    OffsetDateTime start = World.at(12, 9);
    long meeting = world.meeting(start, java.time.Duration.ofHours(2), "Toimisto");
    world.invite(meeting, world.slot(meeting, client, start), World.KALLE);
    long laineSlot = world.slot(meeting, laine, start.plusMinutes(45));
    world.invite(meeting, laineSlot, World.JONNA);
    world.busy(World.KALLE, start, java.time.Duration.ofMinutes(30), "Asukasilta");

    HttpResponse<String> proposal =
        web.postJsonWithToken("api/v1/meetings/" + meeting + "/slot-finder", chair, "");
    assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(200);
    JsonObject plan = World.json(proposal.body()).getJsonObject("plan");
    assertThat(plan.getJsonArray("unplacedSlotKeys")).isEmpty();
    JsonArray slots = plan.getJsonArray("slots");
    assertThat(slots).hasSize(2);
    assertThat(slots.getJsonObject(0).getString("slotKey"))
        .as("Kalle is busy at the start: Laine goes first")
        .isEqualTo(String.valueOf(laineSlot));
    // and says why the other client's slot moved: Kalle's busy time, no client's name
    JsonObject moved =
        plan.getJsonArray("moves").getValuesAs(JsonObject.class).stream()
            .filter(m -> !m.getString("slotKey").equals(String.valueOf(laineSlot)))
            .findFirst()
            .orElseThrow();
    assertThat(java.time.Instant.parse(moved.getString("from"))).isEqualTo(start.toInstant());
    JsonObject why = moved.getJsonArray("reasons").getJsonObject(0);
    assertThat(why.getString("kind")).isEqualTo("PERSON_BUSY");
    assertThat(why.getString("name")).contains("Kalle");
    assertThat(java.time.Instant.parse(why.getString("end")))
        .isEqualTo(start.plusMinutes(30).toInstant());
    assertThat(moved.toString()).doesNotContain(laine.name(), client.name());
  }

  @Test
  void theSlotFinderReadsAPartnersCalendarFeedAndReportsOneItCannotRead() throws Exception {
    World.Client both = world.referClient("Liisa", "Kalenteri");
    world.consent(
        both, World.grant(World.KODIT, World.IDENTITY), World.grant(World.SOTE, World.IDENTITY));
    OffsetDateTime nine = World.at(20, 9);
    // the partner's own calendar server stands in as a local HTTP server: Kaisa is busy 9-10
    String feed =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kodit//Kalenteri//FI\r\nBEGIN:VFREEBUSY\r\nUID:fb-1\r\n"
            + "DTSTAMP:20261101T000000Z\r\nFREEBUSY:"
            + utc(nine)
            + "/"
            + utc(nine.plusHours(1))
            + "\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n";
    com.sun.net.httpserver.HttpServer calendar =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    calendar.createContext(
        "/kalle.ics",
        exchange -> {
          byte[] body = feed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/calendar");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    calendar.start();
    int closedPort;
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    try {
      // this test's own contact persons, with their calendar feeds
      long kaisa =
          world.newContact(
              World.KODIT,
              "Kaisa Kotinen",
              "kaisa@kodit.localhost",
              "http://127.0.0.1:" + calendar.getAddress().getPort() + "/kalle.ics");
      long saara =
          world.newContact(
              World.SOTE,
              "Saara Sosiaali",
              "saara@siunsote.localhost",
              "http://127.0.0.1:" + closedPort + "/sari.ics");
      long meeting =
          World.json(
                  web.postJsonWithToken(
                          "api/v1/meetings",
                          chair,
                          "{\"start\":\""
                              + nine
                              + "\",\"end\":\""
                              + nine.plusHours(3)
                              + "\",\"place\":\"Kodit\"}")
                      .body())
              .getJsonNumber("id")
              .longValue();
      long slot = world.slot(meeting, both, nine, "IN_PERSON", null);
      for (long contact : new long[] {kaisa, saara}) {
        assertThat(
                web.postJsonWithToken(
                        "api/v1/meetings/" + meeting + "/slots/" + slot + "/invitees",
                        chair,
                        "{\"version\":"
                            + world.version(meeting)
                            + ",\"contactPersonId\":"
                            + contact
                            + "}")
                    .statusCode())
            .isEqualTo(201);
      }

      HttpResponse<String> proposal =
          web.postJsonWithToken("api/v1/meetings/" + meeting + "/slot-finder", chair, "");

      assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(200);
      JsonObject answer = World.json(proposal.body());
      assertThat(
              answer
                  .getJsonObject("plan")
                  .getJsonArray("slots")
                  .getJsonObject(0)
                  .getString("start"))
          .as("after Kaisa's busy hour")
          .isEqualTo(nine.plusHours(1).toInstant().toString());
      assertThat(answer.getJsonObject("feedProblems").keySet())
          .singleElement()
          .satisfies(who -> assertThat(who).startsWith("Saara Sosiaali"));
    } finally {
      calendar.stop(0);
    }
  }

  private static String utc(OffsetDateTime at) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(java.time.ZoneOffset.UTC)
        .format(at);
  }

  private static String answerOf(long slot, long contact) {
    try (var c = EmbeddedServices.database().getConnection();
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select answer from slot_invitee where slot_id = "
                    + slot
                    + " and contact_person_id = "
                    + contact)) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String raw(jakarta.mail.internet.MimeMessage m) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    m.writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void bodiesThatAreNotJsonOrHaveAFieldOfTheWrongTypeAreBadInputAndChangeNothing()
      throws Exception {
    long meetingsBefore = EmbeddedServices.count("select count(*) from meeting");
    for (String body :
        new String[] {
          "not json",
          "{\"start\":\"yesterday\",\"end\":\"2027-01-01T10:00:00+02:00\",\"place\":\"X\"}",
          "{\"start\":[],\"place\":{}}"
        }) {
      HttpResponse<String> refused = web.postJsonWithToken("api/v1/meetings", chair, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(World.json(refused.body()).getString("code")).isEqualTo("request.invalid");
      assertThat(refused.body())
          .as("the parser's words are not echoed")
          .doesNotContain("yesterday");
    }
    HttpResponse<String> consent =
        web.postJsonWithToken(
            "api/v1/cases/" + virtanen + "/consents",
            world.token("caseworker"),
            "{\"grants\":\"x\",\"validUntil\":\"notadate\"}");
    assertThat(consent.statusCode()).isEqualTo(400);
    assertThat(World.json(consent.body()).getString("code")).isEqualTo("request.invalid");
    assertThat(EmbeddedServices.count("select count(*) from meeting")).isEqualTo(meetingsBefore);
  }

  @Test
  void theDemoMeetingsMinutesSayPeopleByNameAndNothingInCode() throws Exception {
    // the demo's held meeting (five weeks ago) is the only demo meeting with minutes, made before
    // any test's
    long minutes =
        EmbeddedServices.count(
            "select min(m.id) from minutes m join meeting g on g.id = m.meeting_id"
                + " where g.place like '%neuvotteluhuone 2' and m.state = 'APPROVED'");
    long meeting = EmbeddedServices.count("select meeting_id from minutes where id = " + minutes);
    assertThat(
            EmbeddedServices.stringValue(
                "select reviewed_by || ' ' || approved_by from minutes where id = " + minutes))
        .as("the demo minutes, too, were reviewed by a second person")
        .isEqualTo("caseworker chair");

    HttpResponse<byte[]> pdf =
        web.getBytesWithToken("api/v1/meetings/" + meeting + "/minutes/" + minutes + "/pdf", chair);
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = pdfText(pdf.body());

    assertThat(text)
        .contains(
            "Vastaanottaja: Paavo Puheenjohtaja",
            "ASO-2026-005",
            "Jonna",
            "Tarjoa tukiasuntoa Josnan kohteesta",
            "Kodit varaa yksiön vapautumispäiväksi");
    // no user name (the demo logins) and no constant of any enum the minutes are made of
    assertThat(
            java.util.regex.Pattern.compile("\\b(admin|chair|caseworker|partner)\\b")
                .matcher(text)
                .find())
        .as("a user name in: " + text)
        .isFalse();
    java.util.List<Enum<?>> constants = new java.util.ArrayList<>();
    for (Class<? extends Enum<?>> type :
        java.util.List.<Class<? extends Enum<?>>>of(
            fi.aso.domain.meetingday.Attendance.class,
            fi.aso.domain.meetingday.HousingForm.class,
            fi.aso.domain.meetingday.Responsible.class,
            fi.aso.domain.meetingday.ActionStatus.class,
            fi.aso.domain.meeting.ClientAttendance.class,
            fi.aso.domain.meeting.InviteeKind.class,
            fi.aso.domain.minutes.MinutesState.class,
            fi.aso.domain.consent.InformationCategory.class,
            fi.aso.domain.clientcase.Referral.Topic.class)) {
      constants.addAll(java.util.Arrays.asList(type.getEnumConstants()));
    }
    assertThat(constants)
        .allSatisfy(
            c ->
                assertThat(
                        java.util.regex.Pattern.compile("\\b" + c.name() + "\\b")
                            .matcher(text)
                            .find())
                    .as(c.name() + " in the minutes")
                    .isFalse());
  }

  /** Every page's text of a PDF. */
  private static String pdfText(byte[] pdf) throws Exception {
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page))
          .append('\n');
    }
    return text.toString();
  }

  @Test
  void actionsAndMinutesThroughTheApi() throws Exception {
    long kodit =
        EmbeddedServices.count(
            "select organisation_id from contact_person where email = 'partner@aso.localhost'");
    long te =
        EmbeddedServices.count(
            "select id from organisation where org_type = 'EMPLOYMENT_SERVICES' order by id limit 1");
    OffsetDateTime start = World.at(3, 9);
    long meeting =
        World.json(
                web.postJsonWithToken(
                        "api/v1/meetings",
                        chair,
                        "{\"start\":\""
                            + start
                            + "\",\"end\":\""
                            + start.plusHours(3)
                            + "\",\"place\":\"Toimisto\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    long slot = world.slot(meeting, client, start, "IN_PERSON", null);
    assertThat(
            web.postJsonWithToken(
                    "api/v1/meetings/" + meeting + "/slots/" + slot + "/invitees",
                    chair,
                    "{\"version\":"
                        + world.version(meeting)
                        + ",\"contactPersonId\":"
                        + kalle
                        + "}")
                .statusCode())
        .isEqualTo(201);
    String due = start.toLocalDate().plusDays(14).toString();

    HttpResponse<String> notConsented =
        web.postJsonWithToken(
            "api/v1/actions",
            chair,
            "{\"slotId\":"
                + slot
                + ",\"what\":\"Työkokeilu\",\"responsible\":\"ORGANISATION\",\"organisationId\":"
                + te
                + ",\"due\":\""
                + due
                + "\"}");
    assertThat(notConsented.statusCode()).as(notConsented.body()).isEqualTo(403);
    HttpResponse<String> added =
        web.postJsonWithToken(
            "api/v1/actions",
            chair,
            "{\"slotId\":"
                + slot
                + ",\"what\":\"Tarjoa asuntoa <script>\",\"responsible\":\"ORGANISATION\",\"organisationId\":"
                + kodit
                + ",\"contactPersonId\":"
                + kalle
                + ",\"due\":\""
                + due
                + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long action = World.json(added.body()).getJsonNumber("id").longValue();
    assertThat(
            web.postJsonWithToken(
                    "api/v1/actions",
                    partner,
                    "{\"slotId\":"
                        + slot
                        + ",\"what\":\"x\",\"responsible\":\"CLIENT\",\"due\":\""
                        + due
                        + "\"}")
                .statusCode())
        .as("partners do not add")
        .isEqualTo(403);

    // the partner finds it in their own list and in their organisation's, and updates it
    JsonObject listed =
        Json.createReader(new StringReader(web.getWithToken("api/v1/actions", partner).body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getJsonNumber("id").longValue() == action)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("what")).isEqualTo("Tarjoa asuntoa <script>");
    assertThat(listed.toString()).doesNotContain("Virtanen");
    assertThat(web.getWithToken("api/v1/actions/organisation", partner).body())
        .contains("\"id\":" + action);
    HttpResponse<String> done =
        web.putJsonWithToken(
            "api/v1/actions/" + action,
            partner,
            "{\"version\":"
                + listed.getJsonNumber("version").longValue()
                + ",\"status\":\"DONE\",\"note\":\"Sopimus tehty\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(World.json(done.body()).getString("status")).isEqualTo("DONE");
    HttpResponse<String> stale =
        web.putJsonWithToken(
            "api/v1/actions/" + action,
            partner,
            "{\"version\":"
                + listed.getJsonNumber("version").longValue()
                + ",\"status\":\"IN_PROGRESS\"}");
    assertThat(stale.statusCode()).as("based on an old version").isEqualTo(409);

    // minutes: draft -> reviewed (by a second person: the demo region asks for one) -> approved;
    // the maker alone is refused, and approving twice is refused; neither changes anything
    JsonObject draft =
        World.json(
            web.postJsonWithToken("api/v1/meetings/" + meeting + "/minutes", chair, "").body());
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(draft.getString("next")).isEqualTo("REVIEW_BY_SECOND_PERSON");
    assertThat(draft.getBoolean("mayReview")).as("not the maker").isFalse();
    long minutes = draft.getJsonNumber("id").longValue();
    String basedOnDraft = "{\"version\":" + draft.getJsonNumber("version").longValue() + "}";
    HttpResponse<String> byMaker =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/review", chair, basedOnDraft);
    assertThat(byMaker.statusCode()).as(byMaker.body()).isEqualTo(409);
    assertThat(byMaker.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(World.json(byMaker.body()).getString("code"))
        .isEqualTo("minutes.secondPersonReviews");
    assertThat(World.json(byMaker.body()).getString("detail"))
        .contains("another chair or a case worker");
    JsonObject unchanged =
        Json.createReader(
                new StringReader(
                    web.getWithToken(
                            "api/v1/meetings/" + meeting + "/minutes", world.token("caseworker"))
                        .body()))
            .readArray()
            .getJsonObject(0);
    assertThat(unchanged.getString("state")).isEqualTo("DRAFT");
    assertThat(unchanged.getBoolean("mayReview")).as("the case worker may").isTrue();
    JsonObject reviewed =
        World.json(
            web.postJsonWithToken(
                    "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/review",
                    world.token("caseworker"),
                    basedOnDraft)
                .body());
    assertThat(reviewed.getString("reviewedBy")).isEqualTo("Veera Vastuutyöntekijä");
    HttpResponse<String> approved =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/approval",
            chair,
            "{\"version\":" + reviewed.getJsonNumber("version").longValue() + "}");
    assertThat(World.json(approved.body()).getString("state")).isEqualTo("APPROVED");
    HttpResponse<String> twice =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/approval",
            chair,
            "{\"version\":"
                + World.json(approved.body()).getJsonNumber("version").longValue()
                + "}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("approved", "\"code\":\"minutes.locked\"");
    assertThat(web.getWithToken("api/v1/meetings/" + meeting + "/minutes", partner).statusCode())
        .as("staff only")
        .isEqualTo(403);
    HttpResponse<byte[]> pdf =
        web.getBytesWithToken("api/v1/meetings/" + meeting + "/minutes/" + minutes + "/pdf", chair);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdfText(pdf.body())).contains("Asiakasohjausryhmän muistio");
    String path = "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/pdf?lang=";
    assertThat(pdfText(web.getBytesWithToken(path + "sv", chair).body()))
        .as("in the language asked for")
        .contains("Klientstyrningsgruppens minnesanteckningar")
        .doesNotContain("Asiakasohjausryhmän");
    assertThat(web.getWithToken(path + "de", chair).statusCode()).isEqualTo(400);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where object_type = 'Minutes' and object_id = '"
                    + minutes
                    + "' and action = 'READ'"))
        .isPositive();
  }
}
