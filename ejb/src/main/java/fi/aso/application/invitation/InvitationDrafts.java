package fi.aso.application.invitation;

import fi.aso.application.mail.MailTexts;
import fi.aso.domain.invitation.MessageKind;
import java.time.Instant;

/**
 * What an invitation will say before it is sent: the same subject and text the outbox writes (see
 * {@link InvitationMessages}), with the recipient's own links (join, answer) shown as words, since
 * they are made per recipient only when the message is written.
 */
public final class InvitationDrafts {

  /** An invitation's subject and text as its recipients will read them. */
  public record Draft(String subject, String body) {}

  private InvitationDrafts() {}

  public static Draft request(Instant start, Instant end, String place, String caseReference) {
    String personal = MailTexts.both("mail.invitation.preview.personalLink");
    return new Draft(
        InvitationTexts.subject(MessageKind.REQUEST, start, caseReference),
        InvitationTexts.body(
            MessageKind.REQUEST,
            "",
            start,
            end,
            place,
            caseReference,
            personal,
            personal,
            personal,
            personal));
  }
}
