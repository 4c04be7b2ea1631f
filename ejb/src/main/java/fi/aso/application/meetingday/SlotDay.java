package fi.aso.application.meetingday;

import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One slot on the chair's meeting-day screen: the client, the topic notes (from the referral until
 * the group writes its own), attendance, the assessment, the decisions and the action list. {@code
 * recordVersion} is null until the record is first saved.
 */
public record SlotDay(
    long slotId,
    long caseId,
    String caseReference,
    String clientName,
    Instant start,
    Instant end,
    Map<Referral.Topic, String> notes,
    HousingForm housingForm,
    String supportNeeded,
    String decisions,
    Long recordVersion,
    List<Attendee> attendees,
    List<ActionView> actions) {

  /** An invitee and how they took part. */
  public record Attendee(
      long inviteeId,
      String name,
      String organisation,
      Long organisationId,
      Long contactPersonId,
      Attendance attendance,
      String statement) {

    /**
     * Who can be made responsible for an action: "ORG:<organisation>" or
     * "ORG:<organisation>:<contact person>".
     */
    public String responsibleValue() {
      return "ORG:" + organisationId + (contactPersonId == null ? "" : ":" + contactPersonId);
    }
  }

  /** The slot's organisations, each once, for an action that names no person. */
  public List<Attendee> organisations() {
    Set<Long> seen = new HashSet<>();
    return attendees.stream()
        .filter(a -> a.organisationId() != null && seen.add(a.organisationId()))
        .toList();
  }
}
