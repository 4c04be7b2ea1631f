package fi.aso.application.invitation;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
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

  Clock clock = Clock.systemUTC();

  public Outbox() {}

  /** For tests outside the container (each call then needs its own transaction around it). */
  public Outbox(
      OutboundMessageRepository messages,
      OrganisationRepository organisations,
      DataProtection protection,
      AuditTrail audit,
      AdminOnly admin,
      Clock clock) {
    this.messages = messages;
    this.organisations = organisations;
    this.admin = admin;
    this.protection = protection;
    this.audit = audit;
    this.clock = clock;
  }

  /** Claims up to {@code max} due messages for this node for the lease's length. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Delivery> claim(String node, int max, Duration lease) {
    Instant now = clock.instant();
    List<Delivery> claimed = new ArrayList<>();
    for (OutboundMessage m : messages.claimDue(node, now, now.plus(lease), max)) {
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

  /** The messages an administrator should look at: dead ones first, then those being retried. */
  public List<OutboxEntry> troubled() {
    admin.require();
    List<OutboxEntry> entries = new ArrayList<>();
    messages.dead(200).stream().map(OutboxEntry::of).forEach(entries::add);
    messages.retrying(200).stream().map(OutboxEntry::of).forEach(entries::add);
    return entries;
  }

  /** Counts for health and the admin page: waiting, retrying, dead. */
  public record Counts(long pending, long retrying, long dead) {}

  public Counts counts() {
    return new Counts(messages.countPending(), messages.countRetrying(), messages.countDead());
  }

  /** An administrator sends a failed message again now. */
  public void retry(long id) {
    admin.require();
    OutboundMessage m =
        messages.find(id).orElseThrow(() -> new Refusal("deliveries.noSuch", "no such message"));
    m.retryNow(clock.instant());
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "OutboundMessage",
            String.valueOf(id),
            "delivery retried by an administrator"));
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
