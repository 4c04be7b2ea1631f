package fi.aso.application.clientcase;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.search.Keyset;
import fi.aso.application.search.Page;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reading client cases, for whoever asks: chairs and case workers see their region's cases in full;
 * a partner sees a case only while their organisation holds a valid consent, and only the consented
 * categories (the consent policy decides); an administrator who is not also a chair sees none.
 * Every read, and every refusal, is written to the audit trail against the case.
 */
@Stateless
public class CaseFile {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  /**
   * How long after its start a slot is still the client's place in the process (a meeting that
   * began this morning is still "the meeting" until the day is over).
   */
  public static final Duration STILL_ON_MEETING = Duration.ofHours(12);

  /** Releases still ahead, soonest first; then those already released; then unknown dates. */
  private static final Comparator<WorkListEntry> UPCOMING_RELEASE_FIRST =
      Comparator.comparingInt(
              (WorkListEntry e) -> e.daysToRelease() == null ? 2 : e.daysToRelease() < 0 ? 1 : 0)
          .thenComparing(e -> e.daysToRelease() == null ? 0 : Math.abs(e.daysToRelease()));

  private static final Set<CaseState> NOT_YET_ON_A_MEETING =
      EnumSet.of(CaseState.REFERRED, CaseState.CONSENT_PENDING, CaseState.READY_FOR_MEETING);

  @Inject ClientCaseRepository cases;
  @Inject OrganisationRepository organisations;
  @Inject MeetingRepository meetings;
  @Inject DataProtection protection;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject CaseAccess access;

  @Inject
  @ConfigProperty(name = "aso.cases.fast-track-days")
  int fastTrackDays;

  Clock clock = Clock.systemUTC();

  public CaseFile() {}

  /** For tests outside the container. */
  public CaseFile(
      ClientCaseRepository cases,
      OrganisationRepository organisations,
      MeetingRepository meetings,
      DataProtection protection,
      ConsentPolicy policy,
      AuditTrail audit,
      Caller caller,
      CaseAccess access,
      int fastTrackDays,
      Clock clock) {
    this.cases = cases;
    this.organisations = organisations;
    this.meetings = meetings;
    this.protection = protection;
    this.policy = policy;
    this.audit = audit;
    this.caller = caller;
    this.access = access;
    this.fastTrackDays = fastTrackDays;
    this.clock = clock;
  }

  /** One case as the caller may see it. */
  public CaseView read(long caseId, String purpose) {
    StaffMember reader = caller.now().orElseThrow(CaseAccessDenied::new);
    ClientCase clientCase = cases.find(caseId).orElse(null);
    Set<InformationCategory> visible =
        clientCase == null
            ? EnumSet.noneOf(InformationCategory.class)
            : visibleTo(reader, clientCase);
    if (visible.isEmpty()) {
      audit.recordIndependently(
          new AuditRecord(
              AuditAction.ACCESS_DENIED,
              "ClientCase",
              String.valueOf(caseId),
              clientCase == null ? null : caseId,
              purpose,
              AuditOutcome.DENIED));
      throw new CaseAccessDenied();
    }
    audit.record(
        AuditRecord.success(
                AuditAction.READ, "ClientCase", String.valueOf(caseId), purpose + " " + visible)
            .aboutClientCase(caseId));
    return CaseView.of(clientCase, visible, nextSlotStart(caseId));
  }

  /**
   * The open cases of the caller's region, soonest release first, for chairs and case workers.
   * Listing names is a read of client data: each case listed is audited.
   */
  public List<WorkListEntry> workList() {
    List<WorkListEntry> all = regionEntries().stream().map(Found::entry).toList();
    all.forEach(e -> listed(e.caseId(), "work list"));
    return all;
  }

  /**
   * The region's open cases matching the query, one page of them, for chairs and case workers; only
   * the cases on the page are read (and audited), not every case the search looked through.
   */
  public Page<WorkListEntry> search(CaseQuery query) {
    List<String> identityHashes = identityHashes(query.text());
    String text = query.text() == null ? null : query.text().toLowerCase(java.util.Locale.ROOT);
    List<WorkListEntry> matching =
        regionEntries().stream()
            .filter(f -> query.state() == null || f.entry().state() == query.state())
            .filter(f -> !query.urgentOnly() || f.entry().fastTrack())
            .filter(f -> !query.mineOnly() || f.entry().mine())
            .filter(
                f ->
                    text == null
                        || f.entry().fullName().toLowerCase(java.util.Locale.ROOT).contains(text)
                        || f.entry().reference().toLowerCase(java.util.Locale.ROOT).contains(text)
                        || f.identityHash().map(identityHashes::contains).orElse(false))
            .map(Found::entry)
            .toList();
    Page<WorkListEntry> page = query.page().of(matching, ORDER.get(query.sort()));
    page.entries().forEach(e -> listed(e.caseId(), "case search"));
    return page;
  }

