package fi.aso.application.invitation;

import fi.aso.domain.Refusal;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
@jakarta.ejb.LocalBean
@jakarta.ejb.Local(DeliveryQueue.class)
public class Outbox implements DeliveryQueue {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject DataProtection protection;
  @Inject AuditTrail audit;
  @Inject fi.aso.application.staff.AdminOnly admin;

  Clock clock = Clock.systemUTC();

  public Outbox() {}

  /** For tests outside the container (each call then needs its own transaction around it). */
  public Outbox(EntityManager em, DataProtection protection, AuditTrail audit, Clock clock) {
    this.em = em;
    this.protection = protection;
    this.audit = audit;
    this.clock = clock;
  }

  /** Claims up to {@code max} due messages for this node for the lease's length. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Delivery> claim(String node, int max, Duration lease) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(
            "update outbound_message set claimed_by = ?1, claimed_until = ?2 where id in ("
                + " select id from outbound_message where status = 'PENDING' and next_attempt_at <= ?3"
                + " and (claimed_until is null or claimed_until < ?3) order by id limit ?4 for update skip locked)"
                + " returning id")
        .setParameter(1, node)
        .setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC))
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, max)
        .getResultList();
    List<Delivery> claimed = new ArrayList<>();
    for (Number id : ids) {
      OutboundMessage m = em.find(OutboundMessage.class, id.longValue());
      claimed.add(new Delivery(m.id(), m.messageId(), m.idempotencyKey(), m.kind(), m.channel(), m.recipient(), m.subject(),
          m.bodyText(), m.calendar().orElse(null), m.payload().orElse(null), webhookKey(m), m.attachmentName().orElse(null),
          m.attachment().orElse(null)));
    }
    return claimed;
  }

  /** Handed over: recorded, and the disclosure audited against the client's case. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void delivered(long id) {
    OutboundMessage m = em.find(OutboundMessage.class, id);
    m.delivered(clock.instant());
    release(id);
    m.invitation().ifPresent(i -> audit.recordAs("outbox", AuditRecord.success(AuditAction.DISCLOSE, "OutboundMessage",
        String.valueOf(id), m.kind() + " to " + m.channel() + " " + m.recipient()).aboutClientCase(i.caseId())));
  }

  /** A failed attempt: retried later with a growing pause, or set aside after the last one. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    OutboundMessage m = em.find(OutboundMessage.class, id);
    m.failed(error, clock.instant());
    release(id);
  }

  /** The messages an administrator should look at: dead ones first, then those being retried. */
  public List<OutboxEntry> troubled() {
    admin.require();
    List<OutboxEntry> entries = new ArrayList<>();
    em.createNamedQuery("OutboundMessage.ofStatus", OutboundMessage.class).setParameter("status", DeliveryStatus.DEAD)
        .setMaxResults(200).getResultStream().map(OutboxEntry::of).forEach(entries::add);
    em.createQuery("select m from OutboundMessage m where m.status = :pending and m.attempts > 0 order by m.id desc",
            OutboundMessage.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setMaxResults(200).getResultStream().map(OutboxEntry::of).forEach(entries::add);
    return entries;
  }

  /** Counts for health and the admin page: waiting, retrying, dead. */
  public record Counts(long pending, long retrying, long dead) {}

  public Counts counts() {
    return new Counts(
        count("select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.PENDING"),
        count("select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.PENDING and m.attempts > 0"),
        count("select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.DEAD"));
  }

  /** An administrator sends a failed message again now. */
  public void retry(long id) {
    admin.require();
    OutboundMessage m = em.find(OutboundMessage.class, id);
    if (m == null) {
      throw new Refusal("deliveries.noSuch", "no such message");
    }
    m.retryNow(clock.instant());
    audit.record(AuditRecord.success(AuditAction.UPDATE, "OutboundMessage", String.valueOf(id), "delivery retried by an administrator"));
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  private void release(long id) {
    em.createNativeQuery("update outbound_message set claimed_by = null, claimed_until = null where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  private byte[] webhookKey(OutboundMessage m) {
    if (m.channel() != DeliveryChannel.WEBHOOK) {
      return null;
    }
    return m.invitation()
        .flatMap(i -> i.organisationId())
        .map(o -> em.find(Organisation.class, o))
        .flatMap(Organisation::sealedWebhookSecret)
        .map(protection::open)
        .orElse(null);
  }
}
