package fi.aso.infrastructure.keys;

import fi.aso.application.keys.PlatformSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Reads the secrets while the platform deploys rather than at the first request that needs one, so
 * that a platform without its keys fails to start (naming them) instead of failing later. The first
 * start-up bean: {@code DatabaseMigrator}, and through it every other, depends on it.
 */
@Startup
@Singleton
public class SecretsAtStartup {

  @Inject PlatformSecrets secrets;

  @PostConstruct
  void check() {
    secrets.get();
  }
}
