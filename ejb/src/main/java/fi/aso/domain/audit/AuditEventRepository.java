package fi.aso.domain.audit;

import java.util.List;

/**
 * Port for the audit trail's storage: append and read, nothing else (the database refuses the rest
 * too).
 */
public interface AuditEventRepository {

  AuditEvent append(AuditEvent event);

  /** The events about one object, oldest first. */
  List<AuditEvent> aboutObject(String objectType, String objectId);

  /** The events about one client's case, oldest first. */
  List<AuditEvent> aboutClientCase(long caseId);

  /** The latest events, newest first. */
  List<AuditEvent> latest(int max);
}
