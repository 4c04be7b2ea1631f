package fi.aso.application.staff;

import java.util.List;

/** A staff user as pages and the API show them: no password hash, no internal ids. */
public record StaffProfile(
    String username,
    String displayName,
    List<String> roles,
    String locale,
    String regionCode,
    String regionName,
    String organisation) {}
