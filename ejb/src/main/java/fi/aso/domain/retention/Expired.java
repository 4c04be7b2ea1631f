package fi.aso.domain.retention;

import java.time.LocalDate;

/**
 * One thing whose retention period has ended: what it is (a table's row, by type and id), whose
 * case and region it belongs to and the day its period ended. Never its content.
 *
 * @param regionId null for a kept mail that answers no invitation (every region's)
 * @param caseId null for a mail that names no client
 */
public record Expired(
    RetentionKind kind,
    Long regionId,
    String objectType,
    long objectId,
    Long caseId,
    LocalDate expiredOn) {}
