package fi.aso.application.meeting;

import fi.aso.application.clientcase.DataProtection;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Each invitee's personal join link into the platform ({@code /join/<token>}): the token is the
 * invitee's id with a keyed signature, so it cannot be guessed or altered and needs no stored
 * secret; following it records "joined by video" and forwards to the slot's video room.
 */
@ApplicationScoped
public class JoinLinks {

  private static final String PURPOSE = "join-link";

  @Inject DataProtection protection;

  public JoinLinks() {}

  /** For tests outside the container. */
  public JoinLinks(DataProtection protection) {
    this.protection = protection;
  }

  public String tokenFor(long inviteeId) {
    return inviteeId + "-" + protection.signature(PURPOSE, String.valueOf(inviteeId));
  }

  /** The invitee id of a genuine token; empty for anything else. */
  public Optional<Long> inviteeOf(String token) {
    if (token == null || token.length() > 80) {
      return Optional.empty();
    }
    int dash = token.indexOf('-');
    if (dash < 1) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(token.substring(0, dash));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    byte[] expected = tokenFor(id).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))
        ? Optional.of(id)
        : Optional.empty();
  }

  /**
   * Where a slot's video participants meet: the prison's own fixed room when the client joins from
   * a prison video room that has one, otherwise the meeting's room.
   */
  public static Optional<String> videoRoomOf(ClientSlot slot) {
    if (slot.clientAttendance() == ClientAttendance.VIDEO_FROM_PRISON) {
      Optional<String> fixed = slot.videoRoom().flatMap(r -> r.videoRoomUrl());
      if (fixed.isPresent()) {
        return fixed;
      }
    }
    return slot.meeting().videoLink();
  }
}
