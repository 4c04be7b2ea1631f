package fi.aso.web.security;

import fi.aso.domain.staff.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's roles. Staff passwords are checked by {@link
 * fi.aso.application.signin.StaffSignIn} (slow, salted PBKDF2 hashes in the staff register, with
 * failures counted per account and client address), which the authentication mechanism ({@link
 * AsoAuthenticationMechanism}) and the token endpoint call; there is no identity store of Jakarta
 * Security's own: its database store answered an unknown user name without hashing, so the answer
 * time told which names exist.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
