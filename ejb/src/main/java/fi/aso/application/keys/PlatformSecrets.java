package fi.aso.application.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's {@link Secrets}, read once from MicroProfile Config. */
@ApplicationScoped
public class PlatformSecrets {

  private static final Logger LOG = Logger.getLogger(PlatformSecrets.class.getName());

  @Inject
  @ConfigProperty(name = "aso.security.data-key")
  Optional<String> dataKey;

  @Inject
  @ConfigProperty(name = "aso.security.data-keys-retired")
  Optional<String> retiredDataKeys;

  @Inject
  @ConfigProperty(name = "aso.security.hash-key")
  Optional<String> hashKey;

  @Inject
  @ConfigProperty(name = "aso.security.hash-keys-retired")
  Optional<String> retiredHashKeys;

  @Inject
  @ConfigProperty(name = "aso.security.token-secret")
  Optional<String> tokenSecret;

  @Inject
  @ConfigProperty(name = "aso.demo-data.enabled")
  boolean demo;

  private Secrets secrets;

  @PostConstruct
  void read() {
    Map<String, String> settings = new HashMap<>();
    dataKey.ifPresent(v -> settings.put(Secrets.DATA_KEY, v));
    retiredDataKeys.ifPresent(v -> settings.put(Secrets.DATA_KEYS_RETIRED, v));
    hashKey.ifPresent(v -> settings.put(Secrets.HASH_KEY, v));
    retiredHashKeys.ifPresent(v -> settings.put(Secrets.HASH_KEYS_RETIRED, v));
    tokenSecret.ifPresent(v -> settings.put(Secrets.TOKEN_SECRET, v));
    try {
      secrets = Secrets.read(settings, demo);
    } catch (KeyProblem e) {
      // said here, plainly, before the container wraps it into a deployment failure
      LOG.severe(e.getMessage());
      throw e;
    }
    if (!secrets.madeUp().isEmpty()) {
      LOG.warning(
          () ->
              "Demo mode: made up for this process only (what they protect is lost at restart): "
                  + secrets.madeUp());
    }
    LOG.info(
        () ->
            "Sealing under data key '"
                + secrets.dataKeys().currentId()
                + "' (configured: "
                + secrets.dataKeys().ids()
                + "), hashing under hash key '"
                + secrets.hashKeys().currentId()
                + "' (configured: "
                + secrets.hashKeys().ids()
                + ")");
  }

  public Secrets get() {
    return secrets;
  }
}
