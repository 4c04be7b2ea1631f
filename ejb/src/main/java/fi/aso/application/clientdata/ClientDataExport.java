package fi.aso.application.clientdata;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.CaseAccessReport;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/**
 * The client's own data (issue 17 part 5): everything the platform holds about one client, for a
 * chair or case worker of the client's region to hand over, as JSON ({@link ClientData}) or as a
 * PDF in the client's language. The export is itself a read of the client's data and is audited
 * against the case, once per export, so it is on the next access report.
 */
@Stateless
public class ClientDataExport {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject CaseAccess access;
  @Inject CaseAccessReport accessReport;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public ClientDataExport() {}

  /** For tests outside the container. */
  public ClientDataExport(
      EntityManager em,
      CaseAccess access,
      CaseAccessReport accessReport,
      AuditTrail audit,
      Clock clock) {
    this.em = em;
    this.access = access;
    this.accessReport = accessReport;
    this.audit = audit;
    this.clock = clock;
  }

  /** The machine-readable export; the access report's words are in {@code language}. */
  public ClientData json(long caseId, Locale language) {
    ClientData data = read(access.forRegionStaff(caseId), language);
    audited(caseId, "client's own data export");
    return data;
  }

  /** The human-readable export, in the client's language. */
  public byte[] pdf(long caseId, Locale language) {
    ClientData data = read(access.forRegionStaff(caseId), language);
    byte[] pdf = ClientDataPdf.render(data, clock.instant(), language);
    audited(caseId, "client's own data export PDF");
    return pdf;
  }

  private ClientData read(ClientCase clientCase, Locale language) {
    ClientDataReader reader = new ClientDataReader(em, clientCase.id());
    return new ClientData(
        ClientData.SCHEMA,
        clock.instant(),
        reader.client(),
        reader.stateHistory(),
        reader.consents(),
        reader.meetings(),
        reader.minutes(),
        reader.actions(),
        reader.followUp(),
        accessReport.allGroups(clientCase, language));
  }

  private void audited(long caseId, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.READ, "ClientData", String.valueOf(caseId), purpose)
            .aboutClientCase(caseId));
  }
}
