package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data one IT class works on, made through the platform's own REST API as its users would make
 * it: the case worker refers a client and records their consent, the chair plans a meeting, invites
 * and records actions and minutes.
 *
 * <p>Every IT class runs against one deployment and one database, so no class may lean on data
 * another class changes: each makes its own clients (with names no other test uses) and meetings
 * here. What they share is the demo region's fixed network and its staff (the organisations, their
 * contact persons and the demo logins), which no test changes.
 */
final class World {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** Consent categories, as the API names them. */
  static final String IDENTITY = "IDENTITY_AND_RELEASE";

  static final String HOUSING = "HOUSING_HISTORY_AND_WISHES";
  static final String DEBTS = "RENT_ARREARS_AND_CREDIT";
  static final String HEALTH = "SUBSTANCE_USE_AND_HEALTH";
  static final String OTHER_NEEDS = "OTHER_SUPPORT_NEEDS";

  /** The demo network's organisations and contact persons that tests invite. */
  static final String KODIT = "Joensuun Kodit Oy";

  static final String SOTE = "Siun sote, aikuissosiaalityö";
  static final String TE_OFFICE = "Pohjois-Karjalan TE-toimisto";
  static final String JOSNA = "Joensuun Seudun Nuorisoasuntoyhdistys Josna";
  static final String SUBSTANCE_SERVICES = "Siun sote, päihdepalvelukeskus";
  static final String PRISON = "Joensuun vankila";
  static final String KALLE = "partner@aso.localhost";

  static final String SARI = "sari@siunsote.localhost";
  static final String PEKKA = "pekka@siunsote.localhost";
  static final String JONNA = "jonna@josna.localhost";
  static final String TIINA = "tiina@te.localhost";

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final WebClient web;
  private final Map<String, String> tokens = new HashMap<>();

  /** Who signs in for the roles the methods act as ("admin", "chair", "caseworker"). */
  private final Map<String, Login> logins;

  /** The prison of this world's region, where its referred clients are. */
  private final String prison;

  /** The demo region's world: its logins and prison. */
  World(URI base) {
    this(base, Map.of(), PRISON);
  }

  /**
   * A world in another region: the users who act there as "admin", "chair" and "caseworker" (a role
   * left out is the demo user of that name), and its prison's name.
   */
  World(URI base, Map<String, Login> logins, String prison) {
    this.web = new WebClient(base);
    this.logins = Map.copyOf(logins);
    this.prison = prison;
  }

  /** A user name and password. */
  record Login(String username, String password) {}

  /** A client referred by this test; {@code name} gets a number no other client of the run has. */
  record Client(long id, String reference, String name) {}

  /** An organisation's consented categories. */
  record Grant(String organisation, String... categories) {}

  static Grant grant(String organisation, String... categories) {
    return new Grant(organisation, categories);
  }

  WebClient web() {
    return web;
  }

  /**
   * A bearer token of the user acting as {@code user} in this world (the demo user of that name in
   * the demo region's), fetched once per world.
   */
  String token(String user) throws IOException, InterruptedException {
    String token = tokens.get(user);
    if (token == null) {
      Login login = logins.get(user);
      token = login == null ? web.token(user) : web.token(login.username(), login.password());
      tokens.put(user, token);
    }
    return token;
  }

  /**
   * The person at {@code email} sets their password through the set-password link mailed to them,
   * on the public page, posted as a browser would post it.
   */
  static void setPasswordFromMail(URI base, String email, String password) throws Exception {
    String text =
        EmbeddedServices.plainText(
            EmbeddedServices.awaitMail(
                "the set-password link to " + email, EmbeddedServices.mailTo(email)));
    Matcher link = Pattern.compile("/account/password\\.xhtml\\?t=([A-Za-z0-9_-]+)").matcher(text);
    assertThat(link.find()).as("a set-password link in " + text).isTrue();
    HttpResponse<String> set =
        new WebClient(base)
            .submit(
                "account/password.xhtml?t=" + link.group(1),
                "password",
                "save",
                Map.of("newPassword", password, "repeatPassword", password));
    assertThat(set.body()).as("the password was set").contains("id=\"passwordDone\"");
  }

