package fi.aso.web.security;

import fi.aso.domain.staff.PasswordHashing;
import fi.aso.domain.staff.Role;
import fi.aso.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff passwords are checked against the database with slow, salted PBKDF2 hashes. The
 * authentication mechanism ({@link AsoAuthenticationMechanism}) asks this store through the
 * container's {@code IdentityStoreHandler}.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DatabaseMigrator.DATA_SOURCE,
    callerQuery =
        "select password_hash from staff_user"
            + " where username = ? and active and password_hash is not null",
    groupsQuery =
        "select r.role from staff_user_role r join staff_user u on u.id = r.staff_user_id"
            + " where u.username = ? and u.active",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT_BYTES,
      PasswordHashing.KEY_BYTES
    })
@DeclareRoles({Role.ADMIN_NAME, Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
