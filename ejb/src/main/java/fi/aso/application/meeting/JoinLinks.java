package fi.aso.application.meeting;

import fi.aso.application.links.SignedTokens;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Each invitee's personal join link into the platform ({@code /join/<token>}): the invitee's id,
 * signed and with an expiry (see {@link SignedTokens}), so it cannot be guessed or altered and
 * needs no stored secret; following it records "joined by video" and forwards to the slot's video
 * room.
 */
@ApplicationScoped
public class JoinLinks {

  private static final String PURPOSE = "join-link";

  @Inject SignedTokens tokens;

  public JoinLinks() {}

  /** For tests outside the container. */
  public JoinLinks(SignedTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * A join link works until {@link VideoJoin#CLOSES_AFTER} after the slot's end, when {@link
   * VideoJoin} would refuse it anyway: a slot that overruns is still reachable, and nothing is
   * joined by video after the meeting. A slot moved later gets a new invitation with a new link.
   */
  public String tokenFor(long inviteeId, Instant slotEnds) {
    return tokens.issue(PURPOSE, inviteeId, slotEnds.plus(VideoJoin.CLOSES_AFTER));
  }

  /** The invitee of a token, when it is genuine, a join token, and not expired. */
  public SignedTokens.Verified check(String token) {
    return tokens.verify(PURPOSE, token);
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
