package fi.aso.infrastructure.persistence;

import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
  public List<StaffUser> ofRegion(long regionId) {
    return em.createNamedQuery("StaffUser.ofRegion", StaffUser.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public Optional<StaffMember> activeNow(String username) {
    // values, not entities: one query straight to the database (the persistence unit has no
    // shared cache today; this stays right if one is switched on)
    List<Object[]> rows =
        em.createQuery(
                "select u.id, u.username, u.email, rg.id, o.id, c.id, r from StaffUser u"
                    + " left join u.region rg left join u.organisation o"
                    + " left join u.contactPerson c left join u.roles r"
                    + " where u.username = :username and u.active = true",
                Object[].class)
            .setParameter("username", username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.stream().map(row -> (Role) row[6]).filter(Objects::nonNull).forEach(roles::add);
    return Optional.of(
        new StaffMember(
            (Long) first[0],
            (String) first[1],
            (String) first[2],
            roles,
            (Long) first[3],
            (Long) first[4],
            (Long) first[5]));
  }

  @Override
  public Optional<String> passwordHashOfActive(String username) {
    return em.createQuery(
            "select u.passwordHash from StaffUser u where u.username = :username"
                + " and u.active = true and u.passwordHash is not null",
            String.class)
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
    em.flush(); // the id is the database's
    return user;
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
  }
}
