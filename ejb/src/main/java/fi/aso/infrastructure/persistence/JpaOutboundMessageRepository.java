package fi.aso.infrastructure.persistence;

import fi.aso.domain.invitation.DeliveryState;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.invitation.OutboxFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOutboundMessageRepository implements OutboundMessageRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaOutboundMessageRepository() {}

  /** For tests outside the container. */
  public JpaOutboundMessageRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public OutboundMessage store(OutboundMessage message) {
    em.persist(message);
    em.flush();
    return message;
  }

  @Override
  public Optional<OutboundMessage> find(long messageId) {
    return Optional.ofNullable(em.find(OutboundMessage.class, messageId));
  }

  @Override
  public Set<String> idempotencyKeysAmong(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select m.idempotencyKey from OutboundMessage m where m.idempotencyKey in :keys",
                String.class)
            .setParameter("keys", keys)
            .getResultList());
  }

  @Override
  public List<OutboundMessage> claimDue(String node, Instant now, Instant leaseUntil, int max) {
    // SKIP LOCKED: rows another node's transaction is claiming are passed over, never waited for
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "update outbound_message set claimed_by = ?1, claimed_until = ?2 where id in ("
                    + " select id from outbound_message where status = 'PENDING' and next_attempt_at <= ?3"
                    + " and (claimed_until is null or claimed_until < ?3) order by id limit ?4 for update skip locked)"
                    + " returning id")
            .setParameter(1, node)
            .setParameter(2, Utc.at(leaseUntil))
            .setParameter(3, Utc.at(now))
            .setParameter(4, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from OutboundMessage m where m.id in :ids order by m.id",
            OutboundMessage.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  @Override
  public void release(long messageId) {
    em.createNativeQuery(
            "update outbound_message set claimed_by = null, claimed_until = null where id = ?1")
        .setParameter(1, messageId)
        .executeUpdate();
  }

  @Override
  public boolean requestSent(long invitationId, String recipient) {
    return !em.createQuery(
            "select m.id from OutboundMessage m where m.invitation.id = :invitation"
                + " and m.kind = fi.aso.domain.invitation.MessageKind.REQUEST"
                + " and m.status = fi.aso.domain.invitation.DeliveryStatus.SENT"
                + " and m.recipient = :recipient",
            Long.class)
        .setParameter("invitation", invitationId)
        .setParameter("recipient", recipient)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<OutboundMessage> lastSentRequest(long invitationId, String recipient) {
    return em
        .createQuery(
            "select m from OutboundMessage m where m.invitation.id = :invitation"
                + " and m.kind = fi.aso.domain.invitation.MessageKind.REQUEST"
                + " and m.status = fi.aso.domain.invitation.DeliveryStatus.SENT"
                + " and m.recipient = :recipient order by m.id desc",
            OutboundMessage.class)
        .setParameter("invitation", invitationId)
        .setParameter("recipient", recipient)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public boolean replacedByLater(long invitationId, long messageId) {
    return !em.createQuery(
            "select m.id from OutboundMessage m where m.invitation.id = :invitation"
                + " and m.id > :id and m.kind in (fi.aso.domain.invitation.MessageKind.REQUEST,"
                + " fi.aso.domain.invitation.MessageKind.CANCEL)",
            Long.class)
        .setParameter("invitation", invitationId)
        .setParameter("id", messageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean earlierRequestInFlight(long invitationId, long messageId, Instant now) {
    em.flush(); // the claims live in columns the entity does not map
    return !em.createNativeQuery(
            "select id from outbound_message where invitation_id = ?1 and id < ?2"
                + " and kind = 'REQUEST' and status = 'PENDING' and claimed_until >= ?3 limit 1")
        .setParameter(1, invitationId)
        .setParameter(2, messageId)
        .setParameter(3, Utc.at(now))
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<OutboundMessage> superseded(long regionId, int max) {
    return em.createNamedQuery("OutboundMessage.ofStatus", OutboundMessage.class)
        .setParameter("status", DeliveryStatus.SUPERSEDED)
        .setParameter("region", regionId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboundMessage> dead(long regionId, int max) {
    return em.createNamedQuery("OutboundMessage.ofStatus", OutboundMessage.class)
        .setParameter("status", DeliveryStatus.DEAD)
        .setParameter("region", regionId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboundMessage> retrying(long regionId, int max) {
    return em.createQuery(
            "select m from OutboundMessage m where m.status = :pending and m.attempts > 0"
                + " and (m.regionId = :region or m.regionId is null) order by m.id desc",
            OutboundMessage.class)
        .setParameter("pending", DeliveryStatus.PENDING)
        .setParameter("region", regionId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboundMessage> search(long regionId, OutboxFilter filter, int offset, int limit) {
    TypedQuery<OutboundMessage> query =
        em.createQuery(
            "select m from OutboundMessage m where "
                + where(filter)
                + (filter.oldestFirst()
                    ? " order by m.createdAt, m.id"
                    : " order by m.createdAt desc, m.id desc"),
            OutboundMessage.class);
    return bind(query, regionId, filter)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(long regionId, OutboxFilter filter) {
    return bind(
            em.createQuery(
                "select count(m) from OutboundMessage m where " + where(filter), Long.class),
            regionId,
            filter)
        .getSingleResult();
  }

  /**
   * The conditions of a search; only the filter's fixed choices shape the text (what the caller
   * typed is bound as a parameter), and the states are named by constants.
   */
  private static String where(OutboxFilter filter) {
    StringBuilder where = new StringBuilder("(m.regionId = :region or m.regionId is null)");
    if (!filter.states().isEmpty()) {
      where.append(" and (");
      where.append(
          String.join(
              " or ",
              filter.states().stream().sorted().map(JpaOutboundMessageRepository::state).toList()));
      where.append(")");
    }
    if (filter.organisationId() != null) {
      where.append(" and m.organisationId = :organisation");
    }
    if (filter.from() != null) {
      where.append(" and m.createdAt >= :from");
    }
    if (filter.to() != null) {
      where.append(" and m.createdAt < :to");
    }
    if (filter.afterId() != null) {
      // keyset: after the position in the list's own order (createdAt, then id)
      String beyond = filter.oldestFirst() ? ">" : "<";
      where
          .append(" and (m.createdAt ")
          .append(beyond)
          .append(" :afterAt or (m.createdAt = :afterAt");
      where.append(" and m.id ").append(beyond).append(" :afterId))");
    }
    return where.toString();
  }

  private static String state(DeliveryState state) {
    String status = "fi.aso.domain.invitation.DeliveryStatus.";
    return switch (state) {
      case WAITING -> "(m.status = " + status + "PENDING and m.attempts = 0)";
      case FAILING -> "(m.status = " + status + "PENDING and m.attempts > 0)";
      case SENT -> "m.status = " + status + "SENT";
      case DEAD -> "m.status = " + status + "DEAD";
      case SUPERSEDED -> "m.status = " + status + "SUPERSEDED";
    };
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, long regionId, OutboxFilter filter) {
    query.setParameter("region", regionId);
    if (filter.organisationId() != null) {
      query.setParameter("organisation", filter.organisationId());
    }
    if (filter.from() != null) {
      query.setParameter("from", Utc.at(filter.from()));
    }
    if (filter.to() != null) {
      query.setParameter("to", Utc.at(filter.to()));
    }
    if (filter.afterId() != null) {
      query.setParameter("afterAt", Utc.at(filter.afterCreatedAt()));
      query.setParameter("afterId", filter.afterId());
    }
    return query;
  }

  @Override
  public long countPending() {
    return count(
        "select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.PENDING");
  }

  @Override
  public long countRetrying() {
    return count(
        "select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.PENDING"
            + " and m.attempts > 0");
  }

  @Override
  public long countDead() {
    return count(
        "select count(m) from OutboundMessage m where m.status = fi.aso.domain.invitation.DeliveryStatus.DEAD");
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  @Override
  public Map<Long, DeliveryStatus> latestStatusPerInvitee(Collection<Long> slotIds) {
    Map<Long, DeliveryStatus> latest = new HashMap<>();
    if (slotIds.isEmpty()) {
      return latest;
    }
    // in message order, so that the latest message's state is the one kept
    em.createQuery(
            "select i.invitee.id, m.status from OutboundMessage m join m.invitation i"
                + " where i.slotId in :slots and i.invitee is not null order by m.id",
            Object[].class)
        .setParameter("slots", slotIds)
        .getResultList()
        .forEach(row -> latest.put((Long) row[0], (DeliveryStatus) row[1]));
    return latest;
  }

  @Override
  public Map<Long, OutboundMessage> latestOfInvitations(Collection<Long> invitationIds) {
    Map<Long, OutboundMessage> latest = new HashMap<>();
    if (invitationIds.isEmpty()) {
      return latest;
    }
    em.createQuery(
            "select m from OutboundMessage m where m.invitation.id in :invitations order by m.id",
            OutboundMessage.class)
        .setParameter("invitations", invitationIds)
        .getResultList()
        .forEach(m -> latest.put(m.invitation().orElseThrow().id(), m));
    return latest;
  }
}
