package fi.aso.integration.itip;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

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
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.inbox.InboxRoutes;
import fi.aso.integration.mail.MailSettings;
import fi.aso.integration.outbox.OutboxRoutes;
import fi.aso.integration.outbox.OutboxSchedule;
import fi.aso.integration.outbox.TransactionalQueue;
import fi.aso.testing.InvitationMails;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The iTIP scenarios of {@code src/test/resources/itip}, each a directory read like sabre/vobject's
 * scheduling tests: {@code steps.txt} (what the chair or the invitee does; replies are raw mails
 * beside it), {@code expected-mails.txt} (every mail the partners got from the last {@code
 * delivered} on: subject, text, what ical4j and biweekly both read and the calendar text,
 * normalised) and {@code expected-state.txt} (the meeting, each partner's answer and invitation,
 * the replies kept for a human, what the chair's home page says). Run through the real outbox and
 * inbox routes against GreenMail and PostgreSQL; every invitation mail is also checked by {@link
 * InvitationMails}. {@code -Ditip.record=true} re-records the expected files (see {@link Golden}).
 *
 * <p>Every scenario starts alike: a client whose consent names Joensuun Kodit, Siun sote and the
 * TE-toimisto, on a new meeting on Tuesday 8.12.2026 9-12 at "Yhdyskuntaseuraamustoimisto", in a
 * 45-minute slot at 9 in person. Steps, one a line ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code invite kalle|sari|tiina}: the chair invites the contact person
 *   <li>{@code delivered}: the outbox is delivered; what the partners got so far is not this
 *       scenario's
 *   <li>{@code answer <who> ACCEPTED|DECLINED|TENTATIVE}: the invitee follows the answer link of
 *       the last mail they got
 *   <li>{@code time +<minutes>}: the chair moves the meeting (confirming that answers are asked
 *       again)
 *   <li>{@code place <text>}: the chair changes the place (in quotes to keep spaces)
 *   <li>{@code agenda <text>}, {@code attendance IN_PERSON|VIDEO_FROM_PRISON}, {@code invite ...}:
 *       changes no partner's calendar shows
 *   <li>{@code cancel <reason>}: the chair cancels the meeting
 *   <li>{@code remove <who>}: the chair takes the invitee off the slot
 *   <li>{@code keep-time <who>}: the chair keeps the meeting's time against the invitee's proposal
 *       of another (DECLINECOUNTER)
 *   <li>{@code reply <file.eml>}: the mail arrives in the platform's inbox and the inbox route
 *       reads it; {@code ${UID}}, {@code ${SEQUENCE}}, {@code ${SEQUENCE-1}}, {@code ${DTSTART}},
 *       {@code ${DTEND}} are those of the invitation of the mail's sender
 * </ul>
 */
class ItipScenariosTest {