  /** The work list's order as a key: {@link #UPCOMING_RELEASE_FIRST}, then the case's id. */
  public static final Keyset<WorkListEntry> BY_RELEASE =
      Keyset.of(
          "cases:release",
          e ->
              new Object[] {
                e.daysToRelease() == null ? 2 : e.daysToRelease() < 0 ? 1 : 0,
                e.daysToRelease() == null ? 0 : Math.abs(e.daysToRelease()),
                e.caseId()
              });

  /** The search's orders as keys (the same orders as the work list's), each ending in the id. */
  private static final Map<String, Keyset<WorkListEntry>> ORDER =
      Map.of(
          "release",
          BY_RELEASE,
          "name",
          Keyset.of("cases:name", e -> new Object[] {Keyset.folded(e.fullName()), e.caseId()}),
          "reference",
          Keyset.of("cases:reference", e -> new Object[] {e.reference(), e.caseId()}));

  /** A whole identity code in the search text, as its keyed hashes (current and retired keys). */
  private List<String> identityHashes(String text) {
    if (text == null) {
      return List.of();
    }
    try {
      return protection.keyedHashes(
          PersonalIdentityCode.parse(text.toUpperCase(java.util.Locale.ROOT)));
    } catch (Refusal notACode) {
      return List.of();
    }
  }

  /** A case found for the caller's region, with its identity hash for a search by code. */
  private record Found(WorkListEntry entry, Optional<String> identityHash) {}

  private List<Found> regionEntries() {
    StaffMember reader = caller.now().orElseThrow(CaseAccessDenied::new);
    if (!seesRegion(reader) || reader.region().isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(FINLAND));
    return cases.openInRegion(reader.regionId()).stream()
        .map(
            c -> {
              Long days = c.daysToRelease(today).orElse(null);
              boolean beforeMeeting = NOT_YET_ON_A_MEETING.contains(c.state());
              return new Found(
                  new WorkListEntry(
                      c.id(),
                      c.reference(),
                      c.fullName(),
                      c.institution().name(),
                      c.state(),
                      c.expectedReleaseDate().orElse(null),
                      days,
                      beforeMeeting && days != null && days <= fastTrackDays,
                      c.caseWorker().id() == reader.id()),
                  c.identityHash());
            })
        .sorted(Comparator.comparing(Found::entry, UPCOMING_RELEASE_FIRST))
        .toList();
  }

  /** Listing a client's name is a read of their data. */
  private void listed(long caseId, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.READ, "ClientCase", String.valueOf(caseId), purpose)
            .aboutClientCase(caseId));
  }

  /**
   * The open cases a partner's organisation may see now (a valid consent names it), across the
   * regions it serves. Name and release date only where the identity category is consented.
   */
  public List<WorkListEntry> partnerCases() {
    StaffMember reader = caller.now().orElseThrow(CaseAccessDenied::new);
    if (!reader.has(Role.PARTNER) || reader.organisation().isEmpty()) {
      return List.of();
    }
    long organisationId = reader.organisationId();
    LocalDate today = LocalDate.now(clock.withZone(FINLAND));
    // the cases of all the organisation's regions, and the consents of all of them, each in one
    // read
    List<ClientCase> open =
        cases.openInRegions(
            organisations.find(organisationId).stream()
                .flatMap(o -> o.regions().stream())
                .map(r -> r.id())
                .toList());
    Map<Long, Set<InformationCategory>> disclosable =
        policy.disclosableTo(
            open.stream().map(ClientCase::id).collect(Collectors.toSet()), organisationId);
    return open.stream()
        .flatMap(
            c -> {
              Set<InformationCategory> visible = disclosable.get(c.id());
              if (visible.isEmpty()) {
                return Stream.empty();
              }
              audit.record(
                  AuditRecord.success(
                          AuditAction.READ,
                          "ClientCase",
                          String.valueOf(c.id()),
                          "partner case list " + visible)
                      .aboutClientCase(c.id()));
              boolean identity = visible.contains(InformationCategory.IDENTITY_AND_RELEASE);
              return Stream.of(
                  new WorkListEntry(
                      c.id(),
                      c.reference(),
                      identity ? c.fullName() : null,
                      identity ? c.institution().name() : null,
                      c.state(),
                      identity ? c.expectedReleaseDate().orElse(null) : null,
                      identity ? c.daysToRelease(today).orElse(null) : null,
                      false,
                      false));
            })
        .toList();
  }

  /** When the client's next slot on a planned meeting starts, if they have one ahead. */
  private Instant nextSlotStart(long caseId) {
    return meetings
        .firstPlannedSlotStartsFrom(List.of(caseId), clock.instant().minus(STILL_ON_MEETING))
        .get(caseId);
  }

  private Set<InformationCategory> visibleTo(StaffMember reader, ClientCase clientCase) {
    if (reader.worksIn(clientCase.region().id()) && seesRegion(reader)) {
      return EnumSet.allOf(InformationCategory.class);
    }
    if (reader.has(Role.PARTNER) && reader.organisation().isPresent()) {
      return policy.disclosableTo(clientCase.id(), reader.organisationId());
    }
    return EnumSet.noneOf(InformationCategory.class);
  }

  private static boolean seesRegion(StaffMember user) {
    return user.hasAny(Role.CHAIR, Role.CASE_WORKER);
  }
}
