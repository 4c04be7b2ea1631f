package fi.aso.integration.inbox;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.parameter.ParticipationStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.Replies;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers come from the invitee: through a real IMAP server (GreenMail) and PostgreSQL, a calendar
 * reply is applied only when the mail's From (and Sender, where present) is the invited address. A
 * forwarded invitation answered by someone else, with the invitee's UID and ATTENDEE, is kept for a
 * human with the reason and changes no answer. Outlook.com's replies, which carry no ORGANIZER, are
 * matched by UID and attendee.
 */
class InboxReplySenderTest {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(
          new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
          });

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final String FORWARDED_TO = "mallory@elsewhere.test";
  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("inbox_reply_sender").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void onlyTheInvitedAddressAnswersAndForwardedAnswersAreKeptWithTheReason() throws Exception {
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    long answered = invitedSlot(meeting, "ASO-S-001", NINE);
    long forwarded = invitedSlot(meeting, "ASO-S-002", NINE.plus(Duration.ofHours(1)));
    long outlook = invitedSlot(meeting, "ASO-S-003", NINE.plus(Duration.ofHours(2)));
    GreenMailUser inbox = mail.setUser(ReplyMails.INBOX, ReplyMails.INBOX, "secret");

    inbox.deliver(
        ReplyMails.calendarReply(
            "<own@kodit.test>",
            "kalle@kodit.test",
            ReplyMails.biweeklyReply(
                uid(answered), NINE, "kalle@kodit.test", ParticipationStatus.ACCEPTED)));
    // the same answer, written by whoever the invitation was forwarded to
    inbox.deliver(
        ReplyMails.calendarReply(
            "<forwarded@elsewhere.test>",
            FORWARDED_TO,
            ReplyMails.biweeklyReply(
                uid(forwarded), NINE, "kalle@kodit.test", ParticipationStatus.ACCEPTED)));
    MimeMessage onBehalf =
        ReplyMails.calendarReply(
            "<on-behalf@elsewhere.test>",
            "kalle@kodit.test",
            ReplyMails.biweeklyReply(
                uid(forwarded), NINE, "kalle@kodit.test", ParticipationStatus.DECLINED));
    onBehalf.setSender(new InternetAddress(FORWARDED_TO, "Mallory"));
    onBehalf.setHeader("Message-ID", "<on-behalf@elsewhere.test>");
    inbox.deliver(onBehalf);
    inbox.deliver(
        ReplyMails.calendarReply(
            "<outlook@kodit.test>",
            "Kalle Kodit <KALLE@kodit.test>",
            outlookReply(uid(outlook), "KALLE@KODIT.TEST")));

    readInbox(4);

    assertThat(answer(answered)).isEqualTo("ACCEPTED");
    assertThat(answer(forwarded)).isEqualTo("NEEDS_ACTION");
    assertThat(answer(outlook)).isEqualTo("TENTATIVE");
    assertThat(outcome("<own@kodit.test>")).isEqualTo("APPLIED");
    assertThat(outcome("<outlook@kodit.test>")).isEqualTo("APPLIED");
    List<Replies.KeptReply> kept =
        Transactions.inTransaction(world.emf, em -> replies(em).unhandled());
    assertThat(kept)
        .extracting(Replies.KeptReply::from, Replies.KeptReply::outcome, Replies.KeptReply::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                FORWARDED_TO,
                InboundReply.Outcome.WRONG_SENDER,
                "sent from another address than the invited one"),
            org.assertj.core.groups.Tuple.tuple(
                "kalle@kodit.test",
                InboundReply.Outcome.WRONG_SENDER,
                "sent by another address (Sender) than the invited one"));
    assertThat(
            count(
                "select count(*) from inbound_reply where outcome = 'WRONG_SENDER'"
                    + " and sealed_raw is not null"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from audit_event where client_case_id = "
                    + caseOf(forwarded)
                    + " and purpose like 'calendar reply%'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from audit_event where client_case_id = "
                    + caseOf(outlook)
                    + " and purpose = 'calendar reply: TENTATIVE'"))
        .isEqualTo(1);
    long forwardedReply =
        count("select id from inbound_reply where message_id = '<forwarded@elsewhere.test>'");
    assertThat(
            Transactions.<String>inTransaction(world.emf, em -> replies(em).open(forwardedReply)))
        .contains("From: " + FORWARDED_TO);
  }

  /** A client's slot in the meeting with Kalle (kalle@kodit.test) invited to it. */
  private static long invitedSlot(long meeting, String reference, Instant start) {
    long client = world.readyClient(reference, LocalDate.of(2027, 3, 1), world.kodit);
    long slot =
        world.as(
            "chair",
            NOW,
            s ->
                s.planner.addSlot(
                    meeting,
                    world.version(meeting),
                    client,
                    start,
                    Duration.ofMinutes(45),
                    ClientAttendance.IN_PERSON,
                    null,
                    null));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    return slot;
  }

  /**
   * A REPLY as Outlook.com sends it: no ORGANIZER, the attendee in capitals, Microsoft's own
   * properties.
   */
  private static String outlookReply(String uid, String attendee) {
    return String.join(
        "\r\n",
        "BEGIN:VCALENDAR",
        "METHOD:REPLY",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=TENTATIVE;CN=Kalle Kodit:mailto:" + attendee,
        "COMMENT;LANGUAGE=fi-FI:\\n",
        "SUMMARY;LANGUAGE=fi-FI:Alustavasti hyväksytty: ASO-kokous",
        "DTSTART:20261208T090000Z",
        "DTEND:20261208T094500Z",
        "UID:" + uid,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261126T081500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fi-FI:Toimisto",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
        "");
  }

  /** Runs the inbox route until it has read this many mails. */
  private static void readInbox(int mails) throws Exception {
    CamelContext camel = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(
        camel,
        List.of(
            new InboxRoutes(
                new MailSettings("127.0.0.1", mail.getSmtp().getPort(), ReplyMails.INBOX)
                    .withInbox("127.0.0.1", mail.getImap().getPort(), ReplyMails.INBOX, "secret"),
                transactional(),
                200)));
    NotifyBuilder allRead =
        new NotifyBuilder(camel).fromRoute("inbox-replies").whenCompleted(mails).create();
    camel.start();
    try {
      assertThat(allRead.matches(15, TimeUnit.SECONDS)).as("mails read in time").isTrue();
    } finally {
      camel.stop();
    }
  }

  private static String uid(long slot) {
    return Transactions.<String>inTransaction(
        world.emf,
        em ->
            (String)
                em.createNativeQuery(
                        "select uid from invitation where case_id = "
                            + caseOf(slot)
                            + " and attendee_email = 'kalle@kodit.test'")
                    .getSingleResult());
  }

  private static long caseOf(long slot) {
    return count("select case_id from client_slot where id = " + slot);
  }

  private static String answer(long slot) {
    return Transactions.<String>inTransaction(
        world.emf,
        em ->
            (String)
                em.createNativeQuery(
                        "select i.answer from slot_invitee i join contact_person c"
                            + " on c.id = i.contact_person_id where i.slot_id = "
                            + slot
                            + " and c.email = 'kalle@kodit.test'")
                    .getSingleResult());
  }

  private static String outcome(String messageId) {
    return Transactions.<String>inTransaction(
        world.emf,
        em ->
            (String)
                em.createNativeQuery(
                        "select outcome from inbound_reply where message_id = '" + messageId + "'")
                    .getSingleResult());
  }

  /** Replies' calls, each in its own resource-local transaction (as the container runs them). */
  private static Replies transactional() {
    return new Replies() {
      @Override
      public InboundReply.Outcome receive(
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
