package fi.aso.application.signin;

import fi.aso.domain.staff.PasswordHashing;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Checks a staff user's password against the slow, salted hash in the staff register, and costs the
 * same for a name that does not exist: an unknown, inactive or password-less user is checked
 * against a stand-in hash made with the same parameters, so that the answer time does not tell
 * whether a user name exists (the identity store of Jakarta Security answered an unknown name
 * without hashing: 50 ms against a second).
 */
@ApplicationScoped
public class PasswordCheck {

  @Inject StaffUserRepository users;
  @Inject Pbkdf2PasswordHash hash;

  /** The hash of a random password nobody knows, as costly to check as a real one. */
  private String standIn;

  public PasswordCheck() {}

  /** For tests outside the container, with a stand-in made once by {@link #standIn}. */
  public PasswordCheck(StaffUserRepository users, Pbkdf2PasswordHash hash, String standIn) {
    this.users = users;
    this.hash = hash;
    this.standIn = standIn;
  }

  @PostConstruct
  void makeStandIn() {
    standIn = standIn(hash);
  }

  /** The hash of a random password nobody knows, made with the platform's parameters. */
  public static String standIn(Pbkdf2PasswordHash hash) {
    hash.initialize(PasswordHashing.parameters());
    char[] random = new char[32];
    SecureRandom rnd = new SecureRandom();
    for (int i = 0; i < random.length; i++) {
      random[i] = (char) ('!' + rnd.nextInt(94));
    }
    return hash.generate(random);
  }

  /** Whether {@code username} is an active user whose password this is. Always one hash. */
  public boolean matches(String username, char[] password) {
    Optional<String> stored = users.passwordHashOfActive(username);
    boolean right = hash.verify(password, stored.orElse(standIn));
    return right && stored.isPresent();
  }
}
