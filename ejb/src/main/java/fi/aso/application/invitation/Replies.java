package fi.aso.application.invitation;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.links.SignedTokens;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.domain.meeting.InvitationAnswer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Answers coming back: iCalendar METHOD:REPLY mails from the inbox, and the accept/decline links of
 * the invitation mail. A reply is applied to the invitation with its UID when its attendee is the
 * invited address, it answers the current version (SEQUENCE) and the mail was sent from that same
 * address (From, and Sender where present; see {@link ReplySender}); ORGANIZER is not needed
 * (Outlook.com leaves it out). A reply to an earlier version counts while the time it answered is
 * still the time (only the place or the video link changed since). A counter-proposal
 * (METHOD:COUNTER) never moves the meeting and a delegation never invites the delegate: both are
 * kept for the chair to decide, and the invitee's answer stays as it was. Anything else is kept,
 * sealed, for a human to read with the reason in words, never dropped. The same mail read twice is
 * applied once.
 */
@Stateless
public class Replies {

  /** Larger replies are not calendar answers. */
  static final int MAX_CHARS = 200_000;

  @Inject InvitationRepository invitations;

  @Inject DataProtection protection;
  @Inject AuditTrail audit;
  @Inject AnswerLinks answerLinks;
  @Inject AdminOnly admin;

  Clock clock = Clock.systemUTC();

  public Replies() {}

