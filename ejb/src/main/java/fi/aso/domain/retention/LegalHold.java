package fi.aso.domain.retention;

import java.time.Instant;

/** Why a case is kept whatever its retention period, who said so and when. */
public record LegalHold(String reason, String by, Instant since) {}
