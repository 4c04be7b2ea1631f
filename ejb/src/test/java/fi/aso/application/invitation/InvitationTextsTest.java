package fi.aso.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.testing.ForeignWords;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mail's words come from the bundle and read exactly as they did when written in Java. */
class InvitationTextsTest {

  private static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");

  @Test
  void anInvitationSaysEverythingInFinnishAndSwedish() {
    assertThat(InvitationTexts.subject(MessageKind.REQUEST, NINE, "ASO-1"))
        .isEqualTo("ASO-kokous ti 8.12.2026 klo 9.00 (ASO-1)");
    assertThat(body(MessageKind.REQUEST))
        .isEqualTo(
            """
            Sinut on kutsuttu asiakasohjausryhmän kokoukseen.
            Du är inbjuden till klientstyrningsgruppens möte.

            Liity videolla / Anslut via video: J

            Aika / Tid: ti 8.12.2026 klo 9.00–9.45 / tis 8.12.2026 kl. 9.00–9.45
            Paikka / Plats: Huone 2
            Asia / Ärende: ASO-1

            Ennakkotiedot (kirjautuminen) / Förhandsuppgifter: I

            Tulen / Jag kommer: A
            En pääse / Jag kan inte komma: D

            Viestissä ei ole asiakkaan henkilötietoja. / Meddelandet innehåller inga personuppgifter om klienten.
            """);
  }

  @Test
  void aCancellationHasNoLinks() {
    assertThat(InvitationTexts.subject(MessageKind.CANCEL, NINE, "ASO-1"))
        .isEqualTo("Peruttu: ASO-kokous ti 8.12.2026 klo 9.00 (ASO-1)");
    assertThat(body(MessageKind.CANCEL))
        .isEqualTo(
            """
            Tämä kutsu on peruttu. Kokousaika poistuu kalenteristasi.
            Denna inbjudan har återkallats.

            Aika / Tid: ti 8.12.2026 klo 9.00–9.45 / tis 8.12.2026 kl. 9.00–9.45
            Paikka / Plats: Huone 2
            Asia / Ärende: ASO-1

            Viestissä ei ole asiakkaan henkilötietoja. / Meddelandet innehåller inga personuppgifter om klienten.
            """);
  }

  @Test
  void everyKindHasASubjectAndAnOpening() {
    for (MessageKind kind : MessageKind.values()) {
      assertThat(InvitationTexts.subject(kind, NINE, "ASO-1")).as(kind.name()).contains("ASO");
      assertThat(body(kind)).as(kind.name()).contains("Asia / Ärende: ASO-1");
    }
  }

  /**
   * Each language writes its own dates, and no mail of any kind holds an English word or a constant
   * of the code (a mail is Finnish and Swedish in one, so words both languages have are allowed).
   */
  @Test
  void everyKindIsFinnishAndSwedishOnly() {
    for (MessageKind kind : MessageKind.values()) {
      String changed =
          InvitationTexts.changes(
              new Invitation.Sent(NINE.minusSeconds(3600), NINE, "Huone 1", false),
              NINE,
              NINE.plusSeconds(2700),
              "Huone 2",
              true);
      String mail =
          InvitationTexts.subject(kind, NINE, "ASO-1")
              + "\n"
              + InvitationTexts.body(
                  kind,
                  changed,
                  NINE,
                  NINE.plusSeconds(2700),
                  "Huone 2",
                  "ASO-1",
                  "I",
                  "J",
                  "A",
                  "D");
      assertThat(ForeignWords.in(mail, "sv")).as(kind.name()).isEmpty();
      assertThat(changed)
          .contains(
              "Aika muuttunut: ti 8.12.2026 klo 9.00–9.45 (oli ti 8.12.2026 klo 8.00–9.00)",
              "Tiden har ändrats: tis 8.12.2026 kl. 9.00–9.45 (tidigare tis 8.12.2026 kl. 8.00–9.00)",
              "Paikka muuttunut: Huone 2 (oli Huone 1)",
              "Kokoukseen voi nyt osallistua videolla",
              "Vastaa uudelleen: aiempi vastauksesi koski vanhaa aikaa.",
              "Svara på nytt: ditt tidigare svar gällde den gamla tiden.");
    }
  }

  /** A new place or video link says so, but asks for no new answer: only a new time does. */
  @Test
  void onlyANewTimeAsksForANewAnswer() {
    String placeOnly =
        InvitationTexts.changes(
            new Invitation.Sent(NINE, NINE.plusSeconds(2700), "Huone 1", true),
            NINE,
            NINE.plusSeconds(2700),
            " Huone  2",
            false);
    assertThat(placeOnly)
        .contains(
            "Paikka muuttunut", "Platsen har ändrats", "Kokouksessa ei ole enää videoyhteyttä")
        .doesNotContain("Aika muuttunut", "Vastaa uudelleen");
    assertThat(
            InvitationTexts.changes(
                new Invitation.Sent(NINE, NINE.plusSeconds(2700), "Huone 1", true),
                NINE,
                NINE.plusSeconds(2700),
                " Huone \n 1 ",
                true))
        .as("spacing is not a new place")
        .isEmpty();
  }

  private static String body(MessageKind kind) {
    return InvitationTexts.body(
        kind, "", NINE, NINE.plusSeconds(2700), "Huone 2", "ASO-1", "I", "J", "A", "D");
  }
}
