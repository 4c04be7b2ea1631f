package fi.aso.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The mail settings read by name find their defaults in the platform's config file. */
class MailSettingsTest {

  @Test
  void theDefaultsComeFromTheConfigFile() throws IOException {
    Properties defaults = defaults();

    MailSettings settings = new MailSettings().read(config(defaults));

    assertThat(settings.smtpEndpoint())
        .isEqualTo("smtp://localhost:3025?connectionTimeout=10000&mail.smtp.timeout=10000");
    assertThat(settings.from()).isEqualTo("aso-noreply@localhost");
    assertThat(settings.secureSmtpEndpoint()).isEmpty();
    assertThat(settings.imapEndpoint(1000))
        .startsWith("imap://localhost:3143?username=aso%40localhost");
  }

  @Test
  void theSecureRelayHasItsOwnPortAndRequiresStartTlsByDefault() throws IOException {
    Properties defaults = defaults();
    defaults.setProperty("aso.mail.secure.smtp.host", "secure.example.fi");
    defaults.setProperty("aso.mail.secure.smtp.username", "aso@x");

    MailSettings settings = new MailSettings().read(config(defaults));

    assertThat(settings.secureSmtpEndpoint())
        .hasValue(
            "smtp://secure.example.fi:25?connectionTimeout=10000&mail.smtp.timeout=10000"
                + "&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true"
                + "&username=aso%40x");
  }

  private static Properties defaults() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        MailSettingsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    return defaults;
  }

  /**
   * A MicroProfile Config over plain properties, as the container reads them: an empty value is not
   * set, and a missing required one fails.
   */
  private static Config config(Properties properties) {
    Function<String, Optional<String>> lookup =
        key -> Optional.ofNullable(properties.getProperty(key)).filter(v -> !v.isEmpty());
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              String key = (String) args[0];
              Class<?> type = (Class<?>) args[1];
              Optional<Object> value = lookup.apply(key).map(v -> convert(v, type));
              return switch (method.getName()) {
                case "getValue" ->
                    value.orElseThrow(() -> new NoSuchElementException(key + " has no default"));
                case "getOptionalValue" -> value;
                default -> throw new UnsupportedOperationException(method.getName());
              };
            });
  }

  private static Object convert(String value, Class<?> type) {
    if (type == Integer.class) {
      return Integer.valueOf(value);
    }
    return type == Boolean.class ? Boolean.valueOf(value) : value;
  }
}
