package fi.aso.application.invitation;

import fi.aso.application.mail.MailTexts;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.MessageKind;
import java.time.Instant;

/**
 * The words of an invitation mail (from the {@link MailTexts} bundle), in Finnish with Swedish
 * beside it (partners' working languages). They carry no client name or detail: the case reference,
 * the time and place, and links into the platform, where the advance information is shown only to
 * consented invitees.
 */
final class InvitationTexts {

  private InvitationTexts() {}

  static String subject(MessageKind kind, Instant start, String caseReference) {
    // the subject is Finnish, so is its date ("ti 8.12.2026 klo 9.00")
    String when = MailTexts.finnishDates().dateTime(start);
    return MailTexts.finnish("mail.invitation.subject." + kind.name(), when, caseReference);
  }

  static String summary(String caseReference) {
    return MailTexts.finnish("mail.invitation.summary", caseReference);
  }

  /** The ORGANIZER's name in the calendar entry. */
  static String organizerName() {
    return MailTexts.finnish("mail.invitation.organizer");
  }

  /**
   * What an update changed, one line each for the time, the place and the video link ("Aika
   * muuttunut / Tiden har ändrats: ..., oli / tidigare ..."), and after a new time that the answer
   * given is asked for again; empty when nothing the invitee sees did.
   */
  static String changes(
      Invitation.Sent was, Instant start, Instant end, String place, boolean video) {
    StringBuilder text = new StringBuilder();
    boolean newTime = !was.sameTime(start, end);
    if (newTime) {
      text.append(
          MailTexts.stacked(
                  "mail.invitation.changed.time",
                  dates ->
                      new String[] {dates.span(start, end), dates.span(was.start(), was.end())})
              + "\n");
    }
    if (!Invitation.shown(was.place()).equals(Invitation.shown(place))) {
      text.append(MailTexts.stacked("mail.invitation.changed.place", place, was.place()) + "\n");
    }
    if (was.video() != video) {
      text.append(
          MailTexts.stacked("mail.invitation.changed.video." + (video ? "added" : "removed"))
              + "\n");
    }
    if (newTime) {
      text.append(MailTexts.stacked("mail.invitation.answerAgain") + "\n");
    }
    return text.toString();
  }

  /**
   * The mail's text: the join link first (mail programs and calendars show the first link most
   * prominently), then what changed, the time, place and case, the links into the platform and the
   * personal accept/decline links.
   */
  static String body(
      MessageKind kind,
      String changed,
      Instant start,
      Instant end,
      String place,
      String caseReference,
      String infoLink,
      String joinLink,
      String acceptLink,
      String declineLink) {
    return text(
        kind,
        changed,
        start,
        end,
        place,
        caseReference,
        infoLink,
        joinLink,
        acceptLink,
        declineLink);
  }

  /**
   * The calendar entry's DESCRIPTION: the mail's text without the accept/decline links, which are
   * the invitee's own and must not spread with the entry to shared and delegated calendars.
   */
  static String description(
      MessageKind kind,
      String changed,
      Instant start,
      Instant end,
      String place,
      String caseReference,
      String infoLink,
      String joinLink) {
    return text(kind, changed, start, end, place, caseReference, infoLink, joinLink, null, null);
  }

  /** The join link's label (a CONFERENCE property's LABEL; calendar fields are Finnish). */
  static String joinLabel() {
    return MailTexts.finnish("mail.label.join");
  }

  private static String text(
      MessageKind kind,
      String changed,
      Instant start,
      Instant end,
      String place,
      String caseReference,
      String infoLink,
      String joinLink,
      String acceptLink,
      String declineLink) {
    boolean cancel = kind == MessageKind.CANCEL;
    StringBuilder text =
        new StringBuilder(MailTexts.stacked("mail.invitation.intro." + kind.name())).append("\n\n");
    if (!cancel) {
      text.append(MailTexts.line("mail.label.join", joinLink)).append('\n');
    }
    text.append(changed.isEmpty() ? "" : changed + "\n")
        .append(MailTexts.line("mail.label.time", dates -> dates.span(start, end)))
        .append(MailTexts.line("mail.label.place", place))
        .append(MailTexts.line("mail.label.case", caseReference))
        .append('\n');
    if (!cancel) {
      text.append(MailTexts.line("mail.label.info", infoLink)).append('\n');
      if (acceptLink != null) {
        text.append(MailTexts.line("mail.label.accept", acceptLink))
            .append(MailTexts.line("mail.label.decline", declineLink))
            .append('\n');
      }
    }
    return text.append(MailTexts.noPersonalData()).toString();
  }
}
