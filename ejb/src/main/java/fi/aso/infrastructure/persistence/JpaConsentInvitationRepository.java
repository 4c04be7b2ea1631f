package fi.aso.infrastructure.persistence;

import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentInvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public ConsentInvitation store(ConsentInvitation invitation) {
    em.persist(invitation);
    return invitation;
  }
}
