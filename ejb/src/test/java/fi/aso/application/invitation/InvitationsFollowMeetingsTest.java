package fi.aso.application.invitation;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static fi.aso.domain.meeting.InvitationAnswer.ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.meeting.VideoJoin;
import fi.aso.domain.TokenHash;
import fi.aso.domain.consent.ConsentWithdrawn;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Meeting changes write their invitations to the outbox in the same transaction, on a real
 * PostgreSQL: a REQUEST with SEQUENCE 0, updates with higher SEQUENCEs under the same UID, CANCELs
 * on removal, cancellation and consent withdrawal, nothing at all for an organisation without
 * consent. Every calendar text is read back with biweekly, an independent parser.
 */
class InvitationsFollowMeetingsTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static final Instant NOON = Instant.parse("2026-12-08T10:00:00Z");
  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("invitations").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void anInvitationThenAnUpdateThenACancellationUnderOneUid() {
    long client = world.readyClient("ASO-I-001", RELEASE, world.kodit);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));

    List<OutboundMessage> toKalle = messagesOfCase(client, "kalle@kodit.test");
    assertThat(toKalle)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MessageKind.REQUEST);
              assertThat(m.subject()).isEqualTo("ASO-kokous ti 8.12.2026 klo 9.00 (ASO-I-001)");
              assertThat(m.messageId()).matches("<[0-9a-f-]+@aso\\.example\\.fi>");
            });
    VEvent first = onlyEvent(toKalle.get(0), "REQUEST");
    assertThat(first.getSequence().getValue()).isZero();
    assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(NINE);
    assertThat(toKalle.get(0).calendar().orElseThrow())
        .contains(
            "DTSTART;TZID=Europe/Helsinki:20261208T090000",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Helsinki");
    assertThat(first.getAttendees())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getEmail()).isEqualTo("kalle@kodit.test");
              assertThat(a.getRsvp()).isTrue();
              assertThat(a.getParticipationStatus().getValue()).isEqualTo("NEEDS-ACTION");
            });
    assertThat(first.getOrganizer().getEmail()).isEqualTo("aso@aso.example.fi");
    assertThat(first.getAlarms()).hasSize(1);
    assertThat(messagesOfCase(client, "caseworker@aso.test"))
        .as("the case worker is invited too")
        .hasSize(1);

    // Kalle had said he comes, for nine o'clock
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.meeting.SlotInvitee.class, inviteeId(slot, "kalle@kodit.test"))
              .answer(fi.aso.domain.meeting.InvitationAnswer.ACCEPTED, NOW);
          return null;
        });
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.moveSlot(
              meeting, slot, world.version(meeting), NINE.plus(Duration.ofMinutes(30)));
          return null;
        });
    assertThat(
            Transactions.<fi.aso.domain.meeting.InvitationAnswer>inTransaction(
                world.emf,
                em ->
                    em.find(
                            fi.aso.domain.meeting.SlotInvitee.class,
                            inviteeId(slot, "kalle@kodit.test"))
                        .answer()))
        .as("an answer for nine o'clock does not hold for half past")
        .isEqualTo(fi.aso.domain.meeting.InvitationAnswer.NEEDS_ACTION);
    assertThat(messagesOfCase(client, "kalle@kodit.test").get(1).bodyText())
        .as("the update says what changed")
        .contains("Aika muuttunut: ti 8.12.2026 klo 9.30–10.15 (oli ti 8.12.2026 klo 9.00–9.45)")
        .contains("Tiden har ändrats");
    VEvent moved = onlyEvent(messagesOfCase(client, "kalle@kodit.test").get(1), "REQUEST");
    assertThat(moved.getUid().getValue()).isEqualTo(first.getUid().getValue());
    assertThat(moved.getSequence().getValue()).isEqualTo(1);
    assertThat(moved.getDateStart().getValue().toInstant())
        .isEqualTo(NINE.plus(Duration.ofMinutes(30)));

    long invitee = inviteeId(slot, "kalle@kodit.test");
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.removeInvitee(meeting, slot, world.version(meeting), invitee);
          return null;
        });
    List<OutboundMessage> all = messagesOfCase(client, "kalle@kodit.test");
    assertThat(all)
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.REQUEST, MessageKind.CANCEL);
    VEvent cancelled = onlyEvent(all.get(2), "CANCEL");
    assertThat(cancelled.getUid().getValue()).isEqualTo(first.getUid().getValue());
    assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
    assertThat(all)
        .allSatisfy(
            m ->
                assertThat(m.subject() + m.bodyText() + m.calendar().orElse(""))
                    .doesNotContain("Asiakas ASO-I-001"));
  }

  @Test
  void noInvitationEverGoesToAnOrganisationWithoutConsentAndTheRefusalWritesNothing() {
    long client = world.readyClient("ASO-I-002", RELEASE, world.kodit);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    long before = count();

    assertThatThrownBy(
            () ->
                world.as(
                    "chair",
                    NOW,
                    s -> s.planner.invite(meeting, slot, world.version(meeting), world.sari)))
        .isInstanceOf(NotConsented.class);
    assertThat(count()).isEqualTo(before);

    // even an invitee row written past the planner (a bug, a manual fix in the database) gets
    // nothing
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.createNativeQuery(
                  "insert into slot_invitee (slot_id, kind, contact_person_id, organisation_id, created_at)"
                      + " values (?1, 'PARTNER', ?2, ?3, now())")
              .setParameter(1, slot)
              .setParameter(2, world.sari)
              .setParameter(3, world.sote)
              .executeUpdate();
          return null;
        });
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.moveSlot(
              meeting, slot, world.version(meeting), NINE.plus(Duration.ofMinutes(15)));
          return null;
        });
    assertThat(messagesOfCase(client, "sari@sote.test")).isEmpty();
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    ((Number)
                            em.createNativeQuery(
                                    "select count(*) from invitation where organisation_id = "
                                        + world.sote)
                                .getSingleResult())
                        .longValue()))
        .isZero();
  }

  @Test
  void withdrawingConsentBeforeDeliveryLetsNothingReachThePartner() {
    long client = world.readyClient("ASO-I-003", RELEASE, world.kodit, world.te);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.tiina));

    world.withdraw(client, world.kodit, NOW);

    assertThat(messagesOfCase(client, "kalle@kodit.test"))
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.CANCEL);

    // the dispatcher asks again when it takes them: Kalle's REQUEST may no longer go, and its
    // CANCEL has nothing to cancel; Tiina's goes
    List<Delivery> handedOver =
        Transactions.inTransaction(
            world.emf,
            em ->
                TestServices.of(em, CallerIdentity.of("outbox"), Clock.systemUTC())
                    .outbox()
                    .claim("test-node", 1000, Duration.ofMinutes(5)));
    assertThat(handedOver)
        .extracting(Delivery::recipient)
        .contains("tiina@te.test")
        .doesNotContain("kalle@kodit.test");
    assertThat(messagesOfCase(client, "kalle@kodit.test"))
        .extracting(OutboundMessage::status, m -> m.supersededReason().orElseThrow())
        .containsExactly(
            tuple(DeliveryStatus.SUPERSEDED, SupersededReason.CONSENT_WITHDRAWN),
            tuple(DeliveryStatus.SUPERSEDED, SupersededReason.NOTHING_TO_CANCEL));
    assertThat(messagesOfCase(client, "tiina@te.test"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MessageKind.REQUEST);
              assertThat(m.organisationId()).contains(world.te);
              assertThat(m.carries())
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.caseId()).isEqualTo(client);
                        assertThat(c.categories())
                            .containsExactly(InformationCategory.IDENTITY_AND_RELEASE);
                      });
            });
    for (OutboundMessage kalles : messagesOfCase(client, "kalle@kodit.test")) {
      assertThat(
              Transactions.<Long>inTransaction(
                  world.emf,
                  em ->
                      ((Number)
                              em.createNativeQuery(
                                      "select count(*) from audit_event where client_case_id = ?1"
                                          + " and object_type = 'OutboundMessage' and object_id = ?2"
                                          + " and purpose like '%not sent%'")
                                  .setParameter(1, client)
                                  .setParameter(2, String.valueOf(kalles.id()))
                                  .getSingleResult())
                          .longValue()))
          .as("each message not sent is audited against the case")
          .isEqualTo(1);
    }
  }

  @Test
  void cancellingTheMeetingCancelsEveryInvitation() {
    long client = world.readyClient("ASO-I-004", RELEASE, world.kodit);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));

    world.as(
        "chair",
        NOW,
        s -> {
          s.calendar.cancel(meeting, world.version(meeting), "Kokoushuone on remontissa");
          return null;
        });

    assertThat(messagesOfCase(client, "kalle@kodit.test"))
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.CANCEL);
    assertThat(messagesOfCase(client, "kalle@kodit.test").get(1).bodyText())
        .as("the cancellation says why, as the chair wrote it")
        .contains("Syy / Orsak: Kokoushuone on remontissa");
    assertThat(messagesOfCase(client, "caseworker@aso.test"))
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.CANCEL);
  }

  @Test
  void takingTheClientOffTheMeetingCancelsTheirSlotsInvitations() {
    long client = world.readyClient("ASO-I-006", RELEASE, world.kodit);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));

    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.removeSlot(
              meeting, slot, world.version(meeting), "Käsitellään seuraavassa kokouksessa");
          return null;
        });

    List<OutboundMessage> toKalle = messagesOfCase(client, "kalle@kodit.test");
    assertThat(toKalle)
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.CANCEL);
    assertThat(toKalle.get(1).bodyText())
        .as("the cancellation says why the client was taken off")
        .contains("Syy / Orsak: Käsitellään seuraavassa kokouksessa");
    assertThat(onlyEvent(toKalle.get(1), "CANCEL").getUid().getValue())
        .isEqualTo(onlyEvent(toKalle.get(0), "REQUEST").getUid().getValue());
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    ((Number)
                            em.createNativeQuery(
                                    "select count(*) from invitation where case_id = "
                                        + client
                                        + " and invitee_id is null and state = 'CANCELLED'")
                                .getSingleResult())
                        .longValue()))
        .as("the invitations outlive the slot")
        .isEqualTo(2);
  }

  @Test
  void textFromUsersCannotBreakOutOfTheCalendarOrTheSubject() {
    long client = world.readyClient("ASO-I-005", RELEASE, world.kodit);
    long meeting =
        world.as(
            "chair",
            NOW,
            s ->
                s.calendar.scheduleAdHoc(
                    NINE.plus(Duration.ofDays(1)),
                    NOON.plus(Duration.ofDays(1)),
                    "Huone 3\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Hijacked; \"x\", <b>y</b>"));
    long slot = slot(meeting, client, NINE.plus(Duration.ofDays(1)));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));

    OutboundMessage m = messagesOfCase(client, "kalle@kodit.test").get(0);
    ICalendar parsed = Biweekly.parse(m.calendar().orElseThrow()).first();
    assertThat(parsed.getEvents()).hasSize(1);
    assertThat(parsed.getEvents().get(0).getLocation().getValue())
        .startsWith("Huone 3 END:VEVENT BEGIN:VEVENT SUMMARY:Hijacked")
        .doesNotContain("\n");
    assertThat(m.subject()).doesNotContain("\r", "\n");
  }

  @Test
  void remindersGoOutOnceTheWorkingDayBeforeFromEightOclock() {
    Instant monday = Instant.parse("2026-12-14T07:00:00Z");
    long client = world.readyClient("ASO-I-007", RELEASE, world.kodit);
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(monday, monday.plus(Duration.ofHours(3)), "Toimisto"));
    long slot = slot(meeting, client, monday);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));

    assertThat(reminders(Instant.parse("2026-12-11T05:30:00Z")))
        .as("Friday 7.30 Finnish time: too early")
        .isZero();
    assertThat(reminders(Instant.parse("2026-12-11T06:30:00Z")))
        .as("Friday 8.30: the case worker's and Kalle's")
        .isEqualTo(2);
    assertThat(reminders(Instant.parse("2026-12-11T12:00:00Z"))).as("once").isZero();
    assertThat(reminders(Instant.parse("2026-12-12T08:00:00Z"))).as("Saturday").isZero();

    assertThat(messagesOfCase(client, "kalle@kodit.test"))
        .extracting(OutboundMessage::kind)
        .containsExactly(MessageKind.REQUEST, MessageKind.REMINDER);
    OutboundMessage reminder = messagesOfCase(client, "kalle@kodit.test").get(1);
    assertThat(reminder.subject()).startsWith("Muistutus: ASO-kokous ma 14.12.2026 klo 9.00");
  }

  @Test
  void aContactPersonsCalendarFeedListsTheirSlotsWithoutNamesUntilConsentEnds() {
    long client = world.readyClient("ASO-I-008", RELEASE, world.te);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.tiina));
    String token = "tiinan-kalenterin-salainen-tunniste-123";
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.ContactPerson.class, world.tiina)
              .useFeedToken(TokenHash.of(token));
          return null;
        });

    String feed = feed(token).orElseThrow();
    ICalendar parsed = Biweekly.parse(feed).first();
    assertThat(parsed.getMethod().getValue()).isEqualTo("PUBLISH");
    assertThat(parsed.getEvents())
        .extracting(e -> e.getSummary().getValue())
        .contains("ASO-kokous (ASO-I-008)");
    assertThat(feed).doesNotContain("Asiakas ASO-I-008");
    assertThat(feed(token + "x")).isEmpty();

    world.as(
        "caseworker",
        NOW,
        s -> {
          s.followConsent.withdrawn(new ConsentWithdrawn(client, 1, Set.of(world.te), false, NOW));
          return null;
        });
    assertThat(Biweekly.parse(feed(token).orElseThrow()).first().getEvents())
        .noneMatch(e -> e.getSummary().getValue().contains("ASO-I-008"));
  }

  private int reminders(Instant at) {
    return Transactions.<Integer>inTransaction(
        world.emf, em -> TestServices.of(em, "system", at).reminders().writeDue());
  }

  private java.util.Optional<String> feed(String token) {
    return Transactions.<java.util.Optional<String>>inTransaction(
        world.emf, em -> TestServices.of(em, "feed", NOW).calendarFeed().feed(token));
  }

  @Test
  void theMailsLinksExpireAfterTheSlotAndSaySo() {
    long client = world.readyClient("ASO-I-020", RELEASE, world.kodit);
    long meeting = meeting();
    long slot = slot(meeting, client, NINE);
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.kalle));
    String body = messagesOfCase(client, "kalle@kodit.test").get(0).bodyText();
    String answer = tokenAfter("/answer/", body);
    String join = tokenAfter("/join/", body);
    Instant slotEnds = NINE.plus(Duration.ofMinutes(45));

    // the join link closes with the slot (plus VideoJoin's margin), the answer link a week later
    VideoJoin.Outcome lateJoin =
        at(slotEnds.plus(Duration.ofHours(3)), s -> s.videoJoin().join(join).outcome());
    Replies.LinkAnswer lateAnswer = answer(answer, slotEnds.plus(Duration.ofDays(8)));
    Replies.LinkAnswer answerInTime = answer(answer, slotEnds.plus(Duration.ofDays(6)));
    Replies.LinkAnswer joinTokenAsAnswer = answer(join, NOW);

    assertThat(lateJoin).isEqualTo(VideoJoin.Outcome.EXPIRED);
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    ((Number)
                            em.createNativeQuery(
                                    "select count(*) from audit_event where client_case_id = ?1"
                                        + " and action = 'ACCESS_DENIED'"
                                        + " and purpose = 'join link no longer valid'")
                                .setParameter(1, client)
                                .getSingleResult())
                        .longValue()))
        .as("the expired link's use is on the client's access report")
        .isEqualTo(1);
    assertThat(lateAnswer).isEqualTo(Replies.LinkAnswer.EXPIRED);
    assertThat(answerInTime).isEqualTo(Replies.LinkAnswer.SAVED);
    assertThat(joinTokenAsAnswer).isEqualTo(Replies.LinkAnswer.INVALID);
  }

  private static Replies.LinkAnswer answer(String token, Instant now) {
    return at(now, s -> s.replies().answerByLink(token, ACCEPTED));
  }

  private static String tokenAfter(String path, String text) {
    Matcher link = Pattern.compile(Pattern.quote(path) + "([0-9A-Za-z_-]+)").matcher(text);
    assertThat(link.find()).as(path).isTrue();
    return link.group(1);
  }

  private static <T> T at(Instant now, Function<TestServices, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, "invitee", now)));
  }

  private long meeting() {
    return world.as(
        "chair", NOW, s -> s.calendar.scheduleAdHoc(NINE, NOON, "Yhdyskuntaseuraamustoimisto"));
  }

  private long slot(long meeting, long client, Instant start) {
    return world.as(
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
  }

  private static VEvent onlyEvent(OutboundMessage message, String method) {
    ICalendar calendar = Biweekly.parse(message.calendar().orElseThrow()).first();
    assertThat(calendar.getMethod().getValue()).isEqualTo(method);
    assertThat(calendar.getEvents()).hasSize(1);
    return calendar.getEvents().get(0);
  }

  private long inviteeId(long slot, String email) {
    return Transactions.<Long>inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select i.id from slot_invitee i join contact_person c on c.id = i.contact_person_id where i.slot_id = ?1 and c.email = ?2")
                        .setParameter(1, slot)
                        .setParameter(2, email)
                        .getSingleResult())
                .longValue());
  }

  private List<OutboundMessage> messagesOfCase(long caseId, String email) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select m from OutboundMessage m where m.recipient = :r and m.invitation.caseId = :c order by m.id",
                    OutboundMessage.class)
                .setParameter("r", email)
                .setParameter("c", caseId)
                .getResultList());
  }

  private long count() {
    return Transactions.<Long>inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from outbound_message").getSingleResult())
                .longValue());
  }
}
