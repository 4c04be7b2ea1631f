package fi.aso.integration.inbox;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.Replies;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
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
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
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
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
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

    inbox.deliver(reply("<r1@kodit.test>", uid, "Kalle@Kodit.test", ParticipationStatus.ACCEPTED));
    inbox.deliver(
        reply(
            "<r2@kodit.test>",
            "unknown-uid@elsewhere",
            "kalle@kodit.test",
            ParticipationStatus.DECLINED));
    inbox.deliver(plain("<r3@kodit.test>", "Kiitos kutsusta, tulen paikalle <b>varmasti</b>."));

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

  /**
   * A reply as a partner's calendar program writes it (biweekly, not the library that wrote the
   * invitation).
   */
  private static MimeMessage reply(
      String messageId, String uid, String attendee, ParticipationStatus status) throws Exception {
    ICalendar calendar = new ICalendar();
    calendar.setMethod(Method.reply());
    VEvent event = new VEvent();
    event.setUid(uid);
    event.setSequence(0);
    event.setDateStart(java.util.Date.from(NINE));
    Attendee who = new Attendee("Kalle Kodit", attendee);
    who.setParticipationStatus(status);
    event.addAttendee(who);
    calendar.addEvent(event);
    MimeMessage message = message(messageId, "Hyväksytty: ASO-kokous");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Kalle Kodit on hyväksynyt kutsun.", "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart ics = new MimeBodyPart();
    ics.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=REPLY")));
    alternative.addBodyPart(ics);
    message.setContent(alternative);
    message.saveChanges();
    message.setHeader("Message-ID", messageId);
    return message;
  }

  private static MimeMessage plain(String messageId, String text) throws Exception {
    MimeMessage message = message(messageId, "Re: ASO-kokous");
    message.setText(text, "UTF-8");
    message.saveChanges();
    message.setHeader("Message-ID", messageId);
    return message;
  }

  private static MimeMessage message(String messageId, String subject) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("kalle@kodit.test"));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("aso@aso.example.fi"));
    message.setSubject(subject, "UTF-8");
    return message;
  }

  /** Replies' calls, each in its own resource-local transaction (as the container runs them). */
  private static Replies transactional() {
    return new Replies() {
      @Override
      public fi.aso.domain.invitation.InboundReply.Outcome receive(
          String messageId, String from, String calendar, String raw) {
        return Transactions.inTransaction(
            world.emf, em -> replies(em).receive(messageId, from, calendar, raw));
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