  /**
   * The case worker refers a prisoner of Joensuun vankila, released on {@code release}, with the
   * mapping's topics as given (e.g. {@code "WISHES"}).
   */
  Client referClient(
      String givenName, String familyName, LocalDate release, Map<String, String> referral)
      throws IOException, InterruptedException {
    String name = String.format("%s %s-%03d", givenName, familyName, CLIENTS.incrementAndGet());
    String topics =
        referral.entrySet().stream()
            .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
            .collect(Collectors.joining(",", "{", "}"));
    JsonObject created =
        created(
            web.postJsonWithToken(
                "api/v1/cases",
                token("caseworker"),
                "{\"fullName\":"
                    + quote(name)
                    + ",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\",\"institutionId\":"
                    + organisation(prison)
                    + ",\"expectedReleaseDate\":\""
                    + release
                    + "\",\"referral\":"
                    + topics
                    + "}"));
    return new Client(
        created.getJsonNumber("id").longValue(), created.getString("reference"), name);
  }

  /** A client released in two months, with a short mapping. */
  Client referClient(String givenName, String familyName) throws IOException, InterruptedException {
    return referClient(
        givenName,
        familyName,
        LocalDate.now(HELSINKI).plusMonths(2),
        Map.of("WISHES", "Oma vuokra-asunto"));
  }

  /**
   * The case worker records the client's signed paper consent naming these organisations; a new
   * version replaces the last one, so it names everyone the client now consents to.
   */
  void consent(Client client, Grant... grants) throws IOException, InterruptedException {
    consentUntil(client, LocalDate.now(HELSINKI).plusYears(1), grants);
  }

  /** As {@link #consent}, the consent's last day being {@code validUntil}. */
  void consentUntil(Client client, LocalDate validUntil, Grant... grants)
      throws IOException, InterruptedException {
    String list =
        Arrays.stream(grants)
            .map(
                g ->
                    "{\"organisationId\":"
                        + organisation(g.organisation())
                        + ",\"categories\":"
                        + Arrays.stream(g.categories())
                            .map(World::quote)
                            .collect(Collectors.joining(",", "[", "]"))
                        + "}")
            .collect(Collectors.joining(",", "[", "]"));
    created(
        web.postJsonWithToken(
            "api/v1/cases/" + client.id() + "/consents",
            token("caseworker"),
            "{\"validUntil\":\""
                + validUntil
                + "\",\"textVersion\":\"fi-2026-1\",\"grants\":"
                + list
                + "}"));
  }

  /** The case worker attaches the scanned paper form (a real PDF) to a consent version. */
  void scan(long caseId, int version, String text) throws IOException, InterruptedException {
    HttpResponse<String> attached =
        web.putBytesWithToken(
            "api/v1/cases/" + caseId + "/consents/" + version + "/scan",
            token("caseworker"),
            "application/pdf",
            ScanFiles.pdf(text));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(204);
  }

