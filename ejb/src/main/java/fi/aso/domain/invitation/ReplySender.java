package fi.aso.domain.invitation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sent a mail to the inbox: the addresses of its From header and of its Sender header (empty
 * when the mail has none), without display names. A calendar reply answers for an invitee only when
 * every one of them is the invited address: otherwise anyone holding the UID, such as the recipient
 * of a forwarded invitation, could answer in the invitee's name.
 *
 * <p>Addresses are compared case-insensitively. A header that could not be read is passed as its
 * raw text, which never equals an address, so such a mail is kept for a human.
 */
public record ReplySender(List<String> from, List<String> sender) {

  public ReplySender {
    from = from == null ? List.of() : from.stream().map(ReplySender::normalised).toList();
    sender = sender == null ? List.of() : sender.stream().map(ReplySender::normalised).toList();
  }

  /** A mail from one address and without a Sender header. */
  public static ReplySender from(String address) {
    return new ReplySender(address == null ? List.of() : List.of(address), List.of());
  }

  /**
   * Why the mail does not come from the invited address, in words; empty when From (and Sender,
   * where present) are that address.
   */
  public Optional<String> whyNotFrom(String invitedAddress) {
    String invited = normalised(invitedAddress);
    if (invited.isEmpty()) {
      return Optional.of("the invitation has no address to compare with");
    }
    if (from.isEmpty()) {
      return Optional.of("has no sender address");
    }
    if (!from.stream().allMatch(invited::equals)) {
      return Optional.of("sent from another address than the invited one");
    }
    if (!sender.stream().allMatch(invited::equals)) {
      return Optional.of("sent by another address (Sender) than the invited one");
    }
    return Optional.empty();
  }

  /** The From addresses as the kept reply's sender column shows them. */
  public String shown() {
    return from.isEmpty() ? null : String.join(", ", from);
  }

  private static String normalised(String address) {
    return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
  }
}
