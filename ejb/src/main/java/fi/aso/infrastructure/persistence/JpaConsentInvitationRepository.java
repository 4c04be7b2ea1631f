package fi.aso.infrastructure.persistence;

import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentInvitationRepository;
import fi.aso.domain.consent.ConsentLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaConsentInvitationRepository implements ConsentInvitationRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaConsentInvitationRepository() {}

  /** For tests outside the container. */
  public JpaConsentInvitationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ConsentInvitation> withTokenHash(String hash) {
    return em.createNamedQuery("ConsentInvitation.byTokenHash", ConsentInvitation.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ConsentInvitation> find(long id) {
    return Optional.ofNullable(em.find(ConsentInvitation.class, id));
  }

  @Override
  public ConsentInvitation store(ConsentInvitation invitation) {
    em.persist(invitation);
    // the link's id is handed out at once (the API revokes a link by it)
    em.flush();
    return invitation;
  }

  @Override
  public Map<Long, ConsentLink> latestGivingLinksOf(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, ConsentLink> latest = new HashMap<>();
    // oldest first: the last one put for a case is its latest
    em.createNamedQuery("ConsentInvitation.linksOfCases", Object[].class)
        .setParameter("caseIds", caseIds)
        .getResultStream()
        .forEach(
            row ->
                latest.put(
                    ((Number) row[0]).longValue(),
                    new ConsentLink(
                        ((OffsetDateTime) row[1]).toInstant(),
                        row[2] != null,
                        ((Number) row[3]).intValue())));
    return latest;
  }

  @Override
  public boolean countTry(long invitationId, boolean rightCode, Instant now) {
    // one statement: PostgreSQL makes concurrent tries of one link wait for each other and checks
    // the condition again on the row as the one before left it (a right code adds nothing but
    // takes its turn the same way, so it cannot slip past the fifth wrong one)
    return !em.createNativeQuery(
            "update consent_invitation set failed_attempts = failed_attempts + ?1"
                + " where id = ?2 and used_at is null and expires_at > ?3"
                + " and failed_attempts < ?4 returning failed_attempts")
        .setParameter(1, rightCode ? 0 : 1)
        .setParameter(2, invitationId)
        .setParameter(3, Utc.at(now))
        .setParameter(4, ConsentInvitation.MAX_FAILED_CODES)
        .getResultList()
        .isEmpty();
  }
}
