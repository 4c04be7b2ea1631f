package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.invitation.IcsInvitations;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The fuzz test's rendering checks, without a server: they see what they are meant to see. */
class RenderingsTest {

  private static final String ESCAPED =
      Mutations.HOSTILE
          .replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");

  @Test
  void anEscapedPageIsFineAndARawOrEvaluatedOneIsNot() {
    assertThat(Renderings.html("<p>" + ESCAPED + "</p>"))
        .satisfies(
            s -> {
              assertThat(s.shown()).isTrue();
              assertThat(s.problems()).isEmpty();
            });
    assertThat(Renderings.html("<p>" + Mutations.HOSTILE + "</p>").problems())
        .anyMatch(p -> p.startsWith("unescaped <script>"))
        .anyMatch(p -> p.startsWith("unescaped <img"));
    assertThat(Renderings.html("<p>{{7*7}}4949 Fuzz &lt;script&gt;alert(1)</p>").problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("template syntax evaluated"));
    assertThat(Renderings.html("<p>nothing here</p>").shown()).isFalse();
  }

  @Test
  void thePlatformsInvitationWithHostileTextPassesAndAnInjectedOneDoesNot() {
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    String ics =
        IcsInvitations.write(
            new IcsInvitations.Event(
                "uid-1@aso",
                0,
                false,
                start,
                start.plus(1, ChronoUnit.HOURS),
                "ASO",
                Mutations.HOSTILE,
                Mutations.HOSTILE,
                "https://aso.example/cases/case.xhtml?id=1",
                "https://aso.example/join/x",
                Mutations.HOSTILE,
                "aso@example.test",
                "ASO",
                "kalle@example.test",
                Mutations.HOSTILE,
                Instant.now()));
    Renderings.Seen seen = Renderings.ics(ics, 1, "kalle@example.test");
    assertThat(seen.problems()).isEmpty();
    assertThat(seen.shown()).isTrue();

    String injected =
        ics.replaceFirst(
            // the whole LOCATION property, its folded continuation lines too
            "LOCATION:[^\r]*\r\n( [^\r]*\r\n)*",
            "LOCATION:Fuzz\r\nATTENDEE:mailto:evil@x\r\nEND:VEVENT\r\n");
    assertThat(Renderings.ics(injected, 1, "kalle@example.test").problems())
        .anyMatch(p -> p.startsWith("an injected line"))
        .anyMatch(p -> p.contains("END:VEVENT"));
    assertThat(Renderings.ics(ics.replace("\r\n ", ""), 1, "kalle@example.test").problems())
        .as("unfolded lines")
        .anyMatch(p -> p.contains("longer than 75 octets"));
  }

  @Test
  void aPdfWithTheTextIsFineAndOneWithJavaScriptIsNot() {
    Renderings.Seen plain = Renderings.pdf(ScanFiles.pdf("Fuzz " + Mutations.SCRIPT));
    assertThat(plain.problems()).isEmpty();
    assertThat(plain.shown()).isTrue();
    assertThat(Renderings.pdf(ScanFiles.pdfWithJavaScript()).problems())
        .anyMatch(p -> p.contains("/JavaScript"));
  }

  @Test
  void aMailWithAnInjectedBccIsSeen() throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("aso@example.test"));
    mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("kalle@example.test"));
    mail.setSubject("Kutsu");
    mail.setText("hei");
    mail.saveChanges();
    assertThat(Renderings.mail(mail, "kalle@example.test").problems()).isEmpty();
    mail.addRecipient(MimeMessage.RecipientType.BCC, new InternetAddress("evil@x"));
    mail.saveChanges();
    assertThat(Renderings.mail(mail, "kalle@example.test").problems())
        .anyMatch(p -> p.startsWith("recipients are"))
        .anyMatch(p -> p.startsWith("a Bcc header"));
  }
}
