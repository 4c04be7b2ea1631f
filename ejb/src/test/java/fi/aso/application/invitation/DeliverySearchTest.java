package fi.aso.application.invitation;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.region.Region;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding a message in the outbox on a real PostgreSQL: the region's (and those of no region), by
 * state, recipient organisation and the days they were written, newest first, a page at a time.
 */
class DeliverySearchTest {

  static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");
  static MeetingWorld world;

  /**
   * Thirty of the region's messages, one a day from 1.11.: by turns dead, failing, sent, superseded
   * and waiting; to Kodit on even days, Siun sote on odd. One of another region, one of none.
   */
  @BeforeAll
  static void world() {
    world = new MeetingWorld("delivery_search");
    Transactions.inTransaction(
        world.emf,
        em -> {
          Region other = new Region("kuopio", "Kuopio", "Europe/Helsinki");
          em.persist(other);
          for (int i = 0; i < 30; i++) {
            OutboundMessage m =
                message("r" + i, FIRST.plus(Duration.ofDays(i))).inRegion(world.region);
            switch (i % 5) {
              case 0 -> {
                for (int attempt = 0; attempt < OutboundMessage.MAX_ATTEMPTS; attempt++) {
                  m.failed("down", NOW);
                }
              }
              case 1 -> m.failed("down", NOW);
              case 2 -> m.delivered(NOW);
              case 3 -> m.supersede(SupersededReason.CONSENT_WITHDRAWN);
              default -> {}
            }
            em.persist(m);
            em.flush();
            em.createNativeQuery(
                    "update outbound_message set organisation_id = "
                        + (i % 2 == 0 ? world.kodit : world.sote)
                        + " where id = "
                        + m.id())
                .executeUpdate();
          }
          em.persist(message("other", FIRST).inRegion(other.id()));
          em.persist(message("none", FIRST.minus(Duration.ofDays(1))));
          return null;
        });
  }

  private static OutboundMessage message(String key, Instant at) {
    return new OutboundMessage(
        null,
        MessageKind.REQUEST,
        DeliveryChannel.EMAIL,
        key + "@example.test",
        "Kutsu",
        "Kutsu",
        null,
        null,
        "search-" + key,
        "aso.test",
        at);
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void everyMessageOfTheRegionNewestFirstAPageAtATime() {
    Page<OutboxEntry> first = search(null, null, null, null, 0, 25);
    assertThat(first.total()).as("30 of the region's and the one of no region").isEqualTo(31);
    assertThat(first.entries()).hasSize(25);
    assertThat(first.entries().get(0).recipient()).isEqualTo("r29@example.test");
    assertThat(first.entries().get(0).createdAt()).isEqualTo(FIRST.plus(Duration.ofDays(29)));
    Page<OutboxEntry> second = search(null, null, null, null, 25, 25);
    assertThat(second.entries())
        .extracting(OutboxEntry::recipient)
        .containsExactly(
            "r4@example.test",
            "r3@example.test",
            "r2@example.test",
            "r1@example.test",
            "r0@example.test",
            "none@example.test");
    assertThat(search(null, null, null, "oldest", 0, 1).entries())
        .extracting(OutboxEntry::recipient)
        .containsExactly("none@example.test");
  }

  @Test
  void byStateOrganisationAndPeriod() {
    assertThat(search(DeliveryFilter.DEAD, null, null, null, 0, 50).entries())
        .extracting(OutboxEntry::recipient)
        .containsExactly(
            "r25@example.test",
            "r20@example.test",
            "r15@example.test",
            "r10@example.test",
            "r5@example.test",
            "r0@example.test");
    assertThat(search(DeliveryFilter.FAILING, null, null, null, 0, 50).entries())
        .allSatisfy(
            e -> {
              assertThat(e.status()).isEqualTo(DeliveryStatus.PENDING);
              assertThat(e.attempts()).isEqualTo(1);
            })
        .hasSize(6);
    assertThat(search(DeliveryFilter.WAITING, null, null, null, 0, 50).total())
        .as("six never tried, and the one of no region")
        .isEqualTo(7);
    assertThat(search(DeliveryFilter.ATTENTION, null, null, null, 0, 50).total()).isEqualTo(18);
    assertThat(search(DeliveryFilter.SENT, world.kodit, null, null, 0, 50).entries())
        .extracting(OutboxEntry::recipient)
        .containsExactly("r22@example.test", "r12@example.test", "r2@example.test");
    assertThat(search(DeliveryFilter.SENT, world.kodit, null, null, 0, 50).entries())
        .allSatisfy(e -> assertThat(e.organisationId()).isEqualTo(world.kodit));
    assertThat(
            search(
                    null,
                    null,
                    new DateRange(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4)),
                    null,
                    0,
                    50)
                .entries())
        .extracting(OutboxEntry::recipient)
        .containsExactly("r3@example.test", "r2@example.test");
  }

  @Test
  void anErrorIsShownInWordsWithoutTheJavaClassItCameAs() {
    assertThat(OutboxEntry.inWords("IllegalStateException: no secure-mail relay is configured"))
        .isEqualTo("no secure-mail relay is configured");
    assertThat(OutboxEntry.inWords("jakarta.mail.MessagingException: test outage"))
        .isEqualTo("test outage");
    assertThat(OutboxEntry.inWords("connection refused")).isEqualTo("connection refused");
    assertThat(search(DeliveryFilter.FAILING, null, null, null, 0, 1).entries().get(0).lastError())
        .isEqualTo("down");
  }

  @Test
  void administratorsOnly() {
    assertThatThrownBy(
            () ->
                as(
                    "chair",
                    s ->
                        s.search(new DeliveryQuery(null, null, null, null, new PageRequest(0, 5)))))
        .isInstanceOf(NotPermitted.class);
    assertThat(as("admin", DeliverySearch::organisations))
        .extracting(c -> c.name())
        .contains("Joensuun Kodit", "Siun sote");
  }

  private static Page<OutboxEntry> search(
      DeliveryFilter status,
      Long organisation,
      DateRange period,
      String sort,
      int offset,
      int limit) {
    return as(
        "admin",
        s ->
            s.search(
                new DeliveryQuery(
                    status, organisation, period, sort, new PageRequest(offset, limit))));
  }

  private static <T> T as(String user, Function<DeliverySearch, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, user, NOW).deliverySearch()));
  }
}
