package fi.aso.application.audit;

import fi.aso.domain.audit.AuditOutcome;
import java.time.Instant;

/**
 * One line of a client's access report: who (a person and their organisation, by name) did what (in
 * the reader's words) how many times, first and last when. The keys filter and are not shown.
 *
 * @param what what was done, in words, with the outcome when it was refused or failed
 * @param when first and last time and how many times, in words
 */
public record AccessReportGroup(
    String who,
    String organisation,
    String what,
    String when,
    Instant first,
    Instant last,
    int times,
    AuditOutcome outcome,
    String whoKey,
    String organisationKey,
    String purposeKey) {}
