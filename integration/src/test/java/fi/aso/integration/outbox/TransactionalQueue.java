package fi.aso.integration.outbox;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import fi.aso.application.invitation.Outbox;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The outbox EJB's calls as the routes make them in the container, each in its own transaction
 * (REQUIRES_NEW there), for route tests outside it.
 */
public final class TransactionalQueue implements DeliveryQueue {

  private final EntityManagerFactory emf;

  public TransactionalQueue(EntityManagerFactory emf) {
    this.emf = emf;
  }

  private <T> T inTransaction(Function<Outbox, T> work) {
    return Transactions.inTransaction(
        emf,
        em ->
            work.apply(
                TestServices.of(em, CallerIdentity.of("outbox"), Clock.systemUTC()).outbox()));
  }

  @Override
  public List<Delivery> claim(String node, int max, Duration lease) {
    return inTransaction(o -> o.claim(node, max, lease));
  }

  @Override
  public void delivered(long id) {
    inTransaction(
        o -> {
          o.delivered(id);
          return null;
        });
  }

  @Override
  public void failed(long id, String error) {
    inTransaction(
        o -> {
          o.failed(id, error);
          return null;
        });
  }
}
