package fi.aso.infrastructure.persistence;

import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.organisation.ContactPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaInvitationRepository() {}

  /** For tests outside the container. */
  public JpaInvitationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Invitation> find(long invitationId) {
    return Optional.ofNullable(em.find(Invitation.class, invitationId));
  }

  @Override
  public Optional<Invitation> withUid(String uid) {
    return em.createNamedQuery("Invitation.byUid", Invitation.class)
        .setParameter("uid", uid)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, Invitation> ofInvitees(Collection<Long> inviteeIds) {
    if (inviteeIds.isEmpty()) {
      return Map.of();
    }
    // one invitation per invitee (a unique key in the schema)
    return em.createNamedQuery("Invitation.ofInvitees", Invitation.class)
        .setParameter("invitees", inviteeIds)
        .getResultStream()
        .collect(
            Collectors.toMap(
                i -> i.invitee().orElseThrow().id(),
                Function.identity(),
                (first, second) -> first));
  }

  @Override
  public Invitation store(Invitation invitation) {
    em.persist(invitation);
    em.flush();
    return invitation;
  }

  @Override
  public List<Invitation> ofSlots(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select i from Invitation i where i.slotId in :slots order by i.id", Invitation.class)
        .setParameter("slots", slotIds)
        .getResultList();
  }

  @Override
  public List<Invitation> activeOfContactEndingAfter(ContactPerson contact, Instant from) {
    return em.createQuery(
            "select i from Invitation i where i.state = 'ACTIVE' and i.invitee.contactPerson = :contact and i.sentEnd > :from"
                + " order by i.sentStart",
            Invitation.class)
        .setParameter("contact", contact)
        .setParameter("from", Utc.at(from))
        .getResultList();
  }

  @Override
  public List<Invitation> activeStartingBetween(Instant from, Instant to) {
    return em.createQuery(
            "select i from Invitation i where i.state = 'ACTIVE' and i.sentStart >= :from and i.sentStart < :to",
            Invitation.class)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }

  @Override
  public boolean replyReceived(String messageId) {
    return !em.createNamedQuery("InboundReply.byMessageId", InboundReply.class)
        .setParameter("id", messageId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public InboundReply storeReply(InboundReply reply) {
    em.persist(reply);
    return reply;
  }

  @Override
  public Optional<long[]> caseAndRegionOfUid(String uid) {
    return em.createQuery(
            "select c.id, c.region.id from Invitation i, ClientCase c"
                + " where i.uid = :uid and c.id = i.caseId",
            Object[].class)
        .setParameter("uid", uid)
        .getResultStream()
        .findFirst()
        .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
  }

  @Override
  public Optional<InboundReply> findReply(long replyId) {
    return Optional.ofNullable(em.find(InboundReply.class, replyId));
  }

  @Override
  public List<InboundReply> unhandledReplies(int max) {
    return em.createNamedQuery("InboundReply.unhandled", InboundReply.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ForTheChair> forTheChairInRegionFrom(long regionId, java.time.Instant from) {
    return em
        .createQuery(
            "select r, i from InboundReply r, Invitation i where r.uid = i.uid"
                + " and i.regionId = :region and i.sentStart >= :from and r.handledAt is null"
                + " and r.outcome in (fi.aso.domain.invitation.InboundReply.Outcome.COUNTER,"
                + " fi.aso.domain.invitation.InboundReply.Outcome.DELEGATED)"
                + " order by r.receivedAt",
            Object[].class)
        .setParameter("region", regionId)
        .setParameter("from", from.atOffset(java.time.ZoneOffset.UTC))
        .getResultList()
        .stream()
        .map(row -> new ForTheChair((InboundReply) row[0], (Invitation) row[1]))
        .toList();
  }
}
