package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseQuery;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.invitation.CounterProposals;
import fi.aso.application.invitation.Outbox;
import fi.aso.application.invitation.OutboxEntry;
import fi.aso.application.invitation.Replies;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.PartnerSlot;
import fi.aso.application.meeting.PartnerSlots;
import fi.aso.application.meetingday.ActionView;
import fi.aso.application.meetingday.Actions;
import fi.aso.application.minutes.MinutesService;
import fi.aso.application.workbench.ChairUpdate;
import fi.aso.application.workbench.ChairUpdates;
import fi.aso.application.workbench.NextStep;
import fi.aso.application.workbench.NextSteps;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.MeetingStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The home page's work lists, one set per role, each read once per request and only for a role the
 * caller has: the chair's next meetings, clients ready to be put on one (urgent first) and overdue
 * actions; the case worker's own clients with their next step; the partner's next slots, those not
 * yet answered and the organisation's open actions; the administrator's failing deliveries and
 * replies kept for a human.
 */
@Named("home")
@RequestScoped
public class HomeBean {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** How many of each list the home page shows (the full list is a click away). */
  static final int SHOWN = 8;

  @Inject SecurityContext security;
  @Inject MeetingCalendar calendar;
  @Inject CaseFile cases;
  @Inject Actions actions;
  @Inject PartnerSlots partnerSlots;
  @Inject Outbox outbox;
  @Inject Replies replies;
  @Inject ChairUpdates chairUpdates;
  @Inject HomeVisit visit;
  @Inject MinutesService minutes;
  @Inject NextSteps nextSteps;
  @Inject Times times;
  @Inject CounterProposals counterProposals;
  @Inject Messages messages;

  private List<MeetingSummary> nextMeetings;
  private List<WorkListEntry> ready;
  private List<WorkListEntry> mine;
  private Map<Long, NextStep> steps;
  private List<ActionView> overdue;
  private List<PartnerSlot> slots;
  private List<ActionView> organisationActions;
  private List<OutboxEntry> troubled;
  private Integer keptReplies;
  private List<ChairUpdate> updates;
  private List<MinutesService.MinutesToDo> minutesWaiting;

  /** The region's planned meetings of the coming two months, soonest first. */
  public List<MeetingSummary> getNextMeetings() {
    if (nextMeetings == null) {
      LocalDate today = LocalDate.now(HELSINKI);
      nextMeetings =
          when(
              "CHAIR",
              () ->
                  calendar.between(today, today.plusMonths(2)).stream()
                      .filter(m -> m.status() == MeetingStatus.PLANNED)
                      .sorted(Comparator.comparing(MeetingSummary::start))
                      .limit(3)
                      .toList());
    }
    return nextMeetings;
  }

  /**
   * Clients with a valid consent, not on a meeting yet, soonest release first (the urgent ones are
   * those). Searched, so that only the clients shown are read (and audited).
   */
  public List<WorkListEntry> getReadyToSchedule() {
    if (ready == null) {
      ready =
          security.isCallerInRole("CHAIR")
              ? cases
                  .search(
                      new CaseQuery(
                          null, CaseState.READY_FOR_MEETING, false, false, "release", 0, SHOWN))
                  .entries()
              : List.of();
    }
    return ready;
  }

  /**
   * Declines of coming slots and consent withdrawals, newest first; those since the chair's last
   * visit (before this session) are marked new.
   */
  public List<ChairUpdate> getUpdates() {
    if (updates == null) {
      updates =
          when("CHAIR", () -> chairUpdates.since(visit.previous()).stream().limit(SHOWN).toList());
    }
    return updates;
  }

  /** Minutes waiting for a step the chair may take now (review or approval), earliest first. */
  public List<MinutesService.MinutesToDo> getMinutesWaiting() {
    if (minutesWaiting == null) {
      minutesWaiting =
          when("CHAIR", () -> minutes.waitingForCaller().stream().limit(SHOWN).toList());
    }
    return minutesWaiting;
  }

  /** The message key of what the minutes wait for ("review", "approval"). */
  public String minutesStep(MinutesService.MinutesToDo todo) {
    return "home.minutes." + todo.next().name();
  }

  /**
   * The chair keeps the meeting's time against an invitee's proposal of another: the invitee is
   * told (DECLINECOUNTER) and the proposal leaves the list.
   */
  public void keepTime(long replyId) {
    try {
      counterProposals.keepTime(replyId);
      messages.info("home.counter.kept");
    } catch (Refusal | NotFound e) {
      messages.error("home.counter.gone");
    }
    updates = null;
  }

