package fi.aso.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One IP address or a CIDR block of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). Addresses are
 * read as literals only, never looked up by name: a forwarded header is written by anyone, and a
 * DNS query per request would be theirs to make.
 */
record AddressRange(byte[] network, int prefixBits) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Starts with a hex digit or a colon and has a colon: InetAddress reads it as a literal. */
  private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

  /** A range as written in the configuration; anything else is a mistake worth stopping for. */
  static AddressRange parse(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    byte[] bytes =
        literal(address)
            .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + trimmed));
    int bits = bytes.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a CIDR prefix: " + trimmed, e);
      }
      if (bits < 0 || bits > bytes.length * 8) {
        throw new IllegalArgumentException("not a CIDR prefix: " + trimmed);
      }
    }
    return new AddressRange(bytes, bits);
  }

  /**
   * The bytes of an IPv4 or IPv6 literal (an IPv4-mapped IPv6 address as IPv4); empty for anything
   * else, including host names.
   */
  static Optional<byte[]> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    if (IPV4.matcher(s).matches()) {
      return ipv4(s);
    }
    if (!IPV6.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      // an IPv6 literal by its form (checked above): InetAddress parses it, asks no name server
      return Optional.of(InetAddress.getByName(s).getAddress());
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Four decimal numbers up to 255, read here: InetAddress would look up anything else. */
  private static Optional<byte[]> ipv4(String s) {
    String[] parts = s.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      int part = Integer.parseInt(parts[i]);
      if (part > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) part;
    }
    return Optional.of(bytes);
  }

  /** The literal in one spelling, so that "::1" and "0:0:0:0:0:0:0:1" are one client. */
  static Optional<String> canonical(String text) {
    return literal(text)
        .map(
            bytes -> {
              try {
                return InetAddress.getByAddress(bytes).getHostAddress();
              } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // only for a wrong length, which cannot be
              }
            });
  }

  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = prefixBits / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xff << (8 - rest);
    return (address[whole] & mask) == (network[whole] & mask);
  }
}
