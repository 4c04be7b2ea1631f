package fi.aso.application.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The purposes the audit trail holds, as texts a client can read. A purpose is stored as the code
 * wrote it (English, sometimes with an id, an e-mail address or a list of categories after it); the
 * report never shows it, only the text of its key ({@code audit.purpose.<name>} in the message
 * bundles), so nothing technical reaches the client. The first pattern that matches decides; a
 * purpose no pattern knows is said as {@link #OTHER}, and {@code AuditPurposesTest} fails for any
 * purpose the code can record that would end up there.
 */
public final class AuditPurposes {

  public static final String PREFIX = "audit.purpose.";

  /** For a purpose no pattern knows: "handled your details". */
  public static final String OTHER = PREFIX + "other";

  private static final Map<Pattern, String> KEYS = new LinkedHashMap<>();

  static {
    // reads of the case and of lists that name the client
    key("(REST API|case page)( .*)?", "caseRead");
    key("work list", "workList");
    key("case search", "caseSearch");
    key("home page updates", "homeUpdates");
    key("booking proposal", "bookingProposal");
    key("invitation preview", "invitationPreview");
    // the region's own settings (no client's data, but said in words all the same)
    key("minutes need a second person: .*", "regionSettings");
    key("home page next steps", "nextSteps");
    key("partner case list( .*)?", "partnerCaseList");
    key("partner's slots", "partnerSlots");
    key("meetings and actions", "caseHistory");
    key("access report for the client", "accessReport");
    key("access report PDF for the client", "accessReportPdf");
    key("client's own data export( PDF)?", "clientDataExport");
    key("retention period ended: .*", "retention");
    key("legal hold (set|released)", "legalHold");
    key("retention period changed", "retentionSettings");
    key("statistics rebuilt", "statisticsRebuilt");
    // referral, consent
    key("referral", "referral");
    key("referral updated", "referralUpdated");
    key("paper consent recorded", "paperConsent");
    key("electronic consent invited", "consentInvited");
    key("electronic consent given", "consentGiven");
    key("consent history", "consentHistory");
    key("consent withdrawal link", "consentWithdrawalLink");
    key("consent link revoked", "consentLinkRevoked");
    key("consent withdrawn( wholly| for organisation\\(s\\) .*)", "consentWithdrawn");
    key("scanned consent form", "scannedConsent");
    key("scanned consent form replaced", "scannedConsentReplaced");
    key("consent code tried too often from one address", "consentCodeTooOften");
    key("wrong or late consent code", "wrongConsentCode");
    // meetings and slots
    key("meeting \\(api\\)|meeting page", "meetingRead");
    key("agenda", "agenda");
    key("slot finder( plan applied)?", "slotFinder");
    key("slot scheduled( after release: .*)?", "slotScheduled");
    key("slot moved( from meeting .*)?|slots reordered", "slotMoved");
    key("slot removed", "slotRemoved");
    key("client attendance: .*", "clientAttendance");
    // the client's release date or prison changed, and the slots that follow it
    key("release or institution changed: .*", "releaseChanged");
    key("slot flagged for the chair: .*", "slotFlagged");
    key("slot confirmed after the client's (change|release date moved)", "slotConfirmed");
    key("invited .*", "invited");
    key("invitee removed|removed: consent withdrawn", "inviteeRemoved");
    key("invitation refused: no consent for organisation .*", "invitationRefused");
    key("invitations of a slot", "invitations");
    key("(answer link|calendar reply): .*", "answered");
    key("invitation answer page opened", "answerPageOpened");
    key("kept reply opened", "keptReplyOpened");
    key("proposal of another time declined: the time is kept", "counterDeclined");
    key("calendar feed of .*", "calendarFeed");
    key("joined by video", "joinedByVideo");
    key("join link no longer valid", "joinLinkInvalid");
    key("meeting scheduled", "meetingScheduled");
    key("meeting rescheduled", "meetingRescheduled");
    key("meeting cancelled", "meetingCancelled");
    // messages: "INVITATION to EMAIL kalle@example.org", "... not sent: why"
    key(".+ to .+ not sent: .*", "messageNotSent");
    key("delivery retried by an administrator", "deliveryRetried");
    // the meeting day, minutes, actions, follow-up
    key("meeting day", "meetingDay");
    key("meeting-day record", "meetingDayRecord");
    key("attendance: .*", "attendance");
    key("minutes prepared v.*", "minutesPrepared");
    key("minutes reviewed v.*", "minutesReviewed");
    key("minutes approved v.*", "minutesApproved");
    key("minutes \\(whole\\) v.*|minutes history|minutes copies list", "minutesRead");
    key("minutes v.+ to .+|minutes copy for .+", "minutesReceived");
    key("minutes copy opened", "minutesCopyOpened");
    key("the client's own copy", "minutesOwnCopy");
    key("action added", "actionAdded");
    key("my actions|my organisation's actions|overdue actions|the region's actions", "actions");
    key("action .+", "actionStatus");
    key("follow-up", "followUpRead");
    key("follow-up planned", "followUpPlanned");
    key("follow-up .+", "followUpPoint");
    key("closed: .*", "caseClosed");
    // steering to services (issue 20)
    key("service needs and proposals", "serviceNeeds");
    key("service need (recorded|removed)", "serviceNeedRecorded");
    key("referred to service .*", "referredToService");
    key("service referral link opened by contact person [0-9]+", "referralLinkOpened");
    key("service referrals( of the case)?|service referral", "serviceReferrals");
    key("service referral .+", "serviceReferralStep");
    // work that names no client
    key("(staff sign-in|API token request|single sign-on)(: .*)?", "signIn");
    key(
        "staff account .*|roles changed to .*|deactivated|set-password link .*"
            + "|password set with set-password link .*",
        "staffAccount");
    key(
        "partner network|region .*|shared with region .*|left region .*|video room"
            + "|webhook removed|webhook set, new key|calendar feed link (renewed|revoked)",
        "network");
    key("service catalogue( import)?|retired from the service catalogue", "serviceCatalogue");
    key(
        "meeting series|.+ meetings generated until .*|date skipped: .*"
            + "|held meeting recorded afterwards|busy time",
        "meetingCalendar");
    // delivered messages last: "<kind> to <channel> <recipient>" would match much else
    key(".+ to .+ .+", "messageReceived");
  }

  private AuditPurposes() {}

  private static void key(String pattern, String name) {
    KEYS.put(Pattern.compile(pattern, Pattern.DOTALL), PREFIX + name);
  }

  /** The bundle key of the words for this purpose; {@link #OTHER} when none is known. */
  public static String key(String purpose) {
    if (purpose == null) {
      return OTHER;
    }
    return KEYS.entrySet().stream()
        .filter(e -> e.getKey().matcher(purpose).matches())
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(OTHER);
  }

  /** Every key a purpose can have, {@link #OTHER} included. */
  public static java.util.Set<String> keys() {
    java.util.Set<String> keys = new java.util.TreeSet<>(KEYS.values());
    keys.add(OTHER);
    return keys;
  }
}
