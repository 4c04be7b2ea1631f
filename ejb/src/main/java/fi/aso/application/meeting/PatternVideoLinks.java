package fi.aso.application.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A per-meeting room from a pattern such as {@code https://video.example.fi/aso-{room}} (e.g. a
 * self-hosted Jitsi): {room} becomes 26 random characters (130 bits), so a room name cannot be
 * guessed from another meeting's.
 */
@ApplicationScoped
public class PatternVideoLinks implements VideoLinkProvider {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  @Inject
  @ConfigProperty(name = "aso.video.link-pattern")
  String pattern;

  public PatternVideoLinks() {}

  /** For tests outside the container. */
  public PatternVideoLinks(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public String newMeetingLink() {
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
