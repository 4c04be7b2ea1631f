package fi.aso.application.invitation;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.workbench.ChairUpdate;
import fi.aso.domain.Refusal;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chair keeps the time against an invitee's proposal of another: one DECLINECOUNTER per
 * invitation version however many proposals came, each proposal handled once, and only a kept
 * proposal of another time can be declined.
 */
class CounterProposalsTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("counter_proposals").withInvitations();
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void keepingTheTimeAnswersTheProposalOnceAndHandlesIt() {
    long client = world.readyClient("ASO-C-001", LocalDate.of(2027, 3, 1), world.kodit);
    long slot = world.slotOnNewMeeting(client, NINE, world.kalle).slot();
    String uid =
        text(
            "select uid from invitation where slot_id = "
                + slot
                + " and attendee_email = 'kalle@kodit.test'");

    long first = propose(uid, "<counter-1@kodit.test>");
    assertThat(counterUpdates(client)).as("the proposal waits for the chair").hasSize(1);
    as(
        "chair",
        s -> {
          s.counterProposals().keepTime(first);
          return null;
        });

    String calendar =
        text(
            "select m.calendar from outbound_message m join invitation i on i.id = m.invitation_id"
                + " where i.uid = '"
                + uid
                + "' and m.kind = 'DECLINECOUNTER'");
    assertThat(calendar)
        .contains("METHOD:DECLINECOUNTER", "UID:" + uid, "SEQUENCE:0", "DTSTART;TZID=")
        .doesNotContain("VALARM", "RSVP", "PARTSTAT", "Asiakas ASO-C-001");
    assertThat(counterUpdates(client)).as("a handled proposal leaves the chair's list").isEmpty();
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s -> {
                      s.counterProposals().keepTime(first);
                      return null;
                    }))
        .isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("counter.handled"));

    // a second proposal to the same version: handled, answered by the DECLINECOUNTER already sent
    long second = propose(uid, "<counter-2@kodit.test>");
    as(
        "chair",
        s -> {
          s.counterProposals().keepTime(second);
          return null;
        });
    assertThat(
            count(
                "select count(*) from outbound_message m join invitation i on i.id ="
                    + " m.invitation_id where i.uid = '"
                    + uid
                    + "' and m.kind = 'DECLINECOUNTER'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from inbound_reply where uid = '"
                    + uid
                    + "' and handled_by = 'chair'"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from audit_event where action = 'UPDATE'"
                    + " and object_type = 'InboundReply' and client_case_id = "
                    + client))
        .isEqualTo(2);
  }

  @Test
  void onlyAKeptProposalOfAnotherTimeCanBeDeclined() {
    long client = world.readyClient("ASO-C-002", LocalDate.of(2027, 3, 1), world.kodit);
    long slot = world.slotOnNewMeeting(client, NINE.plus(Duration.ofDays(7)), world.kalle).slot();
    String uid =
        text(
            "select uid from invitation where slot_id = "
                + slot
                + " and attendee_email = 'kalle@kodit.test'");
    // an answer from someone else is kept for the administrators, not the chair's to decline
    as(
        "inbox",
        s ->
            s.replies()
                .receive(
                    "<forwarded@elsewhere.test>",
                    ReplySender.from("someone@elsewhere.test"),
                    KallesCalendar.proposes(uid, NINE.plus(Duration.ofDays(1))),
                    "Subject: Ehdotus"));
    long foreign =
        count(
            "select id from inbound_reply where uid = '" + uid + "' and outcome = 'WRONG_SENDER'");
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s -> {
                      s.counterProposals().keepTime(foreign);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    // Kalle's own answer that proposes nothing is an answer, not a proposal to decline
    as(
        "inbox",
        s ->
            s.replies()
                .receive(
                    "<accepted@kodit.test>",
                    ReplySender.from("kalle@kodit.test"),
                    KallesCalendar.accepts(uid, NINE.plus(Duration.ofDays(7))),
                    "Subject: Hyväksytty"));
    long accepted =
        count("select id from inbound_reply where message_id = '<accepted@kodit.test>'");
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s -> {
                      s.counterProposals().keepTime(accepted);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s -> {
                      s.counterProposals().keepTime(Long.MAX_VALUE);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThat(
            count(
                "select count(*) from outbound_message m join invitation i on i.id ="
                    + " m.invitation_id where i.uid = '"
                    + uid
                    + "' and m.kind = 'DECLINECOUNTER'"))
        .as("nothing sent for any of them")
        .isZero();
  }

  /** Kalle's calendar proposes the next day instead; returns the kept reply's id. */
  private static long propose(String uid, String messageId) {
    InboundReply.Outcome outcome =
        as(
            "inbox",
            s ->
                s.replies()
                    .receive(
                        messageId,
                        ReplySender.from("kalle@kodit.test"),
                        KallesCalendar.proposes(uid, NINE.plus(Duration.ofDays(1))),
                        "Subject: Uusi aikaehdotus"));
    assertThat(outcome).isEqualTo(InboundReply.Outcome.COUNTER);
    return count(
        "select id from inbound_reply where message_id = '" + messageId.replace("'", "''") + "'");
  }

  private static java.util.List<ChairUpdate> counterUpdates(long client) {
    return world.as("chair", NOW, s -> s.chairUpdates.since(Optional.empty())).stream()
        .filter(u -> u.kind() == ChairUpdate.Kind.COUNTER && u.caseId() == client)
        .toList();
  }

  private static <T> T as(String username, Function<TestServices, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, username, NOW)));
  }

  private static String text(String sql) {
    return Transactions.inTransaction(
        world.emf, em -> (String) em.createNativeQuery(sql).getSingleResult());
  }

  private static long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
