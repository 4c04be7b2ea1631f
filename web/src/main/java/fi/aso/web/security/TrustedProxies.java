package fi.aso.web.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} the platform believes ({@code
 * aso.security.trusted-proxies}: addresses and CIDR blocks, comma-separated; none by default).
 *
 * <p>The client is found from the right: the socket's peer, then each address the trusted proxies
 * say they received the request from, until one that is not a trusted proxy. What lies to the left
 * of it was written by the client (or whoever it pretends to be) and is never read. Without a
 * trusted proxy the header is ignored altogether: anyone can send one.
 */
final class TrustedProxies {

  private final List<AddressRange> ranges;

  private TrustedProxies(List<AddressRange> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /** A comma-separated list of addresses and CIDR blocks; an invalid entry stops the platform. */
  static TrustedProxies parse(String list) {
    List<AddressRange> ranges = new ArrayList<>();
    if (list != null) {
      Arrays.stream(list.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(AddressRange::parse)
          .forEach(ranges::add);
    }
    return new TrustedProxies(ranges);
  }

  boolean trusts(String address) {
    Optional<byte[]> bytes = AddressRange.literal(address);
    return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
  }

  /**
   * The client's address for a request from {@code peer} (the socket's remote address) with these
   * {@code X-Forwarded-For} header values, in one spelling.
   */
  String clientOf(String peer, List<String> forwardedFor) {
    String client = AddressRange.canonical(peer).orElse(peer);
    if (!trusts(client)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    forwardedFor.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<String> hop = AddressRange.canonical(hops.get(i));
      if (hop.isEmpty()) {
        // not an address (a proxy passing on what a client wrote): the last one known stands
        return client;
      }
      client = hop.get();
      if (!trusts(client)) {
        return client;
      }
    }
    return client;
  }
}
