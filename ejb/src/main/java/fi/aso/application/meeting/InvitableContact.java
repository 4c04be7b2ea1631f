package fi.aso.application.meeting;

/** A contact person the chair may invite to a slot: their organisation has the client's consent. */
public record InvitableContact(
    long contactPersonId,
    String name,
    String email,
    long organisationId,
    String organisation,
    String deputy) {}
