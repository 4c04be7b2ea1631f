package fi.aso.application.meeting;

/**
 * A contact person the booking dialog offers for the client's new slot: their organisation has the
 * client's consent. {@code chosen}: ticked at first (one per organisation: its contact person, or
 * the deputy when the contact person is away). {@code away}: busy at the slot's time (a busy time
 * entered on the platform, or another slot). {@code standsInFor}: whose deputy this is, when ticked
 * in their place.
 */
public record BookingCandidate(
    long contactPersonId,
    String name,
    long organisationId,
    String organisation,
    boolean chosen,
    boolean away,
    String standsInFor) {}