  /** The chair schedules an ad-hoc meeting. */
  long meeting(OffsetDateTime start, Duration length, String place)
      throws IOException, InterruptedException {
    return created(
            web.postJsonWithToken(
                "api/v1/meetings",
                token("chair"),
                "{\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plus(length)
                    + "\",\"place\":"
                    + quote(place)
                    // a meeting in the past is recorded as held, not planned
                    + (start.toInstant().isBefore(java.time.Instant.now()) ? ",\"held\":true" : "")
                    + "}"))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * The day the run started, in Helsinki: tests place their meetings on days counted from it, so
   * that a run going past midnight does not put two tests' meetings on the same day.
   */
  private static final LocalDate RUN_DAY = LocalDate.now(HELSINKI);

  /** A whole hour {@code days} from the run's first day at {@code hour}, Helsinki time. */
  static OffsetDateTime at(int days, int hour) {
    return RUN_DAY.plusDays(days).atTime(hour, 0).atZone(HELSINKI).toOffsetDateTime();
  }

  /** The chair puts the client on the meeting (45 minutes, in person). */
  long slot(long meeting, Client client, OffsetDateTime start)
      throws IOException, InterruptedException {
    return slot(meeting, client, start, "IN_PERSON", null);
  }

  /**
   * The chair puts the client on the meeting for 45 minutes; {@code afterReleaseReason} is needed
   * when the slot is after the client's release.
   */
  long slot(
      long meeting,
      Client client,
      OffsetDateTime start,
      String attendance,
      String afterReleaseReason)
      throws IOException, InterruptedException {
    return created(addSlot(meeting, client, start, attendance, afterReleaseReason))
        .getJsonNumber("id")
        .longValue();
  }

  HttpResponse<String> addSlot(
      long meeting,
      Client client,
      OffsetDateTime start,
      String attendance,
      String afterReleaseReason)
      throws IOException, InterruptedException {
    return web.postJsonWithToken(
        "api/v1/meetings/" + meeting + "/slots",
        token("chair"),
        "{\"version\":"
            + version(meeting)
            + ",\"caseId\":"
            + client.id()
            + ",\"start\":\""
            + start
            + "\",\"lengthMinutes\":45,\"attendance\":"
            + quote(attendance)
            + (attendance.equals("VIDEO_FROM_PRISON")
                ? ",\"videoRoomId\":" + organisation(prison)
                : "")
            + (afterReleaseReason == null
                ? ""
                : ",\"afterReleaseReason\":" + quote(afterReleaseReason))
            + "}");
  }

  /** The chair invites a contact person (by e-mail address) to the slot. */
  void invite(long meeting, long slot, String contactEmail)
      throws IOException, InterruptedException {
    created(inviteAnswer(meeting, slot, contact(contactEmail)));
  }

  /** The chair invites a contact person (by id) to the slot. */
  void invite(long meeting, long slot, long contactId) throws IOException, InterruptedException {
    created(inviteAnswer(meeting, slot, contactId));
  }

  /** The contact person answers (ACCEPTED, DECLINED, ...) with their invitation mail's link. */
  void answerByMail(long slot, String contactEmail, String answer) throws Exception {
    URI link = answerLink(slot, contactEmail);
    HttpResponse<String> saved =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(link)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=" + answer))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  /**
   * The contact person accepts the invitation to the slot as they would: the "Tulen" link of the
   * invitation mail the outbox sent them, and its button.
   */
  void acceptByMail(long slot, String contactEmail) throws Exception {
    answerByMail(slot, contactEmail, "ACCEPTED");
  }

  /**
   * The answer link ({@code /answer/<signed token>}, without its suggested answer) of the first
   * invitation mail the outbox sent the contact person for the slot.
   */
  static URI answerLink(long slot, String contactEmail) throws Exception {
    return URI.create(
        linkInMail(slot, contactEmail, "Tulen / Jag kommer").replaceFirst("\\?.*$", ""));
  }

  /**
   * The answer link ({@code /referral-answer/<signed token>}) in the referral's notice to the
   * contact person, as it reached the mail server.
   */
  static URI referralAnswerLink(long referral, String contactEmail) throws Exception {
    String messageId =
        EmbeddedServices.stringValue(
            "select message_id from outbound_message where idempotency_key like 'referral:"
                + referral
                + ":contact:%' and recipient = '"
                + contactEmail.replace("'", "''")
                + "' order by id limit 1");
    Matcher link =
        Pattern.compile(
                Pattern.quote(
                        "Vastaa ohjaukseen (ei kirjautumista) / Svara på remissen (utan inloggning)")
                    + ": (\\S+)")
            .matcher(EmbeddedServices.plainText(EmbeddedServices.awaitMessage(messageId)));
    assertThat(link.find()).as("the referral notice's answer link").isTrue();
    return URI.create(link.group(1));
  }

  /** The id of the service of the demo region's catalogue with this Finnish name. */
  long serviceId(String nameFi) throws IOException, InterruptedException {
    HttpResponse<String> list = web.getWithToken("api/v1/services", token("chair"));
    return json("{\"l\":" + list.body() + "}").getJsonArray("l").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("nameFi").equals(nameFi))
        .mapToLong(s -> s.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  /** The personal video join link ({@code /join/<signed token>}) of that same mail. */
  static URI joinLink(long slot, String contactEmail) throws Exception {
    return URI.create(linkInMail(slot, contactEmail, "Liity videolla / Anslut via video"));
  }

  /** The link after "label: " in the first invitation mail sent the contact person for the slot. */
  private static String linkInMail(long slot, String contactEmail, String label) throws Exception {
    String messageId =
        EmbeddedServices.stringValue(
            "select m.message_id from outbound_message m join invitation i"
                + " on i.id = m.invitation_id where i.slot_id = "
                + slot
                + " and m.recipient = "
                + "'"
                + contactEmail.replace("'", "''")
                + "' and m.kind = 'REQUEST' order by m.id limit 1");
    Matcher link =
        Pattern.compile(Pattern.quote(label) + ": (\\S+)")
            .matcher(EmbeddedServices.plainText(EmbeddedServices.awaitMessage(messageId)));
    assertThat(link.find()).as("the mail's link " + label).isTrue();
    return link.group(1);
  }

  /**
   * This world's administrator makes a staff account with one role, working for an organisation of
   * the region's network (a partner: acting as a contact person instead), and the person sets
   * {@code password} through the set-password link mailed to {@code email}. Returns the account's
   * id.
   */
  long staffAccount(
      String username,
      String displayName,
      String email,
      String role,
      Long organisationId,
      Long contactPersonId,
      String password)
      throws Exception {
    long id =
        created(
                web.postJsonWithToken(
                    "api/v1/staff",
                    token("admin"),
                    "{\"username\":"
                        + quote(username)
                        + ",\"displayName\":"
                        + quote(displayName)
                        + ",\"email\":"
                        + quote(email)
                        + ",\"roles\":["
                        + quote(role)
                        + "]"
                        + (organisationId == null ? "" : ",\"organisationId\":" + organisationId)
                        + (contactPersonId == null ? "" : ",\"contactPersonId\":" + contactPersonId)
                        + "}"))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> link =
        web.postJsonWithToken("api/v1/staff/" + id + "/password-link", token("admin"), "");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
    setPasswordFromMail(web.base(), email, password);
    return id;
  }

  /**
   * Someone who was not invited ({@code from}) answers an invitation (by its UID) by mail, naming
   * {@code attendee}: the platform's inbox cannot apply it and keeps it for the administrators of
   * the invitation's region.
   */
  static void replyByStranger(String uid, String from, String attendee, String subject)
      throws Exception {
    mailToInbox(
        from,
        subject,
        "REPLY",
        "UID:" + uid,
        "SEQUENCE:0",
        "DTSTAMP:20260101T080000Z",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + attendee);
  }

  /**
   * The invitee's calendar proposes another time for their invitation (METHOD:COUNTER, RFC 5546
   * 3.2.7), from the invited address: the platform keeps it for the chair.
   */
  static void proposeAnotherTime(String uid, int sequence, String attendee, OffsetDateTime start)
      throws Exception {
    java.time.format.DateTimeFormatter utc =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    mailToInbox(
        attendee,
        "Uusi aikaehdotus",
        "COUNTER",
        "UID:" + uid,
        "SEQUENCE:" + sequence,
        "DTSTAMP:20260101T080000Z",
        "DTSTART:" + utc.format(start),
        "DTEND:" + utc.format(start.plusMinutes(45)),
        "ORGANIZER:mailto:aso@localhost",
        "ATTENDEE;PARTSTAT=TENTATIVE:mailto:" + attendee,
        "COMMENT:Sopisiko toinen päivä?");
  }

  /** A mail with a calendar of {@code method} holding one event of these lines, to the inbox. */
  private static void mailToInbox(String from, String subject, String method, String... event)
      throws Exception {
    jakarta.mail.internet.MimeMessage mail =
        new jakarta.mail.internet.MimeMessage(
            jakarta.mail.Session.getInstance(new java.util.Properties()));
    mail.setFrom(new jakarta.mail.internet.InternetAddress(from));
    mail.setRecipient(
        jakarta.mail.Message.RecipientType.TO,
        new jakarta.mail.internet.InternetAddress("aso@localhost"));
    mail.setSubject(subject, "UTF-8");
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ASO tests//EN", "METHOD:" + method));
    lines.add("BEGIN:VEVENT");
    lines.addAll(List.of(event));
    lines.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
    mail.setText(String.join("\r\n", lines), "UTF-8", "calendar");
    EmbeddedServices.mail().setUser("aso@localhost", "aso").deliver(mail);
  }

  /**
   * The administrator adds a contact person of this test to an organisation of the network,
   * optionally with a calendar feed; the e-mail address is made unique in the run.
   */
  long newContact(String organisation, String name, String email, String busyFeedUrl)
      throws IOException, InterruptedException {
    return created(
            web.postJsonWithToken(
                "api/v1/organisations/" + organisation(organisation) + "/contacts",
                token("admin"),
                "{\"name\":"
                    + quote(name)
                    + ",\"email\":"
                    + quote(email.replace("@", "+" + CLIENTS.incrementAndGet() + "@"))
                    + (busyFeedUrl == null ? "" : ",\"busyFeedUrl\":" + quote(busyFeedUrl))
                    + "}"))
        .getJsonNumber("id")
        .longValue();
  }

  HttpResponse<String> inviteAnswer(long meeting, long slot, long contactId)
      throws IOException, InterruptedException {
    return web.postJsonWithToken(
        "api/v1/meetings/" + meeting + "/slots/" + slot + "/invitees",
        token("chair"),
        "{\"version\":" + version(meeting) + ",\"contactPersonId\":" + contactId + "}");
  }

  /** The chair enters a contact person's busy time (e.g. a partner's other commitment). */
  void busy(String contactEmail, OffsetDateTime start, Duration length, String note)
      throws IOException, InterruptedException {
    created(
        web.postJsonWithToken(
            "api/v1/busy-times",
            token("chair"),
            "{\"whose\":\"CONTACT\",\"id\":"
                + contact(contactEmail)
                + ",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plus(length)
                + "\",\"note\":"
                + quote(note)
                + "}"));
  }

  /** The administrator adds an organisation to this world's region's network. */
  long addOrganisation(String name, String type) throws IOException, InterruptedException {
    return created(
            web.postJsonWithToken(
                "api/v1/organisations",
                token("admin"),
                "{\"name\":"
                    + quote(name)
                    + ",\"type\":\""
                    + type
                    + "\",\"preferredChannel\":\"EMAIL\"}"))
        .getJsonNumber("id")
        .longValue();
  }

  /** The administrator adds a service of an organisation of the region to the catalogue. */
  long addService(long organisation, String kind, String nameFi)
      throws IOException, InterruptedException {
    return created(
            web.postJsonWithToken(
                "api/v1/services",
                token("admin"),
                "{\"organisationId\":"
                    + organisation
                    + ",\"kind\":\""
                    + kind
                    + "\",\"nameFi\":"
                    + quote(nameFi)
                    + ",\"referralWays\":[\"PHONE\"]}"))
        .getJsonNumber("id")
        .longValue();
  }

  /** The chair records an action for an organisation (optionally a named contact person). */
  long action(long slot, String what, String organisation, String contactEmail, LocalDate due)
      throws IOException, InterruptedException {
    return created(
            web.postJsonWithToken(
                "api/v1/actions",
                token("chair"),
                "{\"slotId\":"
                    + slot
                    + ",\"what\":"
                    + quote(what)
                    + ",\"responsible\":\"ORGANISATION\",\"organisationId\":"
                    + organisation(organisation)
                    + (contactEmail == null ? "" : ",\"contactPersonId\":" + contact(contactEmail))
                    + ",\"due\":\""
                    + due
                    + "\"}"))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * The chair records the slot's needs (kinds of service) and refers the client to a service of one
   * of them; returns the referral's id.
   */
  long refer(long slot, long serviceId, String... needs) throws IOException, InterruptedException {
    ok(
        web.putJsonWithToken(
            "api/v1/slots/" + slot + "/needs",
            token("chair"),
            "{\"kinds\":["
                + java.util.Arrays.stream(needs)
                    .map(k -> "\"" + k + "\"")
                    .collect(java.util.stream.Collectors.joining(","))
                + "]}"));
    return created(
            web.postJsonWithToken(
                "api/v1/slots/" + slot + "/referrals",
                token("chair"),
                "{\"serviceId\":" + serviceId + "}"))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * The chair makes the minutes from the record, the case worker reviews them (the region asks for
   * a second person: the maker cannot) and the chair approves them.
   */
  long approveMinutes(long meeting) throws IOException, InterruptedException {
    JsonObject reviewed = reviewMinutes(meeting);
    long minutes = reviewed.getJsonNumber("id").longValue();
    ok(
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/approval",
            token("chair"),
            "{\"version\":" + reviewed.getJsonNumber("version").longValue() + "}"));
    return minutes;
  }

  /**
   * The chair makes the minutes from the record and the case worker reviews them: they wait for a
   * chair's approval. Returns the reviewed version (its id and version).
   */
  JsonObject reviewMinutes(long meeting) throws IOException, InterruptedException {
    JsonObject draft =
        created(
            web.postJsonWithToken("api/v1/meetings/" + meeting + "/minutes", token("chair"), ""));
    long minutes = draft.getJsonNumber("id").longValue();
    return ok(
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + minutes + "/review",
            token("caseworker"),
            "{\"version\":" + draft.getJsonNumber("version").longValue() + "}"));
  }

  /** The meeting's current version, which every change names. */
  long version(long meeting) throws IOException, InterruptedException {
    return ok(web.getWithToken("api/v1/meetings/" + meeting, token("chair")))
        .getJsonNumber("version")
        .longValue();
  }

  /** An organisation of the demo network, by name. */
  static long organisation(String name) {
    return EmbeddedServices.id("select id from organisation where name = ?", name);
  }

  /** A contact person of the demo network, by e-mail address. */
  static long contact(String email) {
    return EmbeddedServices.id("select id from contact_person where email = ?", email);
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static String quote(String text) {
    return Json.createValue(text).toString();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return json(response.body());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }
}
