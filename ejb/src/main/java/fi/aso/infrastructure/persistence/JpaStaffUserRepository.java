package fi.aso.infrastructure.persistence;

import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaStaffUserRepository() {}

  /** For tests outside the container. */
  public JpaStaffUserRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<StaffUser> findByUsername(String username) {
    return em.createNamedQuery("StaffUser.findByUsername", StaffUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffUser> find(long id) {
    return Optional.ofNullable(em.find(StaffUser.class, id));
  }

  @Override
  public StaffUser store(StaffUser user) {
    em.persist(user);
    return user;
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
  }
}
