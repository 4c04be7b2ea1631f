package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void theSessionCookieIsSecureWhenThePublicAddressIsHttps() {
    assertThat(secureAfterConfiguring("https://aso.example.fi")).isTrue();
    assertThat(secureAfterConfiguring(" HTTPS://aso.example.fi/ ")).isTrue();
  }

  @Test
  void overPlainHttpTheCookieIsLeftAsItWas() {
    assertThat(secureAfterConfiguring("http://localhost:8080")).isFalse();
  }

  /** Configures a stand-in cookie config that records what was set on it. */
  private static boolean secureAfterConfiguring(String publicBaseUrl) {
    Map<String, Object> set = new HashMap<>();
    SessionCookieConfig cookie =
        (SessionCookieConfig)
            Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().startsWith("set")) {
                    set.put(method.getName(), args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });

    SessionCookies.configure(cookie, publicBaseUrl);

    return Boolean.TRUE.equals(set.get("setSecure"));
  }
}
