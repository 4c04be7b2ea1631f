package fi.aso.domain.retention;

import java.time.Instant;

/** One line of the retention log: what went and when, by which run. */
public record RetentionRecord(long runId, Expired what, Instant doneAt) {}
