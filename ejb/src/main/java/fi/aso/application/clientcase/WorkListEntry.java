package fi.aso.application.clientcase;

import fi.aso.domain.clientcase.CaseState;
import java.time.LocalDate;

/**
 * One line of the chair's work list. {@code fastTrack} marks a release too close for the next
 * regular meeting: short sentences are the model's known gap (seed 004). {@code mine}: the reader
 * is the client's case worker.
 */
public record WorkListEntry(
    long caseId,
    String reference,
    String fullName,
    String institution,
    CaseState state,
    LocalDate expectedReleaseDate,
    Long daysToRelease,
    boolean fastTrack,
    boolean mine) {}
