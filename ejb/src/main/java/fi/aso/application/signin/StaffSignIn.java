package fi.aso.application.signin;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.throttle.Throttle;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUserRepository;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff sign-in with a password, the one way for both the login form and the API's token request.
 * Guessing costs: every try is counted against the account name and the client address before the
 * password is checked ({@link Throttle}); 5 failures lock the account name, 20 the address, for 1
 * minute, and each further failure locks again for twice as long, up to 15 minutes. While locked
 * even the right password is refused. A successful sign-in forgets the account's failures and gives
 * the address back its own try. Unknown names are counted and locked the same way, and cost the
 * same hash ({@link PasswordCheck}), so neither the answer nor its time tells whether a name
 * exists. Every failure and refusal is audited.
 *
 * <p>No transaction of its own: the counts commit in theirs, and nothing is held open while the
 * password is hashed.
 */
@ApplicationScoped
public class StaffSignIn {

  public static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));

  /** Higher: colleagues behind one office address share it. */
  public static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));

  @Inject Throttle throttle;
  @Inject PasswordCheck passwords;
  @Inject StaffUserRepository users;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public StaffSignIn() {}

  /** For tests outside the container. */
  public StaffSignIn(
      Throttle throttle,
      PasswordCheck passwords,
      StaffUserRepository users,
      AuditTrail audit,
      Clock clock) {
    this.throttle = throttle;
    this.passwords = passwords;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a sign-in came to. */
  public sealed interface Outcome {

    /** The password was right: the user and their roles now. */
    record SignedIn(String username, Set<String> roles) implements Outcome {}

    /** Wrong name or password (which of the two is not said). */
    record Refused() implements Outcome {}

    /** Too many failures for the account name or the address: try again after this long. */
    record Locked(Duration retryAfter) implements Outcome {}
  }

  /**
   * Signs {@code username} in with {@code password} from {@code address} (the client's, as {@code
   * ClientAddresses} finds it); {@code channel} says where, for the audit trail ("staff sign-in",
   * "API token request").
   */
  public Outcome signIn(String username, char[] password, String address, String channel) {
    String tried = safeName(username);
    if (username == null || username.isBlank() || password == null || password.length == 0) {
      failed(tried, channel, "");
      return new Outcome.Refused();
    }
    Instant now = clock.instant();
    ThrottleKey account = new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ACCOUNT, username);
    Throttle.Attempt attempt =
        throttle.admit(
            List.of(
                new Throttle.Rule(account, PER_ACCOUNT),
                new Throttle.Rule(
                    new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ADDRESS, address), PER_ADDRESS)),
            now);
    if (!attempt.admitted()) {
      failed(tried, channel, ": refused, locked after repeated failures");
      return new Outcome.Locked(retryAfter(now, attempt.refusal().until()));
    }
    Optional<StaffMember> member =
        passwords.matches(username, password) ? users.activeNow(username) : Optional.empty();
    if (member.isPresent()) {
      throttle.clear(account);
      throttle.forgive(attempt.counted().stream().filter(a -> !a.key().equals(account)).toList());
      audit.recordAs(
          member.get().username(),
          AuditRecord.success(AuditAction.SIGN_IN, "StaffUser", member.get().username(), channel));
      return new Outcome.SignedIn(member.get().username(), member.get().roleNames());
    }
    List<ThrottleKey> locked = attempt.locked();
    if (locked.isEmpty()) {
      failed(tried, channel, "");
      return new Outcome.Refused();
    }
    // this failure reached a threshold: say so now rather than at the next try
    failed(tried, channel, ": " + describe(locked) + " locked after repeated failures");
    Instant until =
        locked.stream()
            .map(key -> throttle.lockedUntil(key, now))
            .flatMap(Optional::stream)
            .max(Instant::compareTo)
            .orElse(now.plusSeconds(1));
    return new Outcome.Locked(retryAfter(now, until));
  }

  private void failed(String tried, String channel, String why) {
    audit.recordAs(
        tried,
        new AuditRecord(
            AuditAction.SIGN_IN_FAILED,
            "StaffUser",
            tried,
            null,
            channel + why,
            AuditOutcome.DENIED));
  }

  private static String describe(List<ThrottleKey> locked) {
    return String.join(
        " and ",
        locked.stream()
            .map(k -> k.kind() == ThrottleKey.Kind.SIGN_IN_ACCOUNT ? "account" : "address")
            .toList());
  }

  /** Whole seconds, rounded up (HTTP's Retry-After counts seconds). */
  private static Duration retryAfter(Instant now, Instant until) {
    long millis = Math.max(0, Duration.between(now, until).toMillis());
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }

  /** Attempted user names are typed by anyone: keep them short and printable in the audit. */
  public static String safeName(String name) {
    if (name == null) {
      return "unknown";
    }
    String cleaned = name.replaceAll("[^\\p{Alnum}._@-]", "?");
    return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
  }
}
