package fi.aso.application.invitation;

import fi.aso.domain.invitation.MessageKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of an invitation mail, in Finnish with a Swedish line (partners' working languages).
 * They carry no client name or detail: the case reference, the time and place, and links into the
 * platform, where the advance information is shown only to consented invitees.
 */
final class InvitationTexts {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d.M.yyyy 'klo' H.mm", Locale.forLanguageTag("fi"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

  private InvitationTexts() {}

  static String subject(MessageKind kind, Instant start, String caseReference) {
    String when = WHEN.format(start.atZone(HELSINKI));
    return switch (kind) {
      case REQUEST -> "ASO-kokous " + when + " (" + caseReference + ")";
      case CANCEL -> "Peruttu: ASO-kokous " + when + " (" + caseReference + ")";
      case REMINDER -> "Muistutus: ASO-kokous " + when + " (" + caseReference + ")";
      case MINUTES -> "ASO-kokouksen muistio " + when;
    };
  }

  static String summary(String caseReference) {
    return "ASO-kokous (" + caseReference + ")";
  }

  static String body(
      MessageKind kind,
      Instant start,
      Instant end,
      String place,
      String caseReference,
      String infoLink,
      String joinLink,
      String acceptLink,
      String declineLink) {
    String time = WHEN.format(start.atZone(HELSINKI)) + "–" + TIME.format(end.atZone(HELSINKI));
    StringBuilder text = new StringBuilder();
    switch (kind) {
      case REQUEST ->
          text.append("Sinut on kutsuttu asiakasohjausryhmän kokoukseen.\n")
              .append("Du är inbjuden till klientstyrningsgruppens möte.\n\n");
      case CANCEL ->
          text.append("Tämä kutsu on peruttu. Kokousaika poistuu kalenteristasi.\n")
              .append("Denna inbjudan har återkallats.\n\n");
      case REMINDER ->
          text.append("Muistutus huomisesta asiakasohjausryhmän kokouksesta.\n")
              .append("Påminnelse om morgondagens möte.\n\n");
      case MINUTES ->
          text.append("Kokouksen muistio on valmis.\n")
              .append("Mötets minnesanteckningar är klara.\n\n");
    }
    text.append("Aika / Tid: ")
        .append(time)
        .append('\n')
        .append("Paikka / Plats: ")
        .append(place)
        .append('\n')
        .append("Asia / Ärende: ")
        .append(caseReference)
        .append("\n\n");
    if (kind != MessageKind.CANCEL) {
      text.append("Ennakkotiedot (kirjautuminen) / Förhandsuppgifter: ")
          .append(infoLink)
          .append('\n')
          .append("Liity videolla / Anslut via video: ")
          .append(joinLink)
          .append("\n\n")
          .append("Tulen / Jag kommer: ")
          .append(acceptLink)
          .append('\n')
          .append("En pääse / Jag kan inte komma: ")
          .append(declineLink)
          .append("\n\n");
    }
    text.append(
        "Viestissä ei ole asiakkaan henkilötietoja. / Meddelandet innehåller inga personuppgifter om klienten.\n");
    return text.toString();
  }
}
