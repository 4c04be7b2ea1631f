package fi.aso.infrastructure.persistence;

import fi.aso.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaUnitOfWork() {}

  /** For tests outside the container. */
  public JpaUnitOfWork(EntityManager em) {
    this.em = em;
  }

  @Override
  public void flush() {
    em.flush();
  }
}
