package fi.aso.application.audit;

import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did or received what, for the access report: the audit trail keeps user names and, for what
 * left the platform, the recipient's address in the purpose; the client is told names and
 * organisations. A disclosure is about who received it (the contact person its address belongs to,
 * else the address), not about the mail service that sent it; anything else about its actor (a
 * staff member by name, the client, or a word for the platform's own work). A user name no one
 * knows any more is never shown: it is "another user".
 */
public final class ReportParties {

  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s:,;()\\[\\]<>]+@[^\\s:,;()\\[\\]<>]+");

  /** Actors that are no person's account, with the word that says them. */
  private static final Map<String, String> NOT_A_USER =
      Map.of(
          "client", "client",
          "system", "system",
          "outbox", "outbox",
          "invitee", "invitee",
          "join link", "joinLink",
          "referral link", "referralLink",
          "calendar feed", "calendarFeed");

  private final Function<String, Optional<ReportParty>> byUsername;
  private final Map<String, ReportParty> byAddress;

  /**
   * @param byUsername staff members by user name
   * @param byAddress contact persons by e-mail address (lower case)
   */
  public ReportParties(
      Function<String, Optional<ReportParty>> byUsername, Map<String, ReportParty> byAddress) {
    this.byUsername = byUsername;
    this.byAddress = byAddress;
  }

  public ReportParty of(AuditEvent event, AccessReportWords words) {
    if (event.action() == AuditAction.DISCLOSE || event.actor().equals("calendar feed")) {
      Optional<ReportParty> recipient = recipientIn(event.purpose());
      if (recipient.isPresent()) {
        return recipient.get();
      }
    }
    String special = NOT_A_USER.get(event.actor());
    if (special != null) {
      return new ReportParty(special, words.text("audit.who." + special), null, null);
    }
    return byUsername
        .apply(event.actor())
        .orElseGet(() -> new ReportParty("other", words.text("audit.who.other"), null, null));
  }

  private Optional<ReportParty> recipientIn(String purpose) {
    Matcher address = ADDRESS.matcher(purpose);
    if (!address.find()) {
      return Optional.empty();
    }
    String found = address.group().toLowerCase(Locale.ROOT);
    return Optional.of(
        byAddress.getOrDefault(found, new ReportParty("e:" + found, found, null, null)));
  }
}
