package fi.aso.application.meeting;

import java.time.Instant;

/**
 * A planned meeting the client can still be put on: where its free time starts (after its last
 * slot) and how many clients it has.
 */
public record BookableMeeting(
    long id,
    long version,
    Instant start,
    Instant end,
    String place,
    int clients,
    Instant freeFrom) {}