  /** The message key of an update's text. */
  public String updateText(ChairUpdate update) {
    return "home.update." + update.kind().name();
  }

  public List<ActionView> getOverdueActions() {
    if (overdue == null) {
      overdue = when("CHAIR", () -> actions.overdue().stream().limit(SHOWN).toList());
    }
    return overdue;
  }

  /** The case worker's own open clients, soonest release first, each with its next step. */
  public List<WorkListEntry> getMyClients() {
    if (mine == null) {
      mine =
          security.isCallerInRole("CASE_WORKER")
              ? cases
                  .search(new CaseQuery(null, null, false, true, "release", 0, SHOWN * 2))
                  .entries()
              : List.of();
    }
    return mine;
  }

  /**
   * What the client needs next, read once for all the clients listed (a case the reader may not
   * work on, if one were listed, would say its state only).
   */
  public NextStep nextStep(WorkListEntry entry) {
    if (steps == null) {
      List<Long> listed = getMyClients().stream().map(WorkListEntry::caseId).toList();
      steps = listed.isEmpty() ? Map.of() : nextSteps.of(listed);
    }
    NextStep step = steps.get(entry.caseId());
    return step != null ? step : new NextStep(NextStep.Kind.AS_STATE, entry.state(), null, null, 0);
  }

  /**
   * The message key of the next step's words: the step's own ({@code home.step.*}, with its day or
   * moment as {0} and its count as {1}), or the state's when the state says it all.
   */
  public String nextStepText(WorkListEntry entry) {
    NextStep step = nextStep(entry);
    return step.kind() == NextStep.Kind.AS_STATE
        ? "home.next." + step.state().name()
        : "home.step." + step.kind().name();
  }

  /** Whether the step's words take its day, moment or count ({@code home.next.*} take none). */
  public boolean nextStepFormatted(WorkListEntry entry) {
    return nextStep(entry).kind() != NextStep.Kind.AS_STATE;
  }

  /** The step's moment ("16.12.2026 9.40") or day ("20.12.2026"), as pages show them. */
  public String nextStepWhen(WorkListEntry entry) {
    NextStep step = nextStep(entry);
    return step.at() != null ? times.dateTime(step.at()) : times.day(step.date());
  }

  public List<PartnerSlot> getMySlots() {
    if (slots == null) {
      slots = when("PARTNER", () -> partnerSlots.upcoming());
    }
    return slots.stream().limit(SHOWN).toList();
  }

  /**
   * The partner's first next slots nobody of their organisation has answered yet; a partner with
   * dozens waiting gets the first few and a link to all of them, not a page-long list.
   */
  public List<PartnerSlot> getUnanswered() {
    return allUnanswered().stream().limit(SHOWN).toList();
  }

  /** How many unanswered slots are not shown on the home page (0 when all are). */
  public long getUnansweredNotShown() {
    return Math.max(0, allUnanswered().size() - SHOWN);
  }

  private List<PartnerSlot> allUnanswered() {
    getMySlots();
    return slots.stream().filter(s -> s.answer() == InvitationAnswer.NEEDS_ACTION).toList();
  }

  public List<ActionView> getOrganisationActions() {
    if (organisationActions == null) {
      organisationActions =
          when(
              "PARTNER",
              () ->
                  actions.ofMyOrganisation().stream()
                      .filter(a -> a.status().isOpen())
                      .limit(SHOWN)
                      .toList());
    }
    return organisationActions;
  }

  public long getDeadDeliveries() {
    return troubled().stream().filter(e -> e.status() == DeliveryStatus.DEAD).count();
  }

  public long getRetryingDeliveries() {
    return troubled().stream().filter(e -> e.status() == DeliveryStatus.PENDING).count();
  }

  public int getKeptReplies() {
    if (keptReplies == null) {
      keptReplies = security.isCallerInRole("ADMIN") ? replies.unhandled().size() : 0;
    }
    return keptReplies;
  }

  private List<OutboxEntry> troubled() {
    if (troubled == null) {
      troubled = when("ADMIN", () -> outbox.troubled());
    }
    return troubled;
  }

  /** The list, if the caller has the role it belongs to; otherwise nothing is read. */
  private <T> List<T> when(String role, Supplier<List<T>> list) {
    return security.isCallerInRole(role) ? list.get() : List.of();
  }
}