  /** For tests outside the container. */
  public Replies(
      InvitationRepository invitations,
      DataProtection protection,
      AuditTrail audit,
      AnswerLinks answerLinks,
      AdminOnly admin,
      Clock clock) {
    this.admin = admin;
    this.invitations = invitations;
    this.protection = protection;
    this.audit = audit;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  /**
   * A mail from the inbox: its Message-ID, who sent it (From and Sender), the text of its calendar
   * part (null if it had none) and the whole mail as text (kept sealed if it cannot be applied).
   */
  public InboundReply.Outcome receive(
      String messageId, ReplySender sender, String calendarText, String rawMail) {
    if (messageId != null && invitations.replyReceived(messageId)) {
      return InboundReply.Outcome
          .APPLIED; // read before (the inbox was not marked in time): nothing more to do
    }
    String from = sender.shown();
    if (calendarText == null || calendarText.length() > MAX_CHARS) {
      return keep(
          messageId,
          from,
          null,
          null,
          InboundReply.Outcome.UNPARSEABLE,
          calendarText == null ? "no calendar part" : "calendar part too large",
          rawMail);
    }
    Optional<Reply> reply = parse(calendarText);
    if (reply.isEmpty()) {
      return keep(
          messageId,
          from,
          null,
          null,
          InboundReply.Outcome.UNPARSEABLE,
          "no readable METHOD:REPLY or COUNTER with one attendee and an answer",
          rawMail);
    }
    Reply r = reply.get();
    Optional<Invitation> invitation = invitations.withUid(r.uid());
    Optional<String> unmatched =
        invitation.isEmpty()
            ? Optional.of("no invitation with this UID")
            : whyUnmatched(invitation.get(), r);
    if (unmatched.isPresent()) {
      return keep(
          messageId,
          from,
          r.uid(),
          r.answerName(),
          InboundReply.Outcome.UNMATCHED,
          unmatched.get(),
          rawMail);
    }
    Optional<String> foreign = sender.whyNotFrom(invitation.get().attendeeEmail());
    if (foreign.isPresent()) {
      return keep(
          messageId,
          from,
          r.uid(),
          r.answerName(),
          InboundReply.Outcome.WRONG_SENDER,
          foreign.get(),
          rawMail);
    }
    if (r.kind() != Reply.Kind.ANSWER) {
      // the chair's to decide: the invitation and the answer stay as they are
      return keep(
          messageId,
          from,
          r.uid(),
          r.answerName(),
          r.kind() == Reply.Kind.COUNTER
              ? InboundReply.Outcome.COUNTER
              : InboundReply.Outcome.DELEGATED,
          r.kind() == Reply.Kind.COUNTER
              ? "proposes another time; the meeting is not moved: the chair decides"
              : "handed to someone else, who is not invited by it: the chair decides",
          rawMail);
    }
    apply(invitation.get(), r.answer(), "calendar reply");
    invitations.storeReply(
        new InboundReply(
            messageId,
            from,
            r.uid(),
            r.answer().name(),
            InboundReply.Outcome.APPLIED,
            null,
            null,
            clock.instant()));
    return InboundReply.Outcome.APPLIED;
  }

  /** Why a reply does not answer this invitation as it is now, in words. */
  private static Optional<String> whyUnmatched(Invitation invitation, Reply reply) {
    if (!invitation.attendeeEmail().equalsIgnoreCase(reply.attendee())) {
      return Optional.of("the attendee is not the invited address");
    }
    if (!invitation.answeredBy(reply.sequence())) {
      return Optional.of(
          reply.sequence() < invitation.sequence()
              ? "answers an earlier time than the current one"
              : "answers a version that was never sent");
    }
    if (!invitation.isActive() || invitation.invitee().isEmpty()) {
      return Optional.of("the invitation was cancelled");
    }
    return Optional.empty();
  }

  /** What became of an answer given by link. */
  public enum LinkAnswer {
    SAVED,
    /** A genuine link past its expiry: nothing saved. */
    EXPIRED,
    /** An unknown or altered link, a cancelled invitation, or no answer chosen: nothing saved. */
    INVALID
  }

  /** Whether an answer link is genuine but past its time (said at once, before any button). */
  public boolean linkExpired(String token) {
    return answerLinks.check(token).status() == SignedTokens.Status.EXPIRED;
  }

  /** An accept/decline link from the invitation mail (confirmed with a button, not a bare GET). */
  public LinkAnswer answerByLink(String token, InvitationAnswer answer) {
    if (answer == null || answer == InvitationAnswer.NEEDS_ACTION) {
      return LinkAnswer.INVALID;
    }
    SignedTokens.Verified verified = answerLinks.check(token);
    if (verified.status() == SignedTokens.Status.EXPIRED) {
      return LinkAnswer.EXPIRED;
    }
    Optional<Invitation> invitation =
        verified.isValid() ? invitations.find(verified.id()) : Optional.empty();
    if (invitation.isEmpty()
        || !invitation.get().isActive()
        || invitation.get().invitee().isEmpty()) {
      return LinkAnswer.INVALID;
    }
    apply(invitation.get(), answer, "answer link");
    return LinkAnswer.SAVED;
  }

  /** A kept reply as the administrator's list shows it (its text only when opened). */
  public record KeptReply(
      long id,
      Instant receivedAt,
      String from,
      String uid,
      String answer,
      InboundReply.Outcome outcome,
      String reason) {}

  /**
   * The replies a human should read, oldest first: those answering an invitation of the
   * administrator's region, and those that answer no invitation at all (they cannot be placed in a
   * region; they are shown to the administrators of every region).
   */
  public List<KeptReply> unhandled() {
    long region = admin.regionId();
    return invitations.unhandledReplies(200).stream()
        .filter(r -> visibleIn(r, region))
        .map(
            r ->
                new KeptReply(
                    r.id(),
                    r.receivedAt(),
                    r.fromAddress().orElse(null),
                    r.uid().orElse(null),
                    r.answer().orElse(null),
                    r.outcome(),
                    r.reason().orElse(null)))
        .toList();
  }

  /**
   * The kept mail, opened for an administrator of its region. Audited, and against the client's
   * case when it answers an invitation: a partner may have written anything about the client.
   */
  public String open(long replyId) {
    long region = admin.regionId();
    InboundReply reply = invitations.findReply(replyId).orElse(null);
    if (reply == null || reply.sealedRaw().isEmpty() || !visibleIn(reply, region)) {
      throw new NotFound();
    }
    AuditRecord read =
        AuditRecord.success(
            AuditAction.READ, "InboundReply", String.valueOf(replyId), "kept reply opened");
    audit.record(caseAndRegion(reply).map(cr -> read.aboutClientCase(cr[0])).orElse(read));
    return new String(protection.open(reply.sealedRaw().get()), StandardCharsets.UTF_8);
  }

  public void markHandled(long replyId, String by) {
    long region = admin.regionId();
    InboundReply reply = invitations.findReply(replyId).orElse(null);
    if (reply == null || !visibleIn(reply, region)) {
      throw new NotFound();
    }
    reply.handled(by, clock.instant());
  }

  private Optional<long[]> caseAndRegion(InboundReply reply) {
    return reply.uid().flatMap(invitations::caseAndRegionOfUid);
  }

  private boolean visibleIn(InboundReply reply, long region) {
    return caseAndRegion(reply).map(cr -> cr[1] == region).orElse(true);
  }

  private void apply(Invitation invitation, InvitationAnswer answer, String how) {
    invitation.invitee().orElseThrow().answer(answer, clock.instant());
    audit.recordAs(
        "invitee",
        AuditRecord.success(
                AuditAction.UPDATE,
                "SlotInvitee",
                String.valueOf(invitation.invitee().get().id()),
                how + ": " + answer)
            .aboutClientCase(invitation.caseId()));
  }

  private InboundReply.Outcome keep(
      String messageId,
      String from,
      String uid,
      String answer,
      InboundReply.Outcome outcome,
      String reason,
      String rawMail) {
    byte[] raw = rawMail == null ? null : protection.seal(rawMail.getBytes(StandardCharsets.UTF_8));
    invitations.storeReply(
        new InboundReply(messageId, from, uid, answer, outcome, reason, raw, clock.instant()));
    return outcome;
  }

  /**
   * The part of a REPLY or COUNTER the platform uses: an answer to apply, or a counter-proposal or
   * delegation to keep (their answer, if any, is only recorded with the kept mail).
   */
  record Reply(Kind kind, String uid, int sequence, String attendee, InvitationAnswer answer) {

    enum Kind {
      ANSWER,
      COUNTER,
      DELEGATED
    }

    String answerName() {
      return kind == Kind.DELEGATED ? "DELEGATED" : answer == null ? null : answer.name();
    }
  }

  static Optional<Reply> parse(String text) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (IOException | ParserException | RuntimeException e) {
      return Optional.empty();
    }
    String method =
        calendar
            .getProperty(Property.METHOD)
            .map(Property::getValue)
            .orElse("")
            .toUpperCase(Locale.ROOT);
    if (!method.equals("REPLY") && !method.equals("COUNTER")) {
      return Optional.empty();
    }
    Optional<VEvent> event = calendar.getComponent(Component.VEVENT);
    if (event.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> uid = event.get().getProperty(Property.UID).map(Property::getValue);
    int sequence;
    try {
      sequence =
          event
              .get()
              .getProperty(Property.SEQUENCE)
              .map(Property::getValue)
              .map(String::strip)
              .map(Integer::parseInt)
              .orElse(0);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<Property> attendees = event.get().getProperties(Property.ATTENDEE);
    // a delegation names the delegator (PARTSTAT=DELEGATED) and the delegate beside them
    Optional<Property> delegator =
        attendees.stream().filter(a -> "DELEGATED".equalsIgnoreCase(partStat(a))).findFirst();
    if (uid.isEmpty() || (attendees.size() != 1 && delegator.isEmpty())) {
      return Optional.empty();
    }
    Property attendee = delegator.orElse(attendees.get(0));
    String address =
        attendee.getValue().replaceFirst("(?i)^mailto:", "").strip().toLowerCase(Locale.ROOT);
    Optional<InvitationAnswer> answer = answerOf(partStat(attendee));
    if (method.equals("COUNTER")) {
      return Optional.of(
          new Reply(Reply.Kind.COUNTER, uid.get(), sequence, address, answer.orElse(null)));
    }
    if (delegator.isPresent()) {
      return Optional.of(new Reply(Reply.Kind.DELEGATED, uid.get(), sequence, address, null));
    }
    return answer.map(a -> new Reply(Reply.Kind.ANSWER, uid.get(), sequence, address, a));
  }

  private static String partStat(Property attendee) {
    return attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("");
  }

  private static Optional<InvitationAnswer> answerOf(String partStat) {
    return switch (partStat.toUpperCase(Locale.ROOT)) {
      case "ACCEPTED" -> Optional.of(InvitationAnswer.ACCEPTED);
      case "DECLINED" -> Optional.of(InvitationAnswer.DECLINED);
      case "TENTATIVE" -> Optional.of(InvitationAnswer.TENTATIVE);
      default -> Optional.empty();
    };
  }
}
