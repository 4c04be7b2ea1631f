package fi.aso.integration.outbox;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reminder of a referral nobody answered, through the outbox routes to a real SMTP server
 * (GreenMail): it reaches the provider's contact person with the case reference, the day and their
 * own answer link, and no client name nor the service's; once the client withdraws consent for the
 * provider, a reminder already written is stopped by the disclosure gate and no new one is written.
 */
class ReferralReminderMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String KALLE = "kalle@kodit.test";
  static final Instant TWO_DAYS_BEFORE = Instant.parse("2026-12-08T08:00:00Z");
  static final Instant OVERDUE = Instant.parse("2026-12-11T08:00:00Z");
  static MeetingWorld world;
  static long flats;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("referral_reminders");
    flats =
        Transactions.inTransaction(
            world.emf,
            em -> {
              Service s =
                  new Service(
                      em.find(Region.class, world.region),
                      em.find(Organisation.class, world.kodit),
                      new ServiceDescription(
                              ServiceKind.INDEPENDENT_RENTAL,
                              "Vuokra-asunnot",
                              null,
                              null,
                              null,
                              Set.of(ReferralWay.PHONE),
                              null,
                              "013 123 4567",
                              null,
                              null,
                              null,
                              Set.of(InformationCategory.HOUSING_HISTORY_AND_WISHES))
                          .checked());
              em.persist(s);
              em.flush();
              return s.id();
            });
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void anUnansweredReferralRemindsTheProvidersContactPersonAtTheirAddressWithoutTheClientsName()
      throws Exception {
    long referral = referral("ASO-RR-001");
    OutboxNode node = OutboxNode.start(world.emf, smtp.getSmtp().getPort());
    try {
      node.dispatchDue(); // the referral's notice
      assertThat(write(TWO_DAYS_BEFORE)).isEqualTo(1);
      node.dispatchDue();
      List<MimeMessage> reminders = reminders("ASO-RR-001");
      assertThat(reminders).hasSize(1);
      MimeMessage reminder = reminders.get(0);
      assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(KALLE);
      String text = reminder.getSubject() + "\n" + plainText(reminder.getContent());
      assertThat(text)
          .contains("ASO-RR-001", "/referral-answer/" + world.kalle + "-", "Svara senast")
          .doesNotContain("Asiakas", "Vuokra-asunnot");

      // the written overdue reminder is held back once consent is withdrawn, and none is written
      assertThat(write(OVERDUE)).isEqualTo(1);
      world.withdraw(caseOf(referral), world.kodit, NOW);
      node.dispatchDue();
      assertThat(reminders("ASO-RR-001")).as("the disclosure gate stopped it").hasSize(1);
      sql(
          "delete from outbound_message where idempotency_key like 'referral:"
              + referral
              + ":due:%OVERDUE%'");
      assertThat(write(OVERDUE)).as("a withdrawn provider is not reminded").isZero();
    } finally {
      node.camel().stop();
    }
  }

  private static long referral(String reference) {
    long client = world.readyClient(reference, LocalDate.of(2027, 3, 1), world.kodit);
    long slot = world.slotOnNewMeeting(client, Instant.parse("2026-12-01T07:00:00Z")).slot();
    as(
        "chair",
        s -> {
          s.steering().addNeed(slot, ServiceKind.INDEPENDENT_RENTAL);
          return null;
        });
    return as("chair", s -> s.steering().refer(slot, flats, LocalDate.of(2026, 12, 10)));
  }

  /** Writes the reminders due at the time, to be sent now (the test's days are ahead of it). */
  private static int write(Instant at) {
    int written = as("system", at, s -> s.referralReminders().writeDue());
    sql(
        "update outbound_message set next_attempt_at = now() - interval '1 second'"
            + " where status = 'PENDING'");
    return written;
  }

  private static long caseOf(long referral) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery("select case_id from service_referral where id = ?1")
                        .setParameter(1, referral)
                        .getSingleResult())
                .longValue());
  }

  private static List<MimeMessage> reminders(String reference) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject().startsWith("Muistutus: ohjaus odottaa vastaustasi")
                    && m.getSubject().contains(reference);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The text/plain part of a mail, decoded. */
  private static String plainText(Object content) throws Exception {
    if (content instanceof String text) {
      return text;
    }
    var parts = (jakarta.mail.Multipart) content;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.getCount(); i++) {
      var part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
        text.append(plainText(part.getContent()));
      }
    }
    return text.toString();
  }

  private static <T> T as(String user, Function<TestServices, T> work) {
    return as(user, NOW, work);
  }

  private static <T> T as(String user, Instant at, Function<TestServices, T> work) {
    return Transactions.inTransaction(world.emf, em -> work.apply(TestServices.of(em, user, at)));
  }

  private static void sql(String sql) {
    Transactions.inTransaction(world.emf, em -> em.createNativeQuery(sql).executeUpdate());
  }
}
