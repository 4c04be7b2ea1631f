package fi.aso.integration.outbox;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.invitation.OutboxEntry;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.testing.InvitationMails;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The disclosure gate at the outbox's exit, against a real PostgreSQL and a real SMTP server
 * (GreenMail): what the consent allowed when a message was written but no longer allows when it
 * would be sent never reaches the partner; a CANCEL goes only to those who got the REQUEST.
 */
class OutboxDisclosureGateTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);
  static final String KALLE = "kalle@kodit.test";
  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("outbox_gate").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  private final List<CamelContext> contexts = new ArrayList<>();

  @BeforeEach
  void emptyOutbox() {
    sql("update outbound_message set status = 'SENT' where status in ('PENDING', 'DEAD')");
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
  void aWithdrawalWhileSmtpIsDownLetsNeitherTheRequestNorTheCancelReachThePartner()
      throws Exception {
    long client = world.readyClient("ASO-G-001", RELEASE, world.kodit);
    invite(client, world.kalle);
    assertThat(dispatcher(closedPort()).dispatchDue()).as("SMTP is down").isZero();

    world.withdraw(client, world.kodit, NOW);
    dueNow();
    dispatcher(smtp.getSmtp().getPort()).dispatchDue();

    assertThat(mailsTo(KALLE, "ASO-G-001")).isEmpty();
    assertThat(statuses(client, KALLE))
        .containsExactly("SUPERSEDED:CONSENT_WITHDRAWN", "SUPERSEDED:NOTHING_TO_CANCEL");
    assertThat(mailsTo("caseworker@aso.test", "ASO-G-001"))
        .as("the case worker is staff: consent does not govern them")
        .hasSize(1);
  }

  @Test
  void aPartnerWhoGotTheRequestGetsTheCancelAfterAWithdrawal() throws Exception {
    long client = world.readyClient("ASO-G-002", RELEASE, world.kodit);
    invite(client, world.kalle);
    OutboxNode node = dispatcher(smtp.getSmtp().getPort());
    node.dispatchDue();
    assertThat(mailsTo(KALLE, "ASO-G-002")).hasSize(1);

    world.withdraw(client, world.kodit, NOW);
    node.dispatchDue();

    assertThat(mailsTo(KALLE, "ASO-G-002")).hasSize(2);
    assertThat(raw(mailsTo(KALLE, "ASO-G-002").get(1))).contains("method=CANCEL");
    assertThat(statuses(client, KALLE)).containsExactly("SENT:", "SENT:");
  }

  @Test
  void aDeadRequestRetriedByTheAdministratorAfterAWithdrawalIsSupersededNotSent() throws Exception {
    long client = world.readyClient("ASO-G-003", RELEASE, world.kodit);
    invite(client, world.kalle);
    dispatcher(closedPort()).dispatchDue();
    sql(
        "update outbound_message set status = 'DEAD', attempts = 8 where status = 'PENDING'"
            + " and recipient = '"
            + KALLE
            + "'");
    world.withdraw(client, world.kodit, NOW);
    long request = firstMessageOf(client, KALLE);

    OutboxEntry retried =
        Transactions.inTransaction(
            world.emf, em -> TestServices.of(em, "admin", NOW).outbox().retry(request));
    dueNow();
    dispatcher(smtp.getSmtp().getPort()).dispatchDue();

    assertThat(retried.status()).isEqualTo(DeliveryStatus.SUPERSEDED);
    assertThat(retried.supersededReason()).isEqualTo(SupersededReason.CONSENT_WITHDRAWN);
    assertThat(retried.reason())
        .isEqualTo("the client's consent no longer names this organisation");
    assertThat(mailsTo(KALLE, "ASO-G-003")).isEmpty();
    assertThat(statuses(client, KALLE))
        .containsExactly("SUPERSEDED:CONSENT_WITHDRAWN", "SUPERSEDED:NOTHING_TO_CANCEL");
    assertThat(
            Transactions.<List<OutboxEntry>>inTransaction(
                world.emf, em -> TestServices.of(em, "admin", NOW).outbox().troubled()))
        .as("the administrator's page lists it with the reason")
        .anySatisfy(
            e -> {
              assertThat(e.id()).isEqualTo(request);
              assertThat(e.status()).isEqualTo(DeliveryStatus.SUPERSEDED);
            });
  }

  @Test
  void aRequestReplacedByItsCancelWhileSmtpWasDownSendsNothing() throws Exception {
    long client = world.readyClient("ASO-G-004", RELEASE, world.kodit);
    long[] meetingAndSlot = invite(client, world.kalle);
    dispatcher(closedPort()).dispatchDue();
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.removeSlot(
              meetingAndSlot[0], meetingAndSlot[1], world.version(meetingAndSlot[0]));
          return null;
        });
    dueNow();

    dispatcher(smtp.getSmtp().getPort()).dispatchDue();

    assertThat(mailsTo(KALLE, "ASO-G-004")).isEmpty();
    assertThat(statuses(client, KALLE))
        .containsExactly("SUPERSEDED:REPLACED", "SUPERSEDED:NOTHING_TO_CANCEL");
  }

  @Test
  void aCancelNamesTheTimeThePartnerWasSentNotAMoveTheyNeverGot() throws Exception {
    long client = world.readyClient("ASO-G-005", RELEASE, world.kodit);
    long[] meetingAndSlot = invite(client, world.kalle);
    OutboxNode node = dispatcher(smtp.getSmtp().getPort());
    node.dispatchDue();
    // moved, and the consent withdrawn before the update went out: the new time is never Kodit's
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.moveSlot(
              meetingAndSlot[0],
              meetingAndSlot[1],
              world.version(meetingAndSlot[0]),
              NINE.plus(Duration.ofHours(1)));
          return null;
        });
    world.withdraw(client, world.kodit, NOW);

    node.dispatchDue();

    List<MimeMessage> mails = mailsTo(KALLE, "ASO-G-005");
    assertThat(mails).hasSize(2);
    MimeMessage cancel = mails.get(1);
    assertThat(raw(cancel)).contains("method=CANCEL");
    assertThat(cancel.getSubject()).contains("klo 9.00").doesNotContain("10.00");
    assertThat(raw(cancel)).doesNotContain("10.00").doesNotContain("T100000");
    assertThat(
            biweekly.Biweekly.parse(calendarOf(cancel))
                .first()
                .getEvents()
                .get(0)
                .getDateStart()
                .getValue()
                .toInstant())
        .isEqualTo(NINE);
    assertThat(statuses(client, KALLE))
        .containsExactly("SENT:", "SUPERSEDED:CONSENT_WITHDRAWN", "SENT:");
    assertThat(mailsTo("caseworker@aso.test", "ASO-G-005"))
        .as("the case worker gets the move")
        .hasSize(2);
  }

  private long[] invite(long client, long contact) {
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, contact);
    long meeting = planned.meeting();
    long slot = planned.slot();
    return new long[] {meeting, slot};
  }

  private static int closedPort() throws Exception {
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  /** The pause after a failed attempt is over. */
  private static void dueNow() {
    sql(
        "update outbound_message set next_attempt_at = now() - interval '1 second' where status = 'PENDING'");
  }

  private OutboxNode dispatcher(int smtpPort) throws Exception {
    OutboxNode node = OutboxNode.start(world.emf, smtpPort);
    contexts.add(node.camel());
    return node;
  }

  /** Mails that reached the address and name the case reference. */
  private static List<MimeMessage> mailsTo(String address, String reference) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address)
                    && raw(m).contains(reference);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The text/calendar part of an invitation mail (multipart/mixed, then alternative). */
  private static String calendarOf(MimeMessage m) throws Exception {
    var mixed = (jakarta.mail.Multipart) m.getContent();
    var alternative = (jakarta.mail.Multipart) mixed.getBodyPart(0).getContent();
    var out = new java.io.ByteArrayOutputStream();
    alternative.getBodyPart(2).getInputStream().transferTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String raw(MimeMessage m) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    m.writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The invitation messages to the recipient in order, as "STATUS:REASON". */
  @SuppressWarnings("unchecked")
  private static List<String> statuses(long caseId, String recipient) {
    return Transactions.<List<String>>inTransaction(
        world.emf,
        em ->
            em.createNativeQuery(
                    "select m.status || ':' || coalesce(m.superseded_reason, '') from outbound_message m"
                        + " join invitation i on i.id = m.invitation_id"
                        + " where i.case_id = ?1 and m.recipient = ?2 order by m.id")
                .setParameter(1, caseId)
                .setParameter(2, recipient)
                .getResultList());
  }

  private static long firstMessageOf(long caseId, String recipient) {
    return Transactions.<Long>inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select m.id from outbound_message m join invitation i on i.id = m.invitation_id"
                                + " where i.case_id = ?1 and m.recipient = ?2 order by m.id limit 1")
                        .setParameter(1, caseId)
                        .setParameter(2, recipient)
                        .getSingleResult())
                .longValue());
  }

  private static void sql(String sql) {
    Transactions.inTransaction(world.emf, em -> em.createNativeQuery(sql).executeUpdate());
  }
}
