package fi.aso.application.invitation;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.invitation.CarriedData;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactional outbox as the delivery routes see it. Several platform nodes may deliver from
 * one database: a node claims due messages with {@code FOR UPDATE SKIP LOCKED} and a lease, so two
 * nodes never hold the same message; a node that dies mid-delivery lets its lease run out and the
 * message is delivered again, under the same Message-ID and idempotency key (at least once; the
 * receiver can tell a repeat). Every step is its own transaction.
 *
 * <p>This is also the disclosure gate of the outbox ({@link DisclosureGate}): when a message is
 * claimed for sending and when an administrator retries one, the consent is asked again for what
 * the message carries, and a message that may no longer go is superseded, never sent.
 */
@Stateless
@LocalBean
@Local(DeliveryQueue.class)
public class Outbox implements DeliveryQueue {

  @Inject OutboundMessageRepository messages;
  @Inject OrganisationRepository organisations;

  @Inject DataProtection protection;
  @Inject AuditTrail audit;
  @Inject AdminOnly admin;
  @Inject ConsentPolicy policy;
  @Inject ClientCaseRepository cases;
  @Inject InvitationSettings settings;

  Clock clock = Clock.systemUTC();

  public Outbox() {}

  /** For tests outside the container (each call then needs its own transaction around it). */
  public Outbox(
      OutboundMessageRepository messages,
      OrganisationRepository organisations,
      DataProtection protection,
      AuditTrail audit,
      AdminOnly admin,
      ConsentPolicy policy,
      ClientCaseRepository cases,
      InvitationSettings settings,
      Clock clock) {
    this.messages = messages;
    this.cases = cases;
    this.settings = settings;
    this.policy = policy;
    this.organisations = organisations;
    this.admin = admin;
    this.protection = protection;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Claims up to {@code max} due messages for this node for the lease's length, and hands over
   * those the gate lets through now: the others are superseded (and audited), or left for the next
   * round.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Delivery> claim(String node, int max, Duration lease) {
    Instant now = clock.instant();
    DisclosureGate gate = new DisclosureGate(messages, policy);
    List<Delivery> claimed = new ArrayList<>();
    for (OutboundMessage m : messages.claimDue(node, now, now.plus(lease), max)) {
      switch (gate.decide(m, now)) {
        case DisclosureGate.Supersede(SupersededReason reason) -> {
          supersede(m, reason, "outbox");
          release(m.id());
          continue;
        }
        case DisclosureGate.Wait w -> {
          release(m.id());
          continue;
        }
        case DisclosureGate.Send s -> {
          if (m.kind() == MessageKind.CANCEL) {
            cancelOnlyWhatWasSent(m, now);
          }
        }
      }
      claimed.add(
          new Delivery(
              m.id(),
              m.messageId(),
              m.idempotencyKey(),
              m.kind(),
              m.channel(),
              m.recipient(),
              m.subject(),
              m.bodyText(),
              m.calendar().orElse(null),
              m.payload().orElse(null),
              webhookKey(m),
              m.attachmentName().orElse(null),
              m.attachment().orElse(null)));
    }
    return claimed;
  }

  /**
   * A CANCEL names the time and place its recipient was actually sent, nothing newer: it was
   * written with the invitation's latest time, and the REQUEST that carried that time may never
   * have gone (superseded when the consent was withdrawn, or replaced by this CANCEL). The
   * recipient may no longer be allowed anything new about the client.
   */
  private void cancelOnlyWhatWasSent(OutboundMessage cancel, Instant now) {
    Invitation invitation = cancel.invitation().orElseThrow();
    var sent =
        messages
            .lastSentRequest(invitation.id(), cancel.recipient())
            .flatMap(r -> IcsInvitations.read(r.calendar().orElse(null)));
    var cancelling = IcsInvitations.read(cancel.calendar().orElse(null));
    if (sent.isEmpty() || cancelling.isEmpty()) {
      return;
    }
    IcsInvitations.Told told = sent.get();
    IcsInvitations.Told says = cancelling.get();
    if (told.start().equals(says.start())
        && told.end().equals(says.end())
        && told.place().equals(says.place())) {
      return;
    }
    // a CANCEL has no join or answer links: no link makers needed
    OutboundMessage asSent =
        new InvitationMessages(organisations, settings, null, null)
            .write(
                invitation,
                cases.find(invitation.caseId()).orElseThrow().reference(),
                told.start(),
                told.end(),
                told.place(),
                MessageKind.CANCEL,
                says.sequence(),
                now);
    cancel.rewrite(
        asSent.subject(),
        asSent.bodyText(),
        asSent.calendar().orElse(null),
        asSent.payload().orElse(null));
  }

  /** Handed over: recorded, and the disclosure audited against the client's case. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void delivered(long id) {
    OutboundMessage m = messages.find(id).orElseThrow();
    m.delivered(clock.instant());
    release(id);
    m.invitation()
        .ifPresent(
            i ->
                audit.recordAs(
                    "outbox",
                    AuditRecord.success(
                            AuditAction.DISCLOSE,
                            "OutboundMessage",
                            String.valueOf(id),
                            m.kind() + " to " + m.channel() + " " + m.recipient())
                        .aboutClientCase(i.caseId())));
  }

  /** A failed attempt: retried later with a growing pause, or set aside after the last one. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    OutboundMessage m = messages.find(id).orElseThrow();
    m.failed(error, clock.instant());
    release(id);
  }

  /**
   * The messages an administrator of the region should look at: dead ones first, then those being
   * retried, then those not sent because they no longer might be (with the reason).
   */
  public List<OutboxEntry> troubled() {
    long region = admin.regionId();
    List<OutboxEntry> entries = new ArrayList<>();
    messages.dead(region, 200).stream().map(OutboxEntry::of).forEach(entries::add);
    messages.retrying(region, 200).stream().map(OutboxEntry::of).forEach(entries::add);
    messages.superseded(region, 200).stream().map(OutboxEntry::of).forEach(entries::add);
    return entries;
  }

  /** The clients' cases a message names. */
  private static List<Long> casesOf(OutboundMessage m) {
    return m.carries().isEmpty()
        ? m.invitation().map(i -> List.of(i.caseId())).orElse(List.of())
        : m.carries().stream().map(CarriedData::caseId).toList();
  }

  /** Counts for health and the admin page: waiting, retrying, dead. */
  public record Counts(long pending, long retrying, long dead) {}

  public Counts counts() {
    return new Counts(messages.countPending(), messages.countRetrying(), messages.countDead());
  }

  /**
   * An administrator sends a failed message again now, if it still may go: the gate decides now
   * (and again when the message is claimed). Returns the message as it stands afterwards: PENDING,
   * or SUPERSEDED with the reason.
   */
  public OutboxEntry retry(long id) {
    long region = admin.regionId();
    // another region's message is not found, as one that does not exist
    OutboundMessage m =
        messages
            .find(id)
            .filter(found -> found.regionId().map(r -> r == region).orElse(true))
            .orElseThrow(NotFound::new);
    Instant now = clock.instant();
    if (m.status() == DeliveryStatus.SENT) {
      m.retryNow(now); // refused: delivered already
    }
    if (m.status() != DeliveryStatus.SUPERSEDED
        && new DisclosureGate(messages, policy).decide(m, now)
            instanceof DisclosureGate.Supersede(SupersededReason reason)) {
      supersede(m, reason, null);
      return OutboxEntry.of(m);
    }
    m.retryNow(now);
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "OutboundMessage",
            String.valueOf(id),
            "delivery retried by an administrator"));
    return OutboxEntry.of(m);
  }

  /**
   * Never to be sent: recorded with the reason, and audited against every client it would have told
   * about (by the dispatcher, or by the administrator who retried it).
   */
  private void supersede(OutboundMessage m, SupersededReason reason, String actor) {
    m.supersede(reason);
    String what = m.kind() + " to " + m.channel() + " not sent: " + reason.words();
    List<Long> cases = casesOf(m);
    AuditRecord base =
        AuditRecord.success(AuditAction.UPDATE, "OutboundMessage", String.valueOf(m.id()), what);
    List<AuditRecord> records =
        cases.isEmpty() ? List.of(base) : cases.stream().map(base::aboutClientCase).toList();
    for (AuditRecord r : records) {
      if (actor == null) {
        audit.record(r);
      } else {
        audit.recordAs(actor, r);
      }
    }
  }

  private void release(long id) {
    messages.release(id);
  }

  private byte[] webhookKey(OutboundMessage m) {
    if (m.channel() != DeliveryChannel.WEBHOOK) {
      return null;
    }
    return m.invitation()
        .flatMap(i -> i.organisationId())
        .flatMap(organisations::find)
        .flatMap(Organisation::sealedWebhookSecret)
        .map(protection::open)
        .orElse(null);
  }
}
