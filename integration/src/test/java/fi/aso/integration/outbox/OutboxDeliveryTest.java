package fi.aso.integration.outbox;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.apache.camel.builder.Builder.constant;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import fi.aso.testing.InvitationMails;
import fi.aso.testing.Transactions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox's Camel routes against a real PostgreSQL and a real SMTP server (GreenMail):
 * invitations written by meeting changes arrive as iMIP mails with their Message-ID; an SMTP outage
 * delays a message and it then arrives exactly once; two dispatchers (two nodes) on one database
 * never send the same message twice.
 */
class OutboxDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** The authority's secure-mail relay, a second SMTP server. */
  @RegisterExtension
  static GreenMailExtension secureRelay =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);
  static MeetingWorld world;
  static DataProtection protection;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("outbox_delivery").withInvitations();
    protection = MeetingWorld.protection();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  /** The Camel contexts (nodes) a test started. */
  private final List<CamelContext> contexts = new ArrayList<>();

  @BeforeEach
  void emptyOutbox() {
    // earlier tests' messages must not be delivered by this one's dispatcher
    sql("update outbound_message set status = 'SENT' where status = 'PENDING'");
  }

  /** Every invitation mail this test made is one calendars trust (issue 16). */
  @AfterEach
  void everyInvitationMailIsOneCalendarsTrust() {
    Arrays.stream(smtp.getReceivedMessages())
        .filter(InvitationMails::isInvitation)
        .forEach(InvitationMails::check);
  }

  @AfterEach
  void stopNodes() {
    contexts.forEach(CamelContext::stop);
  }

  @Test
  void anInvitationArrivesAsAnImipMailWithItsMessageIdAndCalendar() throws Exception {
    long client = world.readyClient("ASO-O-001", RELEASE, world.kodit);
    invite(client, world.kalle);

    int delivered = dispatcher(smtp.getSmtp().getPort()).dispatchDue();

    assertThat(delivered).as("the case worker's and Kalle's").isEqualTo(2);
    MimeMessage mail = receivedBy("kalle@kodit.test").get(0);
    String messageId = messageIdOf(client, "kalle@kodit.test");
    assertThat(mail.getMessageID()).isEqualTo(messageId);
    assertThat(mail.getSubject()).isEqualTo("ASO-kokous ti 8.12.2026 klo 9.00 (ASO-O-001)");
    Multipart mixed = (Multipart) mail.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    BodyPart calendarPart = alternative.getBodyPart(2);
    assertThat(calendarPart.getContentType()).contains("text/calendar", "method=REQUEST");
    String ics = text(calendarPart);
    ICalendar calendar = Biweekly.parse(ics).first();
    assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
    assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(NINE);
    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
    assertThat(raw(mail)).doesNotContain("Asiakas ASO-O-001");
    assertThat(status(client, "kalle@kodit.test")).isEqualTo("SENT");
    assertThat(
            count(
                "select count(*) from audit_event where action = 'DISCLOSE' and client_case_id = "
                    + client))
        .isEqualTo(2);
  }

  @Test
  void anSmtpOutageDelaysTheMessageAndItThenArrivesExactlyOnce() throws Exception {
    long client = world.readyClient("ASO-O-002", RELEASE, world.kodit);
    invite(client, world.kalle);
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }

    assertThat(dispatcher(closed).dispatchDue()).isZero();
    assertThat(status(client, "kalle@kodit.test")).isEqualTo("PENDING");
    assertThat(
            count(
                "select attempts from outbound_message where message_id = '"
                    + messageIdOf(client, "kalle@kodit.test")
                    + "'"))
        .isEqualTo(1);
    assertThat(dispatcher(smtp.getSmtp().getPort()).dispatchDue())
        .as("not due before its pause is over")
        .isZero();

    sql(
        "update outbound_message set next_attempt_at = now() - interval '1 second' where status = 'PENDING'");
    assertThat(dispatcher(smtp.getSmtp().getPort()).dispatchDue()).isEqualTo(2);
    assertThat(dispatcher(smtp.getSmtp().getPort()).dispatchDue()).isZero();

    String messageId = messageIdOf(client, "kalle@kodit.test");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> id(m).equals(messageId)))
        .hasSize(1);
  }

  @Test
  void twoNodesOnOneDatabaseNeverSendTheSameMessageTwice() throws Exception {
    for (int i = 0; i < 10; i++) {
      long client = world.readyClient("ASO-O-1" + String.format("%02d", i), RELEASE, world.kodit);
      invite(client, world.kalle);
    }
    long waiting = count("select count(*) from outbound_message where status = 'PENDING'");
    assertThat(waiting).isEqualTo(20);
    Node first = dispatcher(smtp.getSmtp().getPort(), 3);
    Node second = dispatcher(smtp.getSmtp().getPort(), 3);
    int before = smtp.getReceivedMessages().length;

    var pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> nodes = new ArrayList<>();
    for (Node node : List.of(first, second)) {
      nodes.add(
          () -> {
            int sent = 0;
            for (int round = 0; round < 20; round++) {
              sent += node.dispatchDue();
            }
            return sent;
          });
    }
    int sent = 0;
    for (var result : pool.invokeAll(nodes)) {
      sent += result.get();
    }
    pool.shutdown();

    assertThat(sent).isEqualTo(20);
    List<MimeMessage> received =
        Arrays.asList(smtp.getReceivedMessages())
            .subList(before, smtp.getReceivedMessages().length);
    Map<String, Long> perMessageId =
        received.stream()
            .collect(Collectors.groupingBy(OutboxDeliveryTest::id, Collectors.counting()));
    assertThat(perMessageId)
        .hasSize(20)
        .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    assertThat(count("select count(*) from outbound_message where status = 'PENDING'")).isZero();
  }

  @Test
  void thePollRouteDeliversOnItsOwn() throws Exception {
    long client = world.readyClient("ASO-O-003", RELEASE, world.kodit);
    invite(client, world.kalle);
    CamelContext camel = new DefaultCamelContext();
    contexts.add(camel);
    PlatformRouteConfiguration.addTo(
        camel,
        List.of(
            new OutboxRoutes(
                new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "aso@aso.example.fi"),
                new TransactionalQueue(world.emf),
                new OutboxSchedule(200, 20))));
    // the timer's first round claims both messages of the invitation (the case worker's and
    // Kalle's);
    // a round's body ends as its count, its split parts' as true or false (they are done exchanges
    // too)
    NotifyBuilder firstRound =
        new NotifyBuilder(camel)
            .fromRoute("outbox-poll")
            .whenAnyDoneMatches(org.apache.camel.builder.Builder.body().isInstanceOf(Integer.class))
            .create();
    camel.start();

    assertThat(firstRound.matches(10, TimeUnit.SECONDS)).as("a round in time").isTrue();
    String messageId = messageIdOf(client, "kalle@kodit.test");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> id(m).equals(messageId)))
        .hasSize(1);
    assertThat(status(client, "kalle@kodit.test")).isEqualTo("SENT");
  }

  @Test
  void aPartnerSystemGetsASignedJsonPostAndA500IsRetriedLater() throws Exception {
    byte[] key =
        "partner-shared-signing-key-32-bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler capture = captured(warnings);
    Logger.getLogger(OutboxRound.class.getName()).addHandler(capture);
    // the partner's case-management system, stood in by a local HTTP server
    try (PartnerSystem partner = new PartnerSystem()) {
      useWebhook(partner.url("/aso"), key);
      long client = world.readyClient("ASO-O-004", RELEASE, world.te);
      invite(client, world.tiina);

      dispatcher(smtp.getSmtp().getPort()).dispatchDue();

      assertThat(partner.received)
          .singleElement()
          .satisfies(
              post -> {
                assertThat(post.header("X-ASO-Signature"))
                    .isEqualTo("sha256=" + WebhookPost.signature(key, post.body()));
                assertThat(post.text())
                    .contains(
                        "\"method\":\"REQUEST\"",
                        "\"caseReference\":\"ASO-O-004\"",
                        "\"sequence\":0")
                    .doesNotContain("Asiakas ASO-O-004");
                assertThat(post.header("Idempotency-Key")).endsWith(":0:REQUEST");
                assertThat(post.method()).isEqualTo("POST");
              });
      assertThat(status(client, partner.url("/aso"))).isEqualTo("SENT");

      partner.answer(500);
      world.as(
          "caseworker",
          NOW,
          s -> {
            s.followConsent.withdrawn(
                new fi.aso.domain.consent.ConsentWithdrawn(
                    client, 1, java.util.Set.of(world.te), false, NOW));
            return null;
          });
      dispatcher(smtp.getSmtp().getPort()).dispatchDue();
      assertThat(partner.received).hasSize(2);
      assertThat(partner.received.get(1).text()).contains("\"method\":\"CANCEL\"");
      assertThat(
              count(
                  "select count(*) from outbound_message m join invitation i on i.id = m.invitation_id where i.case_id = "
                      + client
                      + " and m.kind = 'CANCEL' and m.status = 'PENDING' and m.attempts = 1 and m.last_error like '%HTTP 500%'"))
          .isEqualTo(1);
      long cancel =
          count(
              "select m.id from outbound_message m join invitation i on i.id = m.invitation_id where i.case_id = "
                  + client
                  + " and m.kind = 'CANCEL'");
      assertThat(warnings)
          .singleElement()
          .satisfies(
              warning ->
                  assertThat(warning.getMessage())
                      .isEqualTo(
                          "Outbox message "
                              + cancel
                              + " not delivered (IOException); it will be retried")
                      .doesNotContain("127.0.0.1", "ASO-O-004"));
    } finally {
      Logger.getLogger(OutboxRound.class.getName()).removeHandler(capture);
      stopUsingWebhook();
    }
  }

  @Test
  void aRedirectFromThePartnerSystemIsAFailedAttemptAndIsNotFollowed() throws Exception {
    try (PartnerSystem partner = new PartnerSystem()) {
      partner.redirectTo(307, partner.url("/elsewhere"));
      useWebhook(
          partner.url("/aso"),
          "partner-shared-signing-key-32-bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      long client = world.readyClient("ASO-O-006", RELEASE, world.te);
      invite(client, world.tiina);

      assertThat(dispatcher(smtp.getSmtp().getPort()).dispatchDue())
          .as("the case worker's mail only")
          .isEqualTo(1);

      assertThat(partner.to("/aso")).hasSize(1);
      assertThat(partner.to("/elsewhere")).as("the redirect is not followed").isEmpty();
      assertThat(
              count(
                  "select count(*) from outbound_message where recipient = '"
                      + partner.url("/aso")
                      + "' and status = 'PENDING' and attempts = 1 and last_error = 'IOException: the partner system answered HTTP 307'"))
          .isEqualTo(1);
    } finally {
      stopUsingWebhook();
    }
  }

  @Test
  void aPartnerSystemThatDoesNotAnswerInTimeIsAFailedAttempt() throws Exception {
    try (PartnerSystem partner = new PartnerSystem()) {
      partner.keepSilent();
      useWebhook(
          partner.url("/aso"),
          "partner-shared-signing-key-32-bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      long client = world.readyClient("ASO-O-007", RELEASE, world.te);
      invite(client, world.tiina);
      // the real routes with a short response timeout: the mechanism is the same as with the
      // standard 10 s
      Node node =
          node(
              new OutboxRoutes(
                      new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "aso@aso.example.fi"),
                      new TransactionalQueue(world.emf),
                      new OutboxSchedule(0, 20))
                  .withWebhookTimeout(Duration.ofMillis(500)));

      long started = System.nanoTime();
      assertThat(node.dispatchDue()).as("the case worker's mail only").isEqualTo(1);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(partner.to("/aso")).hasSize(1);
      assertThat(
              count(
                  "select count(*) from outbound_message where recipient = '"
                      + partner.url("/aso")
                      + "' and status = 'PENDING' and attempts = 1 and last_error like '%Timeout%'"))
          .isEqualTo(1);
    } finally {
      stopUsingWebhook();
    }
  }

  @Test
  void onlyTheWebhooksOwnHeadersReachThePartnerSystemAndItsQueryIsKept() throws Exception {
    try (PartnerSystem partner = new PartnerSystem()) {
      String url = partner.url("/aso/invitations?tenant=joensuu&token=a%2Bb%3D");
      useWebhook(
          url,
          "partner-shared-signing-key-32-bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      long client = world.readyClient("ASO-O-008", RELEASE, world.te);
      invite(client, world.tiina);
      CamelContext camel = new DefaultCamelContext();
      contexts.add(camel);
      PlatformRouteConfiguration.addTo(
          camel,
          List.of(
              new OutboxRoutes(
                  new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "aso@aso.example.fi"),
                  new TransactionalQueue(world.emf),
                  new OutboxSchedule(0, 20))));
      // what earlier steps of a route may leave on an exchange: headers with client data and
      // Camel's own
      AdviceWith.adviceWith(
          camel,
          "outbox-deliver",
          route ->
              route
                  .weaveAddFirst()
                  .setHeader("To", constant("tiina@te.test"))
                  .setHeader("Subject", constant("Asiakas ASO-O-008"))
                  .setHeader("CamelFileName", constant("invite.ics"))
                  .setHeader("Authorization", constant("Bearer platform-token")));
      camel.start();

      assertThat(new Node(camel, camel.createProducerTemplate()).dispatchDue()).isEqualTo(2);

      assertThat(partner.received)
          .singleElement()
          .satisfies(
              post -> {
                assertThat(post.uri().getRawPath()).isEqualTo("/aso/invitations");
                assertThat(post.uri().getRawQuery()).isEqualTo("tenant=joensuu&token=a%2Bb%3D");
                assertThat(post.header("Content-Type"))
                    .isEqualTo("application/json; charset=UTF-8");
                assertThat(post.header("X-ASO-Message-Id")).isEqualTo(messageIdOf(client, url));
                assertThat(
                        post.headers().keySet().stream()
                            .map(name -> name.toLowerCase(java.util.Locale.ROOT)))
                    .as("the webhook's own headers and HTTP's")
                    .containsExactlyInAnyOrder(
                        "content-type",
                        "x-aso-signature",
                        "x-aso-message-id",
                        "idempotency-key",
                        "host",
                        "content-length",
                        "connection",
                        "user-agent",
                        "accept-encoding");
              });
      assertThat(status(client, url)).isEqualTo("SENT");
    } finally {
      stopUsingWebhook();
    }
  }

  @Test
  void aSecureEmailOrganisationsInvitationGoesThroughTheSecureRelayOnly() throws Exception {
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.Organisation.class, world.sote)
              .preferChannel(fi.aso.domain.organisation.DeliveryChannel.SECURE_EMAIL);
          return null;
        });
    long client = world.readyClient("ASO-O-005", RELEASE, world.sote);
    invite(client, world.sari);
    String messageId = messageIdOf(client, "sari@sote.test");

    assertThat(dispatcher(smtp.getSmtp().getPort()).dispatchDue())
        .as("without a secure relay only the case worker's goes")
        .isEqualTo(1);
    assertThat(
            count("select attempts from outbound_message where message_id = '" + messageId + "'"))
        .isEqualTo(1);
    sql(
        "update outbound_message set next_attempt_at = now() - interval '1 second' where status = 'PENDING'");
    Node withRelay =
        node(
            new OutboxRoutes(
                new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "aso@aso.example.fi")
                    .withSecureRelay("127.0.0.1", secureRelay.getSmtp().getPort()),
                new TransactionalQueue(world.emf),
                new OutboxSchedule(0, 20)));

    assertThat(withRelay.dispatchDue()).isEqualTo(1);
    assertThat(
            Arrays.stream(secureRelay.getReceivedMessages()).filter(m -> id(m).equals(messageId)))
        .hasSize(1);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> id(m).equals(messageId)))
        .isEmpty();
  }

  /**
   * The verification examples of docs/webhooks.md, in Java and Python, run as a partner would run
   * them on a post the platform really made: the signature holds for the body as it arrived, and
   * not for a body changed by one character or under another key.
   */
  @Test
  void theDocumentedVerificationExamplesAcceptARealPostAndRefuseATamperedOne() throws Exception {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    String signingKey = java.util.Base64.getEncoder().encodeToString(key);
    String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    try (PartnerSystem partner = new PartnerSystem()) {
      useWebhook(partner.url("/aso"), key);
      long client = world.readyClient("ASO-O-009", RELEASE, world.te);
      invite(client, world.tiina);
      dispatcher(smtp.getSmtp().getPort()).dispatchDue();

      PartnerSystem.Request post = partner.received.get(0);
      String signature = post.header("X-ASO-Signature");
      byte[] tampered =
          post.text()
              .replace("ASO-O-009", "ASO-O-006")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(tampered).isNotEqualTo(post.body());
      for (List<String> example : WebhookExamples.commands()) {
        assertThat(WebhookExamples.run(example, signingKey, signature, post.body()))
            .as(example + " on the real post")
            .isEqualTo("0 valid");
        assertThat(WebhookExamples.run(example, signingKey, signature, tampered))
            .as(example + " on a changed body")
            .isEqualTo("1 INVALID");
        assertThat(WebhookExamples.run(example, otherKey, signature, post.body()))
            .as(example + " under another key")
            .isEqualTo("1 INVALID");
        assertThat(WebhookExamples.run(example, signingKey, "sha1=" + signature, post.body()))
            .as(example + " with another scheme")
            .isEqualTo("1 INVALID");
      }
    } finally {
      stopUsingWebhook();
    }
  }

  @Test
  void aPartnerSystemIsToldWhichChangesNeedANewAnswer() throws Exception {
    byte[] key = "partner-shared-signing-key-32-bytes!".getBytes(StandardCharsets.UTF_8);
    try (PartnerSystem partner = new PartnerSystem()) {
      useWebhook(partner.url("/aso"), key);
      long client = world.readyClient("ASO-O-010", RELEASE, world.te);
      long meeting = invite(client, world.tiina);
      Node node = dispatcher(smtp.getSmtp().getPort());
      node.dispatchDue();
      // Tiina accepts the first time
      Transactions.inTransaction(
          world.emf,
          em -> {
            Number invitee =
                (Number)
                    em.createNativeQuery(
                            "select i.id from slot_invitee i join client_slot s on s.id = i.slot_id"
                                + " join contact_person c on c.id = i.contact_person_id"
                                + " where s.case_id = ?1 and c.email = 'tiina@te.test'")
                        .setParameter(1, client)
                        .getSingleResult();
            em.find(fi.aso.domain.meeting.SlotInvitee.class, invitee.longValue())
                .answer(fi.aso.domain.meeting.InvitationAnswer.ACCEPTED, NOW);
            return null;
          });
      Instant end = NINE.plus(Duration.ofHours(3));
      move(meeting, NINE, end, "Kaupungintalo, sali 2");
      node.dispatchDue();
      move(meeting, NINE.plus(Duration.ofHours(1)), end.plus(Duration.ofHours(1)), "Kaupungintalo");
      node.dispatchDue();
      world.as(
          "chair",
          NOW,
          s -> {
            s.calendar.cancel(meeting, world.version(meeting), "Puheenjohtaja sairastui");
            return null;
          });
      node.dispatchDue();

      assertThat(partner.received)
          .extracting(
              post -> {
                JsonObject json = Json.createReader(new StringReader(post.text())).readObject();
                return json.getString("method")
                    + " "
                    + json.getInt("sequence")
                    + " "
                    + json.getString("place")
                    + " needsAnswer="
                    + json.getBoolean("needsAnswer");
              })
          .containsExactly(
              // a new invitation is answered
              "REQUEST 0 Yhdyskuntaseuraamustoimisto needsAnswer=true",
              // a new place keeps Tiina's accept
              "REQUEST 1 Kaupungintalo, sali 2 needsAnswer=false",
              // a new time asks again
              "REQUEST 2 Kaupungintalo needsAnswer=true",
              // nothing to answer to a cancellation
              "CANCEL 3 Kaupungintalo needsAnswer=false");
    } finally {
      stopUsingWebhook();
    }
  }

  /**
   * docs/webhooks.md's example of {@code aso.invitation} has the fields of a real post, and its
   * table explains each of them, so the document cannot fall behind the payload.
   */
  @Test
  void theDocumentedInvitationPayloadHasTheFieldsOfARealPost() throws Exception {
    byte[] key = "partner-shared-signing-key-32-bytes!".getBytes(StandardCharsets.UTF_8);
    try (PartnerSystem partner = new PartnerSystem()) {
      useWebhook(partner.url("/aso"), key);
      invite(world.readyClient("ASO-O-011", RELEASE, world.te), world.tiina);
      dispatcher(smtp.getSmtp().getPort()).dispatchDue();
      JsonObject real =
          Json.createReader(new StringReader(partner.received.get(0).text())).readObject();

      String doc =
          java.nio.file.Files.readString(
              java.nio.file.Path.of(System.getProperty("user.dir"))
                  .toAbsolutePath()
                  .getParent()
                  .resolve("docs/webhooks.md"));
      java.util.regex.Matcher example =
          java.util.regex.Pattern.compile(
                  "```json\\n(\\{\\s*\"type\":\\s*\"aso\\.invitation\".*?)\\n```",
                  java.util.regex.Pattern.DOTALL)
              .matcher(doc);
      assertThat(example.find()).as("an example aso.invitation body in docs/webhooks.md").isTrue();
      JsonObject documented = Json.createReader(new StringReader(example.group(1))).readObject();
      assertThat(documented.keySet()).isEqualTo(real.keySet());
      for (String field : real.keySet()) {
        assertThat(doc)
            .as("the table explains " + field)
            .containsPattern("\\| `[^|]*" + field + "`");
        assertThat(kind(documented.get(field)))
            .as(field + " has the type of a real post's")
            .isEqualTo(kind(real.get(field)));
      }
    } finally {
      stopUsingWebhook();
    }
  }

  /** A JSON value's type, true and false being one (boolean). */
  private static String kind(jakarta.json.JsonValue value) {
    return switch (value.getValueType()) {
      case TRUE, FALSE -> "BOOLEAN";
      default -> value.getValueType().name();
    };
  }

  private static void move(long meeting, Instant start, Instant end, String place) {
    world.as(
        "chair",
        NOW,
        s -> {
          s.calendar.reschedule(meeting, world.version(meeting), start, end, place, true);
          return null;
        });
  }

  /** The employment office (te) takes invitations by webhook at this URL, signed with this key. */
  private static void useWebhook(String url, byte[] key) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          var te = em.find(fi.aso.domain.organisation.Organisation.class, world.te);
          te.preferChannel(fi.aso.domain.organisation.DeliveryChannel.WEBHOOK);
          te.useWebhook(url, protection.seal(key));
          return null;
        });
  }

  private static void stopUsingWebhook() {
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.Organisation.class, world.te)
              .preferChannel(fi.aso.domain.organisation.DeliveryChannel.EMAIL);
          return null;
        });
  }

  private static Handler captured(List<LogRecord> records) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private long invite(long client, long contact) {
    long meeting =
        world.as(
            "chair",
            NOW,
            s ->
                s.calendar.scheduleAdHoc(
                    NINE, NINE.plus(Duration.ofHours(3)), "Yhdyskuntaseuraamustoimisto"));
    long slot =
        world.as(
            "chair",
            NOW,
            s ->
                s.planner.addSlot(
                    meeting,
                    world.version(meeting),
                    client,
                    NINE,
                    Duration.ofMinutes(45),
                    ClientAttendance.IN_PERSON,
                    null,
                    null));
    world.as("chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), contact));
    return meeting;
  }

  /**
   * A node: its own Camel context with the outbox routes (no timer), the real outbox, each call in
   * its own transaction.
   */
  private Node dispatcher(int smtpPort) throws Exception {
    return dispatcher(smtpPort, 20);
  }

  private Node dispatcher(int smtpPort, int batch) throws Exception {
    return node(
        new OutboxRoutes(
            new MailSettings("127.0.0.1", smtpPort, "aso@aso.example.fi"),
            new TransactionalQueue(world.emf),
            new OutboxSchedule(0, batch)));
  }

  private Node node(OutboxRoutes routes) throws Exception {
    CamelContext camel = new DefaultCamelContext();
    contexts.add(camel);
    PlatformRouteConfiguration.addTo(camel, List.of(routes));
    camel.start();
    return new Node(camel, camel.createProducerTemplate());
  }

  /**
   * One node's outbox routes; a round is run as the timer runs it, through the round's direct:
   * start.
   */
  private record Node(CamelContext camel, ProducerTemplate producer) {
    /** One round, synchronously: how many messages it delivered. */
    int dispatchDue() {
      return producer.requestBody(OutboxRoutes.ROUND, null, Integer.class);
    }
  }

  private static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static String id(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(BodyPart part) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part.getInputStream().transferTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String raw(MimeMessage m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String messageIdOf(long caseId, String recipient) {
    return Transactions.<String>inTransaction(
        world.emf,
        em ->
            (String)
                em.createNativeQuery(
                        "select m.message_id from outbound_message m join invitation i on i.id = m.invitation_id"
                            + " where i.case_id = ?1 and m.recipient = ?2 order by m.id limit 1")
                    .setParameter(1, caseId)
                    .setParameter(2, recipient)
                    .getSingleResult());
  }

  private static String status(long caseId, String recipient) {
    return Transactions.<String>inTransaction(
        world.emf,
        em ->
            (String)
                em.createNativeQuery(
                        "select m.status from outbound_message m join invitation i on i.id = m.invitation_id"
                            + " where i.case_id = ?1 and m.recipient = ?2 order by m.id limit 1")
                    .setParameter(1, caseId)
                    .setParameter(2, recipient)
                    .getSingleResult());
  }

  private static long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  private static void sql(String sql) {
    Transactions.inTransaction(world.emf, em -> em.createNativeQuery(sql).executeUpdate());
  }
}
