package fi.aso.integration.camel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/**
 * Camel's default pools, but every thread made by the server's managed thread factory: work on
 * unmanaged threads would have no transactions, no JNDI and no security context propagation.
 */
class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {

  private final ThreadFactory managed;

  ManagedThreadPoolFactory(ThreadFactory managed) {
    this.managed = managed;
  }

  @Override
  public ExecutorService newCachedThreadPool(ThreadFactory ignored) {
    return super.newCachedThreadPool(managed);
  }

  @Override
  public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newThreadPool(profile, managed);
  }

  @Override
  public ScheduledExecutorService newScheduledThreadPool(
      ThreadPoolProfile profile, ThreadFactory ignored) {
    return super.newScheduledThreadPool(profile, managed);
  }
}
