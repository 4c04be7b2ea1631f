package fi.aso.application.meeting;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A per-meeting room from a pattern such as {@code https://video.example.fi/aso-{room}} (e.g. a
 * self-hosted Jitsi): {room} becomes 26 random characters (130 bits), so a room name cannot be
 * guessed from another meeting's. The default provider ({@code aso.video.provider=pattern}, with
 * {@code aso.video.link-pattern}); it never fails, as it asks no other system.
 */
public class PatternVideoLinks implements VideoLinkProvider {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final String pattern;

  public PatternVideoLinks(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public Optional<String> newMeetingLink(Instant start, Instant end) {
    return Optional.of(newLink());
  }

  /** A new room's link; the pattern's mistakes are the deployment's, so they fail loudly. */
  public String newLink() {
    if (!pattern.contains("{room}") || !pattern.toLowerCase(Locale.ROOT).startsWith("https://")) {
      throw new IllegalStateException(
          "aso.video.link-pattern must be an https address containing {room}");
    }
    StringBuilder room = new StringBuilder();
    for (int i = 0; i < 26; i++) {
      room.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return pattern.replace("{room}", room);
  }
}
