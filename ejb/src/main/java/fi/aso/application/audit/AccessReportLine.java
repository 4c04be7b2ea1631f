package fi.aso.application.audit;

import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import java.time.Instant;

/**
 * One line of a client's access report: who saw, received or changed what about the client, and
 * when (the client's right to know under the social-welfare client-data act 703/2023).
 */
public record AccessReportLine(
    Instant when,
    String who,
    AuditAction action,
    String what,
    String purpose,
    AuditOutcome outcome,
    String whoName,
    String objectType) {}
