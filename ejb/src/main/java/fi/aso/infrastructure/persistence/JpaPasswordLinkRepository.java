package fi.aso.infrastructure.persistence;

import fi.aso.domain.staff.PasswordLink;
import fi.aso.domain.staff.PasswordLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPasswordLinkRepository implements PasswordLinkRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaPasswordLinkRepository() {}

  /** For tests outside the container. */
  public JpaPasswordLinkRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<PasswordLink> withTokenHash(String hash) {
    return em.createNamedQuery("PasswordLink.byTokenHash", PasswordLink.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PasswordLink> forUse(String hash) {
    return em.createNamedQuery("PasswordLink.byTokenHash", PasswordLink.class)
        .setParameter("hash", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PasswordLink> openOf(long staffUserId, Instant now) {
    return em.createNamedQuery("PasswordLink.openOf", PasswordLink.class)
        .setParameter("user", staffUserId)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  @Override
  public PasswordLink store(PasswordLink link) {
    em.persist(link);
    return link;
  }
}
