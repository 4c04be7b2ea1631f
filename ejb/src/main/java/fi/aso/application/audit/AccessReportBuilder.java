package fi.aso.application.audit;

import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Makes a client's access report from the audit trail's lines about them: keeps the period's lines,
 * says who and what in the reader's words, groups the lines by who, what and outcome (first and
 * last time, how many times), newest first, and keeps the chosen recipient's groups. Pure: the
 * caller reads the trail, checks who may see the report and audits it.
 */
public final class AccessReportBuilder {

  private final ReportParties parties;
  private final AccessReportWords words;

  public AccessReportBuilder(ReportParties parties, AccessReportWords words) {
    this.parties = parties;
    this.words = words;
  }

  /** Every group of the query's period and recipient (no paging: the PDF has them all). */
  public List<AccessReportGroup> groups(List<AuditEvent> events, AccessReportQuery query) {
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    for (AuditEvent event : inPeriod(events, query.from(), query.to())) {
      ReportParty who = parties.of(event, words);
      if (query.recipient() != null
          && !query.recipient().equals(who.key())
          && !query.recipient().equals(who.organisationKey())) {
        continue;
      }
      String purpose = AuditPurposes.key(event.purpose());
      String what = what(purpose, event.outcome());
      groups
          .computeIfAbsent(
              List.of(who.key(), what), k -> new Group(who, what, purpose, event.outcome()))
          .add(event.occurredAt());
    }
    return groups.values().stream()
        .sorted(Comparator.comparing((Group g) -> g.last).reversed())
        .map(g -> g.toLine(words))
        .toList();
  }

  /** One page of the report, with the recipients of the period to filter by. */
  public AccessReport page(
      String reference, String clientName, List<AuditEvent> events, AccessReportQuery query) {
    List<AccessReportGroup> all = groups(events, query);
    List<AccessReportGroup> page =
        all.stream().skip((long) (query.page() - 1) * query.limit()).limit(query.limit()).toList();
    return new AccessReport(
        reference,
        clientName,
        query.from(),
        query.to(),
        query.recipient(),
        page,
        all.size(),
        query.page(),
        query.limit(),
        recipients(events, query));
  }

  /** Who the period's lines name, to filter by: organisations first, then people, by name. */
  public List<AccessReport.Recipient> recipients(List<AuditEvent> events, AccessReportQuery query) {
    Map<String, String> organisations = new TreeMap<>();
    Map<String, String> people = new TreeMap<>();
    for (AuditEvent event : inPeriod(events, query.from(), query.to())) {
      ReportParty who = parties.of(event, words);
      people.put(who.fullName() + "\u0000" + who.key(), who.key());
      if (who.organisationKey() != null) {
        organisations.put(
            who.organisation() + "\u0000" + who.organisationKey(), who.organisationKey());
      }
    }
    List<AccessReport.Recipient> all = new ArrayList<>();
    organisations.forEach((name, key) -> all.add(new AccessReport.Recipient(key, label(name))));
    people.forEach((name, key) -> all.add(new AccessReport.Recipient(key, label(name))));
    return all;
  }

  private static String label(String sortKey) {
    return sortKey.substring(0, sortKey.indexOf('\u0000'));
  }

  private static List<AuditEvent> inPeriod(List<AuditEvent> events, LocalDate from, LocalDate to) {
    Instant start = from == null ? null : from.atStartOfDay(AccessReportWords.FINLAND).toInstant();
    Instant end =
        to == null ? null : to.plusDays(1).atStartOfDay(AccessReportWords.FINLAND).toInstant();
    return events.stream()
        .filter(e -> start == null || !e.occurredAt().isBefore(start))
        .filter(e -> end == null || e.occurredAt().isBefore(end))
        .toList();
  }

  /**
   * What was done, in words: a refused attempt says so instead of what it tried (its purpose, such
   * as "case page", would read as if the data had been seen), unless its purpose already says it.
   */
  private String what(String purpose, AuditOutcome outcome) {
    return switch (outcome) {
      case SUCCESS -> words.text(purpose);
      case DENIED ->
          SAY_REFUSED.contains(purpose) ? words.text(purpose) : words.text("report.outcome.DENIED");
      case FAILED -> words.text(purpose) + " (" + words.text("report.outcome.FAILED") + ")";
    };
  }

  private static final java.util.Set<String> SAY_REFUSED =
      java.util.Set.of(
          AuditPurposes.PREFIX + "joinLinkInvalid",
          AuditPurposes.PREFIX + "consentCodeTooOften",
          AuditPurposes.PREFIX + "wrongConsentCode",
          AuditPurposes.PREFIX + "invitationRefused");

  private static final class Group {
    final ReportParty who;
    final String what;
    final String purpose;
    final AuditOutcome outcome;
    Instant first;
    Instant last;
    int times;

    Group(ReportParty who, String what, String purpose, AuditOutcome outcome) {
      this.who = who;
      this.what = what;
      this.purpose = purpose;
      this.outcome = Objects.requireNonNull(outcome);
    }

    void add(Instant when) {
      first = first == null || when.isBefore(first) ? when : first;
      last = last == null || when.isAfter(last) ? when : last;
      times++;
    }

    AccessReportGroup toLine(AccessReportWords words) {
      return new AccessReportGroup(
          who.name(),
          who.organisation(),
          what,
          words.when(first, last, times),
          first,
          last,
          times,
          outcome,
          who.key(),
          who.organisationKey(),
          purpose);
    }
  }
}
