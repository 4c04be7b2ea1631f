package fi.aso.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.invitation.Delivery;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.integration.mail.MailSettings;
import fi.aso.testing.InvitationMails;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The invitation mail's headers and parts, and the shared check every invitation test applies to
 * the mails it reads: it passes the platform's mail and fails one that lacks any part of it.
 */
class InvitationMailTest {

  private static final String JOIN = "https://aso.test/join/t1";

  @Test
  void anInvitationComesFromItsOrganizerAndPassesTheSharedCheck() throws Exception {
    MimeMessage mail = sent(InvitationMail.of(delivery(calendar(), body()), settings()));

    assertThat(InvitationMails.problems(mail)).isEmpty();
    assertThat(mail.getFrom()[0].toString()).contains("aso@aso.test");
    assertThat(mail.getHeader("Sender")).isNull();
    // a demo invitation to read as raw text (target/demo-invitation.eml)
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.writeTo(raw);
    Files.write(Path.of("target", "demo-invitation.eml"), raw.toByteArray());
  }

  @Test
  void aDeploymentsSenderIsTheSenderHeaderAndFromStaysTheOrganizer() throws Exception {
    MimeMessage mail =
        sent(
            InvitationMail.of(
                delivery(calendar(), body()),
                settings().withOrganizer("aso@aso.test", "relay-only@aso.test")));

    assertThat(mail.getHeader("Sender", null)).isEqualTo("relay-only@aso.test");
    assertThat(InvitationMails.problems(mail)).isEmpty();
  }

  @Test
  void theSharedCheckFailsAMailThatLacksAnyOfIt() throws Exception {
    MimeMessage noAutoSubmitted = sent(InvitationMail.of(delivery(calendar(), body()), settings()));
    noAutoSubmitted.removeHeader("Auto-Submitted");
    assertThat(InvitationMails.problems(noAutoSubmitted))
        .anyMatch(p -> p.contains("Auto-Submitted"));

    MimeMessage otherFrom = sent(InvitationMail.of(delivery(calendar(), body()), settings()));
    otherFrom.setFrom("aso-noreply@aso.test");
    assertThat(InvitationMails.problems(otherFrom)).anyMatch(p -> p.startsWith("From is"));

    String withAnswerLink =
        calendar().replace("DESCRIPTION:", "DESCRIPTION:https://aso.test/answer/x ");
    assertThat(
            InvitationMails.problems(
                sent(InvitationMail.of(delivery(withAnswerLink, body()), settings()))))
        .anyMatch(p -> p.contains("accept/decline"));

    String noConference = calendar().replaceAll("CONFERENCE[^\r]*\r\n( [^\r]*\r\n)*", "");
    assertThat(
            InvitationMails.problems(
                sent(InvitationMail.of(delivery(noConference, body()), settings()))))
        .anyMatch(p -> p.contains("no CONFERENCE"));

    String longLine = calendar().replace("SUMMARY:", "SUMMARY:" + "x".repeat(80));
    assertThat(
            InvitationMails.problems(
                sent(InvitationMail.of(delivery(longLine, body()), settings()))))
        .anyMatch(p -> p.contains("75 octets"));
  }

  private static MailSettings settings() {
    return new MailSettings("127.0.0.1", 25, "aso-noreply@aso.test")
        .withOrganizer("aso@aso.test", null);
  }

  private static String body() {
    return "Sinut on kutsuttu <kokoukseen> & \"muuta\".\n\nLiity videolla / Anslut via video: "
        + JOIN
        + "\n\nTulen / Jag kommer: https://aso.test/answer/a?a=ACCEPTED\n";
  }

  /** A REQUEST as the platform writes it, through the real calendar writer. */
  private static String calendar() {
    java.time.Instant start = java.time.Instant.parse("2027-06-05T06:00:00Z");
    return fi.aso.application.invitation.IcsInvitations.write(
        new fi.aso.application.invitation.IcsInvitations.Event(
            "uid-1@aso.test",
            0,
            false,
            start,
            start.plusSeconds(2700),
            "ASO-kokous (ASO-2027-1)",
            "Neuvotteluhuone",
            "Liity videolla / Anslut via video: " + JOIN + "\n",
            "https://aso.test/cases/case.xhtml?id=1",
            JOIN,
            "Liity videolla",
            "aso@aso.test",
            "ASO-ryhmän puheenjohtaja",
            "kalle@kodit.test",
            "Kalle Kumppani",
            start));
  }

  private static Delivery delivery(String calendar, String body) {
    return new Delivery(
        1,
        "<m1@aso.test>",
        "uid-1@aso.test:0:REQUEST",
        MessageKind.REQUEST,
        DeliveryChannel.EMAIL,
        "kalle@kodit.test",
        "ASO-kokous la 5.6.2027 klo 9.00 (ASO-2027-1)",
        body,
        calendar,
        null,
        null,
        null,
        null);
  }

  /** The mail as a mail server would hand it on: written out and read back. */
  private static MimeMessage sent(MimeMessage mail) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mail.writeTo(out);
    return new MimeMessage(
        Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
  }
}
