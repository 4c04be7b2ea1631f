package fi.aso.application.meeting;

import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.InvitationAnswer;
import java.time.Instant;

/**
 * A slot a partner's organisation is invited to, as the partner sees it: their own slot only, never
 * the meeting's other clients. The client's name only while the consent allows it.
 */
public record PartnerSlot(
    long slotId,
    long caseId,
    String caseReference,
    String clientName,
    Instant start,
    Instant end,
    String place,
    String invitee,
    InvitationAnswer answer,
    ClientAttendance clientAttendance,
    String joinToken) {}
