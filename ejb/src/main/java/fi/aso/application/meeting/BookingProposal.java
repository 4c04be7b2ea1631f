package fi.aso.application.meeting;

import fi.aso.domain.meeting.ClientAttendance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the booking dialog proposes for a client ready for a meeting: the next meeting with room for
 * the slot (or none: {@code meeting} empty), the slot's start and length, how the client attends,
 * the consented organisations' contact persons with one per organisation ticked, and the consented
 * organisations nobody can be invited from (they have no active contact person).
 */
public record BookingProposal(
    long caseId,
    String reference,
    String clientName,
    List<BookableMeeting> meetings,
    Optional<BookableMeeting> meeting,
    Instant start,
    int minutes,
    ClientAttendance attendance,
    Long videoRoomId,
    boolean afterRelease,
    List<BookingCandidate> candidates,
    List<String> consentedWithoutContact) {}
