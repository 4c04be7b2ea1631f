package fi.aso.application.staff;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The person behind this request, as the staff register has them now: read once per request (by the
 * authentication mechanism when it checks the token or session, otherwise at the first question)
 * and asked by every service that decides access. A token or session only says who signed in;
 * whether they still may, in which roles, region and organisation, is the register's answer at this
 * request, so a deactivation or a role change counts at the next request.
 */
@RequestScoped
public class Caller {

  @Inject StaffUserRepository users;
  @Inject CallerIdentity identity;

  private String resolvedName;
  private Optional<StaffMember> resolved;

  public Caller() {}

  /** For tests outside the container: the register is read once for this object's life. */
  public Caller(StaffUserRepository users, CallerIdentity identity) {
    this.users = users;
    this.identity = identity;
  }

  /** The user name of the signed-in caller ({@link CallerIdentity#SYSTEM} for none). */
  public String name() {
    return identity.name();
  }

  /** The signed-in caller if they are an active staff user now. */
  public Optional<StaffMember> now() {
    return as(name());
  }

  /**
   * The register's answer for {@code username}, read once per request: the authentication mechanism
   * asks before the container knows the caller, the services after.
   */
  public Optional<StaffMember> as(String username) {
    if (resolved == null || !Objects.equals(resolvedName, username)) {
      resolved = users.activeNow(username);
      resolvedName = username;
    }
    return resolved;
  }

  /** The caller, if active with any of {@code roles}; otherwise what {@code refusal} makes. */
  public StaffMember withAny(Supplier<? extends RuntimeException> refusal, Role... roles) {
    return now().filter(m -> m.hasAny(roles)).orElseThrow(refusal);
  }
}
