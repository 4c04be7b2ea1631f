package fi.aso.application.invitation;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.NotFound;
import fi.aso.application.meeting.BusyTimes;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two regions on one platform: a chair cannot enter busy times for the other region's people, and a
 * kept calendar reply is seen and opened only by the administrators of the region whose invitation
 * it answers, the reading audited against that client's case.
 */
class RegionBoundaryTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");

  static MeetingWorld world;
  static long kuopioContact;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("regions").withInvitations();
    kuopioContact =
        Transactions.inTransaction(
            world.emf,
            em -> {
              Region kuopio = new Region("kuopio", "Kuopion ASO-ryhmä", "Europe/Helsinki");
              em.persist(kuopio);
              Organisation kodit =
                  new Organisation(
                      "Kuopion Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, kuopio);
              em.persist(kodit);
              ContactPerson olli =
                  new ContactPerson(kodit, "Olli Kuopio", "olli@kuopio.test", null);
              em.persist(olli);
              StaffUser admin =
                  new StaffUser("kuopio-admin", "Kuopion ylläpito", Set.of(Role.ADMIN));
              admin.placeIn(kuopio, null);
              em.persist(admin);
              em.flush();
              return olli.id();
            });
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aChairCannotEnterBusyTimesForAnotherRegionsPeople() {
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s ->
                        s.busyTimeEntries()
                            .add(
                                BusyTimes.Whose.CONTACT,
                                kuopioContact,
                                NINE,
                                NINE.plus(Duration.ofHours(1)),
                                "vieras")))
        .isInstanceOf(NotFound.class);
    assertThat(count("select count(*) from busy_time")).isZero();
  }

  @Test
  void aKeptReplyIsForTheAdministratorsOfItsRegionAndReadingItIsOnTheClientsAccessReport() {
    long client = world.readyClient("ASO-R-001", LocalDate.of(2027, 3, 1), world.kodit);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    long meeting = planned.meeting();
    long slot = planned.slot();
    String uid =
        Transactions.inTransaction(
            world.emf,
            em ->
                (String)
                    em.createNativeQuery(
                            "select uid from invitation where slot_id = ?1 and attendee_email = ?2")
                        .setParameter(1, slot)
                        .setParameter(2, "kalle@kodit.test")
                        .getSingleResult());

    // a forwarded invitation answered by someone else: kept for a human, with the client's case
    InboundReply.Outcome outcome =
        as(
            "inbox",
            s ->
                s.replies()
                    .receive(
                        "<forwarded@elsewhere.test>",
                        ReplySender.from("someone@elsewhere.test"),
                        KallesCalendar.accepts(uid, NINE),
                        "Subject: Vastaus\r\n\r\nAsiakkaan asiasta jotain"));
    assertThat(outcome).isEqualTo(InboundReply.Outcome.WRONG_SENDER);

    assertThat(kept("admin")).extracting(Replies.KeptReply::uid).contains(uid);
    assertThat(kept("kuopio-admin")).extracting(Replies.KeptReply::uid).doesNotContain(uid);
    long kept =
        kept("admin").stream().filter(r -> uid.equals(r.uid())).findFirst().orElseThrow().id();
    assertThatThrownBy(() -> as("kuopio-admin", s -> s.replies().open(kept)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                as(
                    "kuopio-admin",
                    s -> {
                      s.replies().markHandled(kept, "kuopio-admin");
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> as("chair", s -> s.replies().open(kept)))
        .isInstanceOf(NotPermitted.class);

    assertThat(RegionBoundaryTest.<String>as("admin", s -> s.replies().open(kept)))
        .contains("Asiakkaan asiasta");
    assertThat(
            count(
                "select count(*) from audit_event where action = 'READ'"
                    + " and object_type = 'InboundReply' and client_case_id = "
                    + client))
        .isEqualTo(1);
  }

  @Test
  void aFailedDeliveryIsForTheAdministratorsOfItsRegionOnly() {
    long client = world.readyClient("ASO-R-002", LocalDate.of(2027, 3, 1), world.kodit);
    long slot = world.slotOnNewMeeting(client, NINE.plus(Duration.ofDays(7)), world.kalle).slot();
    long message =
        count(
            "select m.id from outbound_message m join invitation i on i.id = m.invitation_id"
                + " where i.slot_id = "
                + slot
                + " and m.recipient = 'kalle@kodit.test'");
    Transactions.inTransaction(
        world.emf,
        em -> {
          TestServices.of(em, "outbox", NOW).outbox().failed(message, "test outage");
          return null;
        });

    assertThat(troubled("admin")).contains(message);
    assertThat(troubled("kuopio-admin")).doesNotContain(message);
    assertThatThrownBy(() -> as("kuopio-admin", s -> s.outbox().retry(message)))
        .isInstanceOf(NotFound.class);
    assertThat(count("select attempts from outbound_message where id = " + message)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit_event where object_type = 'OutboundMessage'"
                    + " and object_id = '"
                    + message
                    + "' and actor = 'kuopio-admin'"))
        .isZero();

    as("admin", s -> s.outbox().retry(message));
    assertThat(count("select attempts from outbound_message where id = " + message)).isZero();
  }

  private static List<Long> troubled(String admin) {
    return as(admin, s -> s.outbox().troubled().stream().map(OutboxEntry::id).toList());
  }

  private static List<Replies.KeptReply> kept(String admin) {
    return as(admin, s -> s.replies().unhandled());
  }

  private static <T> T as(String username, Function<TestServices, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, username, NOW)));
  }

  private static long count(String sql) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
