package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxy = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");

  @Test
  void withoutATrustedProxyTheHeaderIsIgnored() {
    assertThat(TrustedProxies.none().clientOf("198.51.100.7", List.of("203.0.113.1")))
        .isEqualTo("198.51.100.7");
    assertThat(proxy.clientOf("198.51.100.7", List.of("203.0.113.1")))
        .as("a client that is not a proxy says what it likes")
        .isEqualTo("198.51.100.7");
  }

  @Test
  void behindATrustedProxyTheClientIsTheAddressItForwarded() {
    assertThat(proxy.clientOf("127.0.0.1", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    assertThat(proxy.clientOf("127.0.0.1", List.of())).as("no header").isEqualTo("127.0.0.1");
  }

  @Test
  void theClientIsTheFirstUntrustedAddressFromTheRight() {
    assertThat(proxy.clientOf("127.0.0.1", List.of("1.2.3.4, 203.0.113.1, 10.1.2.3")))
        .as("what the client wrote itself (1.2.3.4) is not believed")
        .isEqualTo("203.0.113.1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("1.2.3.4", "203.0.113.1, 10.1.2.3")))
        .as("the same over two header lines")
        .isEqualTo("203.0.113.1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("10.0.0.5, 10.1.2.3")))
        .as("all proxies: the farthest")
        .isEqualTo("10.0.0.5");
  }

  @Test
  void somethingThatIsNotAnAddressIsNeverLookedUpOrBelieved() {
    assertThat(proxy.clientOf("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("203.0.113.1, unknown"))).isEqualTo("127.0.0.1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
    assertThat(AddressRange.literal("abc")).isEmpty();
    assertThat(AddressRange.literal(".:")).isEmpty();
  }

  @Test
  void anAddressHasOneSpelling() {
    assertThat(proxy.clientOf("0:0:0:0:0:0:0:1", List.of())).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("[2001:db8::1]")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(proxy.clientOf("127.0.0.1", List.of("::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(proxy.trusts("fd12:3456::1")).isTrue();
    assertThat(proxy.trusts("fe80::1")).isFalse();
  }

  @Test
  void cidrBlocksMatchOnTheirPrefix() {
    TrustedProxies block = TrustedProxies.parse("192.168.4.0/22");
    assertThat(block.trusts("192.168.7.255")).isTrue();
    assertThat(block.trusts("192.168.8.0")).isFalse();
    assertThat(block.trusts("192.168.3.255")).isFalse();
    assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("203.0.113.1")).isTrue();
    assertThat(TrustedProxies.parse("").trusts("127.0.0.1")).isFalse();
  }

  @Test
  void aMistypedEntryStopsThePlatform() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
