package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.invitation.InvitationDrafts;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.meeting.BusyTimeRepository;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.MeetingStatus;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chair's core job in one dialog: put a client who has consented on the next meeting with room
 * for them and invite the organisations their consent names. {@link #propose} fills the dialog,
 * {@link #preview} shows what the invitations will say, and {@link MeetingPlanner#addSlotAndInvite}
 * does it all at once. Only a chair of the case's region may do any of it.
 */
@Stateless
public class SlotBooking {

  /** A slot's length when the chair does not say (seed 004: 30-60 minutes per client). */
  public static final int DEFAULT_MINUTES = 45;

  /** How far ahead meetings are offered. */
  static final Duration AHEAD = Duration.ofDays(120);

  /** How many meetings the dialog offers to choose from. */
  static final int OFFERED = 8;

  @Inject MeetingRights rights;
  @Inject CaseAccess caseAccess;
  @Inject MeetingRepository meetings;
  @Inject BusyTimeRepository busyTimes;
  @Inject OrganisationRepository organisations;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;
  @Inject VideoRoomBookings rooms;
  Clock clock = Clock.systemUTC();

  public SlotBooking() {}

  /** For tests outside the container. */
  public SlotBooking(
      MeetingRights rights,
      CaseAccess caseAccess,
      MeetingRepository meetings,
      BusyTimeRepository busyTimes,
      OrganisationRepository organisations,
      ConsentPolicy policy,
      AuditTrail audit,
      VideoRoomBookings rooms,
      Clock clock) {
    this.rights = rights;
    this.caseAccess = caseAccess;
    this.meetings = meetings;
    this.busyTimes = busyTimes;
    this.organisations = organisations;
    this.policy = policy;
    this.audit = audit;
    this.rooms = rooms;
    this.clock = clock;
  }

  /**
   * The proposal for the client: on meeting {@code meetingId} when given (and it has room), else on
   * the next planned meeting with room for a slot of {@code minutes}.
   */
  public BookingProposal propose(long caseId, Long meetingId, int minutes) {
    ClientCase clientCase = caseAccess.forChair(caseId);
    if (!MeetingPlanner.schedulable(clientCase.state())) {
      throw new Refusal(
          "slot.notReady",
          "the case is not ready for a meeting (it needs the client's consent first)");
    }
    Duration length = Duration.ofMinutes(minutes > 0 ? minutes : DEFAULT_MINUTES);
    List<BookableMeeting> offered = bookable(clientCase, length);
    Optional<BookableMeeting> chosen =
        offered.stream()
            .filter(m -> meetingId == null || m.id() == meetingId)
            .findFirst()
            .or(() -> offered.stream().findFirst());
    audit.record(
        AuditRecord.success(
                AuditAction.READ, "ClientCase", String.valueOf(caseId), "booking proposal")
            .aboutClientCase(caseId));
    if (chosen.isEmpty()) {
      return new BookingProposal(
          caseId,
          clientCase.reference(),
          clientCase.fullName(),
          offered,
          Optional.empty(),
          null,
          (int) length.toMinutes(),
          ClientAttendance.IN_PERSON,
          null,
          false,
          List.of(),
          List.of());
    }
    BookableMeeting target = chosen.get();
    Meeting meeting = rights.toSee(target.id());
    Instant start = target.freeFrom();
    Organisation institution = clientCase.institution();
    boolean fromPrison =
        clientCase.kind() == ClientKind.PRISONER
            && institution != null
            && institution.hasVideoRoom()
            && !meeting.isAfterRelease(clientCase);
    if (fromPrison) {
      // the prison's one video room may be booked by another meeting at the first free time
      start =
          rooms
              .firstFree(institution, meeting.region().id(), start, meeting.endsAt(), length)
              .orElse(start);
    }
    Candidates candidates = candidates(clientCase, meeting, start, start.plus(length));
    return new BookingProposal(
        caseId,
        clientCase.reference(),
        clientCase.fullName(),
        offered,
        chosen,
        start,
        (int) length.toMinutes(),
        fromPrison ? ClientAttendance.VIDEO_FROM_PRISON : ClientAttendance.IN_PERSON,
        fromPrison ? institution.id() : null,
        meeting.isAfterRelease(clientCase),
        candidates.offered(),
        candidates.withoutContact());
  }

  /**
   * Who will be invited and what they will read, before anything is sent. Only consented
   * organisations' contact persons can be among them (the same rule as the invitation itself).
   */
  public BookingPreview preview(
      long caseId, long meetingId, Instant start, int minutes, Collection<Long> contactIds) {
    ClientCase clientCase = caseAccess.forChair(caseId);
    Meeting meeting = rights.toSee(meetingId);
    Instant end = start.plus(Duration.ofMinutes(minutes));
    Map<Long, BookingCandidate> offered =
        candidates(clientCase, meeting, start, end).offered().stream()
            .collect(Collectors.toMap(BookingCandidate::contactPersonId, c -> c));
    List<BookingPreview.Recipient> recipients = new ArrayList<>();
    for (long id : new HashSet<>(contactIds)) {
      BookingCandidate candidate = offered.get(id);
      if (candidate == null) {
        throw new NotConsented();
      }
      recipients.add(
          new BookingPreview.Recipient(candidate.name(), candidate.organisation(), false));
    }
    recipients.sort(
        Comparator.comparing(BookingPreview.Recipient::organisation)
            .thenComparing(BookingPreview.Recipient::name));
    var worker = clientCase.caseWorker();
    recipients.add(
        0,
        new BookingPreview.Recipient(
            worker.displayName(), worker.organisation().map(Organisation::name).orElse(""), true));
    audit.record(
        AuditRecord.success(
                AuditAction.READ, "ClientCase", String.valueOf(caseId), "invitation preview")
            .aboutClientCase(caseId));
    return new BookingPreview(
        recipients, InvitationDrafts.request(start, end, meeting.place(), clientCase.reference()));
  }

  /**
   * The region's planned meetings ahead that the client is not on and that have room, soonest
   * first.
   */
  private List<BookableMeeting> bookable(ClientCase clientCase, Duration length) {
    Instant now = clock.instant();
    long regionId = rights.region(rights.chair()).id();
    return meetings.ofRegionBetween(regionId, now, now.plus(AHEAD)).stream()
        .filter(m -> m.status() == MeetingStatus.PLANNED && m.startsAt().isAfter(now))
        .filter(m -> m.slots().stream().noneMatch(s -> s.clientCase().id().equals(clientCase.id())))
        .map(SlotBooking::bookable)
        .filter(m -> !m.freeFrom().plus(length).isAfter(m.end()))
        .sorted(Comparator.comparing(BookableMeeting::start))
        .limit(OFFERED)
        .toList();
  }

  private static BookableMeeting bookable(Meeting m) {
    Instant freeFrom =
        m.slots().stream()
            .map(ClientSlot::endsAt)
            .max(Comparator.naturalOrder())
            .orElse(m.startsAt());
    return new BookableMeeting(
        m.id(), m.version(), m.startsAt(), m.endsAt(), m.place(), m.slots().size(), freeFrom);
  }

  private record Candidates(List<BookingCandidate> offered, List<String> withoutContact) {}

  /**
   * The contact persons of the organisations the client's consent lets receive an invitation, one
   * per organisation ticked ({@link InviteeChoice}); and the consented organisations without any.
   */
  private Candidates candidates(
      ClientCase clientCase, Meeting meeting, Instant start, Instant end) {
    long regionId = meeting.region().id();
    List<Organisation> network = organisations.ofRegion(regionId);
    Set<Long> allowed =
        policy.organisationsAllowed(
            clientCase.id(),
            network.stream().map(Organisation::id).collect(Collectors.toSet()),
            MeetingPlanner.INVITATION_DISCLOSES);
    Map<Long, List<ContactPerson>> byOrganisation = new LinkedHashMap<>();
    for (ContactPerson c : organisations.activeContactsOfRegion(regionId)) {
      if (allowed.contains(c.organisation().id())) {
        byOrganisation.computeIfAbsent(c.organisation().id(), k -> new ArrayList<>()).add(c);
      }
    }
    Set<Long> away = awayBetween(meeting, start, end);
    List<BookingCandidate> offered = new ArrayList<>();
    for (List<ContactPerson> people : byOrganisation.values()) {
      InviteeChoice.Chosen chosen =
          InviteeChoice.of(
              people.stream()
                  .map(
                      p ->
                          new InviteeChoice.Person(
                              p.id(),
                              p.name(),
                              p.deputy().map(ContactPerson::id).orElse(null),
                              away.contains(p.id())))
                  .toList());
      for (ContactPerson p : people) {
        boolean tick = p.id().equals(chosen.id());
        offered.add(
            new BookingCandidate(
                p.id(),
                p.name(),
                p.organisation().id(),
                p.organisation().name(),
                tick,
                away.contains(p.id()),
                tick ? chosen.standsInFor() : null));
      }
    }
    List<String> withoutContact =
        network.stream()
            .filter(o -> allowed.contains(o.id()) && !byOrganisation.containsKey(o.id()))
            .map(Organisation::name)
            .toList();
    return new Candidates(offered, withoutContact);
  }

  /**
   * The contact persons busy at [start, end): a busy time entered on the platform, or invited to a
   * slot (of this meeting or another planned one) at that time. Calendar feeds are not read here
   * (the slot finder reads them; a slow feed should not hold up the dialog).
   */
  private Set<Long> awayBetween(Meeting meeting, Instant start, Instant end) {
    Set<Long> away = new HashSet<>();
    busyTimes.ofRegionBetween(meeting.region().id(), start, end).stream()
        .flatMap(b -> b.contactPerson().stream())
        .forEach(c -> away.add(c.id()));
    List<ClientSlot> slots =
        new ArrayList<>(meetings.plannedSlotsOfOtherMeetingsBetween(meeting.id(), start, end));
    meeting.slots().stream()
        .filter(s -> s.startsAt().isBefore(end) && s.endsAt().isAfter(start))
        .forEach(slots::add);
    slots.stream()
        .flatMap(s -> s.activeInvitees().stream())
        .flatMap(i -> i.contactPerson().stream())
        .forEach(c -> away.add(c.id()));
    return away;
  }
}
