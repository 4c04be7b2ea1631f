package fi.aso.application.clientcase;

import fi.aso.application.audit.AccessReport;
import fi.aso.application.audit.AccessReportBuilder;
import fi.aso.application.audit.AccessReportGroup;
import fi.aso.application.audit.AccessReportPdf;
import fi.aso.application.audit.AccessReportQuery;
import fi.aso.application.audit.AccessReportWords;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.ReportParties;
import fi.aso.application.audit.ReportParty;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client's access report (who saw, received or changed what about them, and when: 703/2023 §11)
 * for the region's chairs, as a page or as the PDF handed to the client. Making either is a read of
 * the client's data and is audited against the case.
 */
@Stateless
public class CaseAccessReport {

  @Inject CaseAccess access;
  @Inject AuditTrail audit;
  @Inject StaffUserRepository staff;
  @Inject OrganisationRepository organisations;

  Clock clock = Clock.systemUTC();

  public CaseAccessReport() {}

  /** For tests outside the container. */
  public CaseAccessReport(
      CaseAccess access,
      AuditTrail audit,
      StaffUserRepository staff,
      OrganisationRepository organisations,
      Clock clock) {
    this.access = access;
    this.audit = audit;
    this.staff = staff;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** One page of the report, in the reader's language. */
  public AccessReport page(long caseId, AccessReportQuery query, Locale language) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    AccessReportWords words = new AccessReportWords(language);
    AccessReport report =
        builder(clientCase, words)
            .page(
                clientCase.reference(), clientCase.fullName(), audit.forClientCase(caseId), query);
    audited(caseId, "access report for the client");
    return report;
  }

  /** The whole report for the query's period and recipient as a PDF in the client's language. */
  public byte[] pdf(long caseId, AccessReportQuery query, Locale language) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    AccessReportWords words = new AccessReportWords(language);
    AccessReportBuilder builder = builder(clientCase, words);
    List<AuditEvent> events = audit.forClientCase(caseId);
    List<AccessReportGroup> groups = builder.groups(events, query);
    String recipient =
        query.recipient() == null
            ? null
            : builder.recipients(events, query).stream()
                .filter(r -> r.key().equals(query.recipient()))
                .map(AccessReport.Recipient::name)
                .findFirst()
                .orElse(null);
    byte[] pdf =
        AccessReportPdf.render(
            clientCase.fullName(), query, recipient, groups, clock.instant(), words);
    audited(caseId, "access report PDF for the client");
    return pdf;
  }

  /**
   * The whole report, in the reader's language, for the client's data export (which checks access
   * and audits itself, once).
   */
  public List<AccessReportGroup> allGroups(ClientCase clientCase, Locale language) {
    return builder(clientCase, new AccessReportWords(language))
        .groups(audit.forClientCase(clientCase.id()), AccessReportQuery.all());
  }

  private void audited(long caseId, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.READ, "AccessReport", String.valueOf(caseId), purpose)
            .aboutClientCase(caseId));
  }

  /**
   * Who is who: the region's staff and contact persons by name and organisation, each read once; a
   * staff member who acts as a contact person (or has their name and organisation) is one person.
   */
  private AccessReportBuilder builder(ClientCase clientCase, AccessReportWords words) {
    long region = clientCase.region().id();
    Map<String, ReportParty> byUsername = new HashMap<>();
    Map<Object, String> sameAs = new HashMap<>();
    for (StaffUser u : staff.ofRegion(region)) {
      ReportParty party = party(u);
      byUsername.put(u.username(), party);
      u.contactPerson().ifPresent(c -> sameAs.put(c.id(), party.key()));
      sameAs.putIfAbsent(party.fullName(), party.key());
    }
    Map<String, ReportParty> byAddress = new HashMap<>();
    for (ContactPerson c : organisations.activeContactsOfRegion(region)) {
      ReportParty party =
          new ReportParty(
              "c" + c.id(), c.name(), "o" + c.organisation().id(), c.organisation().name());
      String key = sameAs.getOrDefault(c.id(), sameAs.getOrDefault(party.fullName(), party.key()));
      byAddress.put(
          c.email().toLowerCase(Locale.ROOT),
          new ReportParty(key, party.name(), party.organisationKey(), party.organisation()));
    }
    Map<String, Optional<ReportParty>> elsewhere = new HashMap<>();
    return new AccessReportBuilder(
        new ReportParties(
            username ->
                Optional.ofNullable(byUsername.get(username))
                    .or(
                        () ->
                            elsewhere.computeIfAbsent(
                                username,
                                u -> staff.findByUsername(u).map(CaseAccessReport::party))),
            byAddress),
        words);
  }

  private static ReportParty party(StaffUser u) {
    return new ReportParty(
        "s" + u.id(),
        u.displayName(),
        u.organisation().map(o -> "o" + o.id()).orElse(null),
        u.organisation().map(o -> o.name()).orElse(null));
  }
}
