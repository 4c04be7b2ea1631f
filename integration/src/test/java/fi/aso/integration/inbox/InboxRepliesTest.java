package fi.aso.integration.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.parameter.ParticipationStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.Replies;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inbox route against a real IMAP server (GreenMail) and PostgreSQL: a METHOD:REPLY written by
 * another calendar library (biweekly) is applied to the right invitation; a reply for an unknown
 * invitation and a mail without a calendar are kept for a human, not dropped.
 */
class InboxRepliesTest {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(
          new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
          });

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("inbox_replies").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aCalendarReplyIsAppliedAndUnknownOrUnreadableMailIsKept() throws Exception {
    long client = world.readyClient("ASO-R-001", LocalDate.of(2027, 3, 1), world.kodit);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    long meeting = planned.meeting();
    long slot = planned.slot();
    String uid =
        Transactions.<String>inTransaction(
            world.emf,
            em ->
                (String)
                    em.createNativeQuery(
                            "select uid from invitation where case_id = "
                                + client
                                + " and attendee_email = 'kalle@kodit.test'")
                        .getSingleResult());
    GreenMailUser inbox = mail.setUser("aso@aso.example.fi", "aso@aso.example.fi", "secret");

    inbox.deliver(
        ReplyMails.calendarReply(
            "<r1@kodit.test>",
            "kalle@kodit.test",
            ReplyMails.biweeklyReply(uid, NINE, "Kalle@Kodit.test", ParticipationStatus.ACCEPTED)));
    inbox.deliver(
        ReplyMails.calendarReply(
            "<r2@kodit.test>",
            "kalle@kodit.test",
            ReplyMails.biweeklyReply(
                "unknown-uid@elsewhere", NINE, "kalle@kodit.test", ParticipationStatus.DECLINED)));
    inbox.deliver(
        ReplyMails.plain(
            "<r3@kodit.test>",
            "kalle@kodit.test",
            "Kiitos kutsusta, tulen paikalle <b>varmasti</b>."));

    CamelContext camel = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(
        camel,
        java.util.List.of(
            new InboxRoutes(
                new MailSettings("127.0.0.1", mail.getSmtp().getPort(), "aso@aso.example.fi")
                    .withInbox(
                        "127.0.0.1", mail.getImap().getPort(), "aso@aso.example.fi", "secret"),
                transactional(),
                200)));
    // one exchange per mail; each has written its inbound_reply row when it completes
    NotifyBuilder threeMails =
        new NotifyBuilder(camel).fromRoute("inbox-replies").whenCompleted(3).create();
    camel.start();
    try {
      assertThat(threeMails.matches(15, TimeUnit.SECONDS)).as("three mails read in time").isTrue();
    } finally {
      camel.stop();
    }
    assertThat(count("select count(*) from inbound_reply")).isEqualTo(3);

    assertThat(
            Transactions.<String>inTransaction(
                world.emf,
                em ->
                    (String)
                        em.createNativeQuery(
                                "select i.answer from slot_invitee i join contact_person c on c.id = i.contact_person_id where i.slot_id = "
                                    + slot
                                    + " and c.email = 'kalle@kodit.test'")
                            .getSingleResult()))
        .isEqualTo("ACCEPTED");
    assertThat(
            count(
                "select count(*) from inbound_reply where outcome = 'APPLIED' and message_id = '<r1@kodit.test>'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from inbound_reply where outcome = 'UNMATCHED' and sealed_raw is not null"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from inbound_reply where outcome = 'UNPARSEABLE' and sealed_raw is not null"))
        .isEqualTo(1);
    String kept =
        Transactions.<String>inTransaction(
            world.emf,
            em ->
                replies(em)
                    .open(
                        ((Number)
                                em.createNativeQuery(
                                        "select id from inbound_reply where outcome = 'UNPARSEABLE'")
                                    .getSingleResult())
                            .longValue()));
    assertThat(kept).contains("tulen paikalle");
    assertThat(
            Transactions.<java.util.List<Replies.KeptReply>>inTransaction(
                world.emf, em -> replies(em).unhandled()))
        .extracting(Replies.KeptReply::outcome)
        .containsExactlyInAnyOrder(
            fi.aso.domain.invitation.InboundReply.Outcome.UNMATCHED,
            fi.aso.domain.invitation.InboundReply.Outcome.UNPARSEABLE);
    assertThat(
            count(
                "select count(*) from audit_event where client_case_id = "
                    + client
                    + " and purpose like 'calendar reply: ACCEPTED'"))
        .isEqualTo(1);
  }

  /** Replies' calls, each in its own resource-local transaction (as the container runs them). */
  private static Replies transactional() {
    return new Replies() {
      @Override
      public fi.aso.domain.invitation.InboundReply.Outcome receive(
          String messageId, ReplySender sender, String calendar, String raw) {
        return Transactions.inTransaction(
            world.emf, em -> replies(em).receive(messageId, sender, calendar, raw));
      }
    };
  }

  private static Replies replies(jakarta.persistence.EntityManager em) {
    return TestServices.of(em, CallerIdentity.of("admin"), Clock.systemUTC()).replies();
  }

  private static long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