  static final String INBOX = "aso@aso.example.fi";
  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final Path SCENARIOS = Path.of("src/test/resources/itip");
  static final Map<String, String> ADDRESSES =
      Map.of("kalle", "kalle@kodit.test", "sari", "sari@sote.test", "tiina", "tiina@te.test");
  static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(
          new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
          });

  static MeetingWorld world;
  static int clients;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("itip_scenarios").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioSendsAndKeepsWhatItsGoldenFilesSay() throws Exception {
    List<Path> directories;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      directories = listed.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(directories).as("the scenarios").hasSizeGreaterThanOrEqualTo(12);
    return directories.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
  }

  private void run(Path directory) throws Exception {
    Scenario scenario = new Scenario(directory);
    for (String line : Files.readAllLines(directory.resolve("steps.txt"))) {
      String step = line.replaceFirst("\\s+#.*$", "").strip();
      if (!step.isEmpty() && !step.startsWith("#")) {
        scenario.step(step);
      }
    }
    scenario.deliver();
    Golden.check(directory.resolve("expected-mails.txt"), scenario.mails());
    Golden.check(directory.resolve("expected-state.txt"), scenario.state());
  }

  /** One scenario's client, meeting and slot, and what the partners have been sent. */
  private final class Scenario {

    final Path directory;
    final String reference;
    final long client;
    final long meeting;
    final long slot;

    /** The Message-IDs of the mails the SMTP server had at the last {@code delivered}. */
    java.util.Set<String> seen = java.util.Set.of();

    /** How many of this scenario's mails were written as {@code .eml}. */
    int kept;

    Scenario(Path directory) {
      this.directory = directory;
      this.reference = "ASO-T-" + String.format("%03d", ++clients);
      this.client =
          world.readyClient(reference, LocalDate.of(2027, 3, 1), world.kodit, world.sote, world.te);
      MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE);
      this.meeting = planned.meeting();
      this.slot = planned.slot();
      // the chair's own meeting, renamed from the world's default place
      reschedule(NINE, "Yhdyskuntaseuraamustoimisto");
    }

    /** The chair moves the three-hour meeting or changes its place (confirming a new time). */
    void reschedule(Instant start, String place) {
      world.as(
          "chair",
          NOW,
          s -> {
            s.calendar.reschedule(
                meeting,
                world.version(meeting),
                start,
                start.plus(Duration.ofHours(3)),
                place,
                true);
            return null;
          });
    }

    void step(String step) throws Exception {
      String[] words = step.split("\\s+", 2);
      String rest = words.length > 1 ? unquoted(words[1]) : "";
      switch (words[0]) {
        case "invite" ->
            world.as(
                "chair",
                NOW,
                s -> s.planner.invite(meeting, slot, world.version(meeting), contact(rest)));
        case "delivered" -> {
          deliver();
          seen =
              partnerMails(java.util.Set.of()).stream()
                  .map(ItipScenariosTest::id)
                  .collect(java.util.stream.Collectors.toSet());
        }
        case "answer" ->
            answer(rest.split("\\s+")[0], InvitationAnswer.valueOf(rest.split("\\s+")[1]));
        case "time" ->
            reschedule(
                start().plus(Duration.ofMinutes(Long.parseLong(rest.replace("+", "")))), place());
        case "place" -> reschedule(start(), rest);
        case "agenda" ->
            world.as(
                "chair",
                NOW,
                s -> {
                  s.planner.setAgenda(meeting, slot, world.version(meeting), rest);
                  return null;
                });
        case "attendance" ->
            world.as(
                "chair",
                NOW,
                s -> {
                  ClientAttendance attendance = ClientAttendance.valueOf(rest);
                  s.planner.setAttendance(
                      meeting,
                      slot,
                      world.version(meeting),
                      attendance,
                      attendance == ClientAttendance.VIDEO_FROM_PRISON ? world.prison : null);
                  return null;
                });
        case "cancel" ->
            world.as(
                "chair",
                NOW,
                s -> {
                  s.calendar.cancel(meeting, world.version(meeting), rest);
                  return null;
                });
        case "remove" ->
            world.as(
                "chair",
                NOW,
                s -> {
                  s.planner.removeInvitee(meeting, slot, world.version(meeting), invitee(rest));
                  return null;
                });
        case "reply" -> reply(rest);
        case "keep-time" -> keepTime(rest);
        default -> throw new IllegalArgumentException("no such step: " + step);
      }
    }

    /** Delivers every waiting message, as the outbox's timer would, through the real routes. */
    void deliver() throws Exception {
      CamelContext camel = new DefaultCamelContext();
      PlatformRouteConfiguration.addTo(
          camel,
          List.of(
              new OutboxRoutes(
                  new MailSettings("127.0.0.1", mail.getSmtp().getPort(), INBOX),
                  new TransactionalQueue(world.emf),
                  new OutboxSchedule(0, 20))));
      camel.start();
      try {
        var producer = camel.createProducerTemplate();
        while (producer.requestBody(OutboxRoutes.ROUND, null, Integer.class) > 0) {
          // the next round, until nothing is due
        }
      } finally {
        camel.stop();
      }
      assertThat(count("select count(*) from outbound_message where status = 'PENDING'"))
          .as("every message delivered")
          .isZero();
    }

    /**
     * The invitee follows the answer link of the last mail they got (confirmed with the button).
     */
    void answer(String who, InvitationAnswer answer) throws Exception {
      List<MimeMessage> theirs =
          partnerMails(java.util.Set.of()).stream()
              .filter(m -> to(m).equals(ADDRESSES.get(who)))
              .toList();
      String text = String.join("\n", textOf(theirs.get(theirs.size() - 1)));
      Matcher link = Pattern.compile("/answer/([^\\s?]+)\\?a=" + answer).matcher(text);
      assertThat(link.find()).as("an answer link in the mail").isTrue();
      Replies.LinkAnswer saved =
          Transactions.inTransaction(
              world.emf, em -> replies(em).answerByLink(link.group(1), answer));
      assertThat(saved).isEqualTo(Replies.LinkAnswer.SAVED);
    }

    /** The chair keeps the meeting's time against the invitee's kept proposal of another. */
    void keepTime(String who) {
      long reply =
          Transactions.<Long>inTransaction(
              world.emf,
              em ->
                  ((Number)
                          em.createNativeQuery(
                                  "select r.id from inbound_reply r join invitation i on i.uid = r.uid"
                                      + " where i.case_id = ?1 and i.attendee_email = ?2"
                                      + " and r.outcome = 'COUNTER' order by r.id desc limit 1")
                              .setParameter(1, client)
                              .setParameter(2, ADDRESSES.get(who))
                              .getSingleResult())
                      .longValue());
      Transactions.inTransaction(
          world.emf,
          em -> {
            TestServices.of(em, "chair", NOW).counterProposals().keepTime(reply);
            return null;
          });
    }

    /** A mail in the platform's inbox, read by the inbox route. */
    void reply(String file) throws Exception {
      String from = fromOf(Files.readString(directory.resolve(file)));
      String who =
          ADDRESSES.entrySet().stream()
              .filter(e -> e.getValue().equals(from))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();
      Object[] invitation =
          Transactions.inTransaction(
              world.emf,
              em ->
                  (Object[])
                      em.createNativeQuery(
                              "select uid, sequence_no, sent_start, sent_end from invitation where"
                                  + " case_id = ?1 and attendee_email = ?2")
                          .setParameter(1, client)
                          .setParameter(2, from)
                          .getSingleResult());
      int sequence = ((Number) invitation[1]).intValue();
      String raw =
          Files.readString(directory.resolve(file))
              .replace("${UID}", (String) invitation[0])
              .replace("${SEQUENCE-1}", String.valueOf(sequence - 1))
              .replace("${SEQUENCE}", String.valueOf(sequence))
              .replace("${DTSTART}", UTC.format(instant(invitation[2])))
              .replace("${DTEND}", UTC.format(instant(invitation[3])))
              .replace("\r\n", "\n")
              .replace("\n", "\r\n");
      MimeMessage message =
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      // the golden input is a calendar the second parser reads too
      String calendar = InvitationMails.calendarOf(message);
      assertThat(biweekly.Biweekly.parse(calendar).first())
          .as("biweekly reads " + file)
          .isNotNull();
      GreenMailUser inbox = mail.setUser(INBOX, INBOX, "secret");
      inbox.deliver(message);

      CamelContext camel = new DefaultCamelContext();
      PlatformRouteConfiguration.addTo(
          camel,
          List.of(
              new InboxRoutes(
                  new MailSettings("127.0.0.1", mail.getSmtp().getPort(), INBOX)
                      .withInbox("127.0.0.1", mail.getImap().getPort(), INBOX, "secret"),
                  transactionalReplies(),
                  100)));
      NotifyBuilder read =
          new NotifyBuilder(camel).fromRoute("inbox-replies").whenCompleted(1).create();
      camel.start();
      try {
        assertThat(read.matches(15, TimeUnit.SECONDS)).as(who + "'s mail read in time").isTrue();
      } finally {
        camel.stop();
      }
    }

    /** Every mail to a partner since the last {@code delivered}, normalised. */
    String mails() throws Exception {
      List<MimeMessage> mails = partnerMails(seen);
      if (mails.isEmpty()) {
        return "(no mail)\n";
      }
      Map<String, String> uids = uids();
      StringBuilder text = new StringBuilder();
      for (MimeMessage m : mails) {
        InvitationMails.check(m);
        keepAsEml(m);
        String ics = InvitationMails.calendarOf(m);
        String read = Calendars.byIcal4j(ics);
        assertThat(Calendars.byBiweekly(ics))
            .as("biweekly reads what ical4j reads")
            .isEqualTo(read);
        text.append("=== to ")
            .append(to(m))
            .append('\n')
            .append("Subject: ")
            .append(m.getSubject())
            .append('\n')
            .append("--- text\n")
            .append(String.join("\n", textOf(m)).strip())
            .append("\n--- read alike by ical4j and biweekly\n")
            .append(read)
            .append("\n--- calendar\n")
            .append(ics.strip())
            .append("\n\n");
      }
      return Calendars.normalised(text.toString(), uids, reference);
    }

    /**
     * With {@code -Ditip.eml=<directory>}, each partner mail is also written there as it arrived
     * ({@code <scenario>-<n>-<recipient>.eml}), to be opened in a desktop mail client.
     */
    private void keepAsEml(MimeMessage m) throws Exception {
      String directory = System.getProperty("itip.eml");
      if (directory == null || directory.isBlank()) {
        return;
      }
      Path dir = Files.createDirectories(Path.of(directory));
      Path file = dir.resolve(this.directory.getFileName() + "-" + (++kept) + "-" + to(m) + ".eml");
      try (var out = Files.newOutputStream(file)) {
        m.writeTo(out);
      }
    }

    /**
     * The meeting, each partner invitee's answer and invitation, kept replies, the chair's updates.
     */
    String state() {
      StringBuilder text = new StringBuilder();
      Object[] m =
          Transactions.inTransaction(
              world.emf,
              em ->
                  (Object[])
                      em.createNativeQuery(
                              "select m.starts_at, m.ends_at, m.place, m.status from meeting m where m.id = ?1")
                          .setParameter(1, meeting)
                          .getSingleResult());
      DateTimeFormatter helsinki =
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
              .withZone(java.time.ZoneId.of("Europe/Helsinki"));
      text.append("meeting: ")
          .append(helsinki.format(instant(m[0])))
          .append("–")
          .append(helsinki.format(instant(m[1])))
          .append(" Helsinki time")
          .append(" at ")
          .append(m[2])
          .append(", ")
          .append(m[3])
          .append('\n');
      List<Object[]> invitees =
          Transactions.inTransaction(
              world.emf,
              em ->
                  em.createNativeQuery(
                          "select c.email, i.answer, i.removed_at is not null, inv.sequence_no, inv.state"
                              + " from slot_invitee i join contact_person c on c.id = i.contact_person_id"
                              + " left join invitation inv on inv.invitee_id = i.id"
                              + " where i.slot_id = ?1 order by c.email")
                      .setParameter(1, slot)
                      .getResultList());
      for (Object[] i : invitees) {
        text.append(
            String.format(
                "%s: answer %s%s, invitation %s at SEQUENCE %s%n",
                i[0], i[1], Boolean.TRUE.equals(i[2]) ? ", taken off the slot" : "", i[4], i[3]));
      }
      Map<String, String> uids = uids();
      List<Object[]> kept =
          Transactions.inTransaction(
              world.emf,
              em ->
                  em.createNativeQuery(
                          "select outcome, from_address, uid, answer, reason, handled_by from inbound_reply"
                              + " where uid in (select uid from invitation where case_id = ?1) order by id")
                      .setParameter(1, client)
                      .getResultList());
      for (Object[] r : kept) {
        text.append(
            String.format(
                "reply from %s for %s: %s%s%s%s%n",
                r[1],
                uids.getOrDefault((String) r[2], String.valueOf(r[2])),
                r[0],
                r[3] == null ? "" : " (" + r[3] + ")",
                r[4] == null ? "" : ", kept for a human: " + r[4],
                r[5] == null ? "" : ", handled by " + r[5]));
      }
      var updates =
          world.as("chair", NOW, s -> s.chairUpdates.since(java.util.Optional.empty())).stream()
              .filter(u -> u.caseId() == client)
              .toList();
      for (var u : updates) {
        text.append("the chair's home page: ")
            .append(u.kind())
            .append(" by ")
            .append(u.who())
            .append('\n');
      }
      if (updates.isEmpty()) {
        text.append("the chair's home page: nothing about this client\n");
      }
      return text.toString();
    }

    private Map<String, String> uids() {
      Map<String, String> uids = new LinkedHashMap<>();
      List<Object[]> rows =
          Transactions.inTransaction(
              world.emf,
              em ->
                  em.createNativeQuery(
                          "select uid, attendee_email from invitation where case_id = ?1")
                      .setParameter(1, client)
                      .getResultList());
      rows.forEach(r -> uids.put((String) r[0], "<uid of " + r[1] + ">"));
      return uids;
    }

    private Instant start() {
      return Transactions.inTransaction(
          world.emf, em -> em.find(fi.aso.domain.meeting.Meeting.class, meeting).startsAt());
    }

    private String place() {
      return Transactions.inTransaction(
          world.emf, em -> em.find(fi.aso.domain.meeting.Meeting.class, meeting).place());
    }

    private long invitee(String who) {
      return Transactions.<Long>inTransaction(
          world.emf,
          em ->
              ((Number)
                      em.createNativeQuery(
                              "select i.id from slot_invitee i join contact_person c on c.id = i.contact_person_id"
                                  + " where i.slot_id = ?1 and c.email = ?2")
                          .setParameter(1, slot)
                          .setParameter(2, ADDRESSES.get(who))
                          .getSingleResult())
                  .longValue());
    }
  }

  private static long contact(String who) {
    return switch (who) {
      case "kalle" -> world.kalle;
      case "sari" -> world.sari;
      case "tiina" -> world.tiina;
      default -> throw new IllegalArgumentException("no such contact person: " + who);
    };
  }

  private static String unquoted(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static String fromOf(String eml) {
    Matcher from = Pattern.compile("(?m)^From:.*<([^>]+)>").matcher(eml);
    if (from.find()) {
      return from.group(1).toLowerCase(java.util.Locale.ROOT);
    }
    Matcher plain = Pattern.compile("(?m)^From:\\s*(\\S+@\\S+)").matcher(eml);
    assertThat(plain.find()).as("the mail has a From").isTrue();
    return plain.group(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Mails to partners (not the platform's own staff), but those {@code seen}, by recipient and each
   * recipient's in the order they arrived (GreenMail lists mailbox by mailbox).
   */
  private static List<MimeMessage> partnerMails(java.util.Set<String> seen) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> !to(m).endsWith("@aso.test") && !to(m).equals(INBOX))
        .filter(m -> !seen.contains(id(m)))
        .sorted(java.util.Comparator.comparing(ItipScenariosTest::to))
        .toList();
  }

  private static String id(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage m) {
    try {
      return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> textOf(MimeMessage m) throws Exception {
    return List.of(InvitationMails.textOf(m).replace("\r\n", "\n").split("\n"));
  }

  private static Instant instant(Object value) {
    return value instanceof java.sql.Timestamp t
        ? t.toInstant()
        : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
  }

  private static Replies replies(jakarta.persistence.EntityManager em) {
    return TestServices.of(em, CallerIdentity.of("admin"), Clock.fixed(NOW, ZoneOffset.UTC))
        .replies();
  }

  /** Replies' calls, each in its own transaction, as the container runs them. */
  private static Replies transactionalReplies() {
    return new Replies() {
      @Override
      public InboundReply.Outcome receive(
          String messageId, ReplySender sender, String calendar, String raw) {
        return Transactions.inTransaction(
            world.emf, em -> replies(em).receive(messageId, sender, calendar, raw));
      }
    };
  }

  private static long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
