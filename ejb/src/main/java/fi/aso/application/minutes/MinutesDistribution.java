package fi.aso.application.minutes;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.i18n.Dates;
import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.mail.MailTexts;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesCopy;
import fi.aso.domain.minutes.MinutesRepository;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Sends approved minutes to the participants, each their own cut: a partner's contact person gets
 * the clients whose slot they were invited to, with what the client's consent allows their
 * organisation now. The copy leaves through the outbox: a link into the platform (sign-in, consent
 * checked again) by default, the PDF attached only for the secure-mail channel. Every copy is
 * recorded (who, which version, which clients and categories, when) and each disclosure audited.
 * Sending again sends nothing twice.
 */
@Stateless
public class MinutesDistribution {

  @Inject MinutesRepository minutesVersions;
  @Inject OutboundMessageRepository outbox;

  @Inject MeetingRights rights;
  @Inject MinutesService minutes;
  @Inject ConsentPolicy policy;
  @Inject InvitationSettings settings;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public MinutesDistribution() {}

  /** For tests outside the container. */
  public MinutesDistribution(
      MinutesRepository minutesVersions,
      OutboundMessageRepository outbox,
      MeetingRights rights,
      MinutesService minutes,
      ConsentPolicy policy,
      InvitationSettings settings,
      Caller caller,
      AuditTrail audit,
      Clock clock) {
    this.minutesVersions = minutesVersions;
    this.outbox = outbox;
    this.rights = rights;
    this.minutes = minutes;
    this.policy = policy;
    this.settings = settings;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** A copy as the page lists it. */
  public record CopySent(
      long id, String recipient, String caseIds, String categories, Instant at) {}

  /**
   * What sending did: the recipients a copy went to now (none: everyone had theirs already), and
   * every copy on record.
   */
  public record Distribution(List<String> sentNow, List<CopySent> copies) {}

  /**
   * Sends the approved minutes to every partner contact of the meeting who has not had this version
   * yet.
   */
  public Distribution distribute(long minutesId) {
    rights.chair();
    Minutes m = approved(minutesId, "approve the minutes before sending them");
    Map<ContactPerson, Set<Long>> casesByContact = new LinkedHashMap<>();
    for (ClientSlot slot : m.meeting().slots()) {
      for (SlotInvitee invitee : slot.activeInvitees()) {
        if (invitee.kind() == InviteeKind.PARTNER && invitee.contactPerson().isPresent()) {
          casesByContact
              .computeIfAbsent(invitee.contactPerson().get(), c -> new TreeSet<>())
              .add(slot.clientCase().id());
        }
      }
    }
    // the copies sent before, in one read
    Set<String> sent =
        outbox.idempotencyKeysAmong(casesByContact.keySet().stream().map(c -> key(m, c)).toList());
    List<String> sentNow = new ArrayList<>();
    casesByContact.forEach(
        (contact, cases) -> {
          // a contact whose organisation the clients' consent no longer names gets nothing, and
          // is not said to have got it
          if (!sent.contains(key(m, contact)) && send(m, contact, cases)) {
            sentNow.add(contact.name() + " (" + contact.organisation().name() + ")");
          }
        });
    return new Distribution(List.copyOf(sentNow), copies(minutesId));
  }

  /** {@link #distribute(long)} for minutes of the given meeting (others: not found). */
  public Distribution distribute(long meetingId, long minutesId) {
    requireOf(meetingId, minutesId);
    return distribute(minutesId);
  }

  /** {@link #copies(long)} of minutes of the given meeting (others: not found). */
  public List<CopySent> copies(long meetingId, long minutesId) {
    requireOf(meetingId, minutesId);
    return copies(minutesId);
  }

  private void requireOf(long meetingId, long minutesId) {
    minutesVersions
        .find(minutesId)
        .filter(m -> m.meeting().id() == meetingId)
        .orElseThrow(CaseAccessDenied::new);
  }

  /**
   * Every copy made of a version (region's staff only). The list says whose minutes went to whom,
   * so reading it is audited against each client it names.
   */
  public List<CopySent> copies(long minutesId) {
    seen(minutesId);
    List<CopySent> copies =
        minutesVersions.copiesOf(minutesId).stream()
            .map(
                c ->
                    new CopySent(
                        c.id(),
                        c.recipient(),
                        c.caseIds(),
                        c.categories().orElse(null),
                        c.createdAt()))
            .toList();
    audit.recordAboutEach(
        copies.stream()
            .flatMap(c -> Arrays.stream(c.caseIds().split(",")))
            .map(String::strip)
            .filter(id -> !id.isEmpty())
            .map(Long::valueOf)
            .distinct()
            .toList(),
        AuditRecord.success(
            AuditAction.READ, "Minutes", String.valueOf(minutesId), "minutes copies list"));
    return copies;
  }

  /** Minutes of a meeting of the caller's region (anything else: not found). */
  private Minutes seen(long minutesId) {
    Minutes m = minutesVersions.find(minutesId).orElseThrow(CaseAccessDenied::new);
    rights.toSee(m.meeting().id());
    return m;
  }

  private Minutes approved(long minutesId, String refusal) {
    Minutes m = seen(minutesId);
    if (m.state() != MinutesState.APPROVED) {
      throw new Refusal("minutes.approveFirst", refusal);
    }
    return m;
  }

  /**
   * The client's own copy: their slot only, all of it (it is their own information), for their case
   * worker to hand over. Approved minutes only; the copy is recorded and audited.
   */
  public byte[] clientCopy(long minutesId, long caseId, Locale language) {
    Minutes m = approved(minutesId, "approve the minutes before handing out copies");
    MinutesContent content = MinutesContent.fromJson(m.content());
    if (content.slots().stream().noneMatch(s -> s.caseId() == caseId)) {
      throw new Refusal("minutes.noSuchClient", "the client has no slot in these minutes");
    }
    Map<Long, Set<InformationCategory>> own =
        Map.of(caseId, EnumSet.allOf(InformationCategory.class));
    minutesVersions.storeCopy(
        new MinutesCopy(
            m,
            "client (via " + caller.name() + ")",
            null,
            null,
            String.valueOf(caseId),
            "all",
            null,
            clock.instant()));
    audit.record(
        AuditRecord.success(
                AuditAction.DISCLOSE, "Minutes", String.valueOf(minutesId), "the client's own copy")
            .aboutClientCase(caseId));
    // the client's own copy names them as its recipient in their language only
    return MinutesPdf.render(
        content, new MinutesCut(null, own), m.versionNo(), m.state().name(), language);
  }

  /**
   * A recorded copy as PDF, for the partner of its organisation (signed in; the consent is checked
   * again now) or the region's staff.
   */
  public byte[] copyPdf(long copyId, Locale language) {
    MinutesCopy copy = minutesVersions.findCopy(copyId).orElse(null);
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    if (copy == null) {
      throw new CaseAccessDenied();
    }
    boolean partnerOfCopy =
        user.has(Role.PARTNER)
            && user.organisation()
                .map(o -> copy.organisationId().map(o::equals).orElse(false))
                .orElse(false);
    if (!partnerOfCopy) {
      rights.toSee(copy.minutes().meeting().id());
    }
    Set<Long> cases =
        Arrays.stream(copy.caseIds().split(",")).map(Long::valueOf).collect(Collectors.toSet());
    MinutesCut full =
        minutes.cutFor(
            copy.minutes().id(),
            // the client's own copy has no organisation: it is handed over, never opened here
            copy.organisationId().orElseThrow(CaseAccessDenied::new),
            copy.recipient());
    Map<Long, Set<InformationCategory>> allowed = new LinkedHashMap<>(full.categoriesByCase());
    allowed.keySet().retainAll(cases);
    audit.recordAboutEach(
        allowed.keySet(),
        AuditRecord.success(
            AuditAction.DISCLOSE, "MinutesCopy", String.valueOf(copyId), "minutes copy opened"));
    return MinutesPdf.render(
        MinutesContent.fromJson(copy.minutes().content()),
        new MinutesCut(copy.recipient(), allowed),
        copy.minutes().versionNo(),
        copy.minutes().state().name(),
        language);
  }

  private static String key(Minutes m, ContactPerson contact) {
    return "minutes:" + m.id() + ":contact:" + contact.id();
  }

  /** Sends the contact their cut; false when the consents allow them nothing (nothing is sent). */
  private boolean send(Minutes m, ContactPerson contact, Set<Long> invitedCases) {
    String key = key(m, contact);
    Organisation organisation = contact.organisation();
    MinutesCut full = minutes.cutFor(m.id(), organisation.id(), contact.email());
    Map<Long, Set<InformationCategory>> allowed = new LinkedHashMap<>(full.categoriesByCase());
    allowed.keySet().retainAll(invitedCases);
    if (allowed.isEmpty()) {
      return false;
    }
    MinutesCut cut = new MinutesCut(contact.name() + " (" + organisation.name() + ")", allowed);
    Instant now = clock.instant();
    MinutesCopy copy =
        new MinutesCopy(
            m,
            contact.email(),
            organisation.id(),
            contact.id(),
            allowed.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")),
            allowed.values().toString(),
            null,
            now);
    minutesVersions.storeCopy(copy);
    String link = settings.link("/minutes/copy.pdf?id=" + copy.id());
    DeliveryChannel channel = organisation.preferredChannel();
    if (channel == DeliveryChannel.WEBHOOK && organisation.webhookUrl().isEmpty()) {
      channel = DeliveryChannel.EMAIL;
    }
    String subject =
        MailTexts.finnish(
            "mail.minutes.subject",
            Dates.in(MinutesService.FINNISH).day(m.meeting().startsAt()),
            String.valueOf(m.versionNo()));
    String body =
        MailTexts.finnish("mail.minutes.approved")
            + "\n"
            + link
            + "\n\n"
            + MailTexts.swedish("mail.minutes.approved")
            + "\n"
            + MailTexts.noPersonalData();
    String payload =
        channel != DeliveryChannel.WEBHOOK
            ? null
            : Json.createObjectBuilder()
                .add("type", "aso.minutes")
                .add("minutesVersion", m.versionNo())
                .add("link", link)
                .build()
                .toString();
    OutboundMessage message =
        new OutboundMessage(
            null,
            MessageKind.MINUTES,
            channel,
            channel == DeliveryChannel.WEBHOOK
                ? organisation.webhookUrl().orElseThrow()
                : contact.email(),
            subject,
            body,
            null,
            payload,
            key,
            settings.domain(),
            now);
    message.inRegion(m.meeting().region().id());
    if (channel == DeliveryChannel.SECURE_EMAIL) {
      message.attach(
          "muistio.pdf",
          MinutesPdf.render(
              MinutesContent.fromJson(m.content()),
              cut,
              m.versionNo(),
              m.state().name(),
              MinutesService.FINNISH));
      // the attached copy carries the clients' information: the consent decides again when it is
      // sent; a link-only copy names no client (the link decides again when opened)
      allowed.forEach(
          (caseId, categories) -> message.carrying(caseId, organisation.id(), categories));
    }
    outbox.store(message);
    copy.sentAs(message.id());
    allowed.forEach(
        (caseId, categories) ->
            audit.record(
                AuditRecord.success(
                        AuditAction.DISCLOSE,
                        "MinutesCopy",
                        String.valueOf(copy.id()),
                        "minutes v" + m.versionNo() + " to " + contact.email() + ": " + categories)
                    .aboutClientCase(caseId)));
    return true;
  }
}
