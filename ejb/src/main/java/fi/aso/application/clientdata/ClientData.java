package fi.aso.application.clientdata;

import fi.aso.application.audit.AccessReportGroup;
import fi.aso.application.minutes.MinutesContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform holds about one client, as the client may ask for it (GDPR art. 15 and
 * 20; the Law Enforcement Directive's right of access, act 1054/2018 §23): the JSON form of the
 * export, whose schema is this record (docs/client-data.md and the OpenAPI document describe it).
 * Codes (states, categories, forms of housing) are the platform's own constants; the PDF says them
 * in words.
 *
 * @param schema the export format and its version, {@value #SCHEMA}
 */
public record ClientData(
    String schema,
    Instant exportedAt,
    Client client,
    List<StateChange> stateHistory,
    List<ConsentVersion> consents,
    List<Meeting> meetings,
    List<MinutesPart> minutes,
    List<Action> actions,
    List<FollowUp> followUp,
    List<AccessReportGroup> accessReport) {

  public static final String SCHEMA = "aso-client-data/1";

  /** The case: who the client is, the referral and where the case stands. */
  public record Client(
      long caseId,
      String reference,
      String name,
      LocalDate dateOfBirth,
      String kind,
      String institution,
      LocalDate expectedRelease,
      String state,
      Instant referredAt,
      Map<String, String> referral,
      String outcome,
      String outcomeNote) {}

  public record StateChange(String from, String to, Instant at, String reason) {}

  /** One consent version with whom it named, what for, and its scan's description (not bytes). */
  public record ConsentVersion(
      int version,
      String method,
      Instant givenAt,
      LocalDate validUntil,
      Instant supersededAt,
      Instant withdrawnAt,
      List<Recipient> recipients,
      Scan scan) {}

  public record Recipient(String organisation, List<String> categories, Instant withdrawnAt) {}

  public record Scan(String fileName, String contentType, int sizeBytes, Instant uploadedAt) {}

  /** The client's slot of a meeting, with who was invited and the record of the meeting. */
  public record Meeting(
      Instant start,
      Instant end,
      String place,
      String status,
      String agenda,
      String clientAttendance,
      List<Invitee> invitees,
      String housingForm,
      String supportNeeded,
      String decisions,
      Map<String, String> notes) {}

  public record Invitee(String organisation, String answer, String attendance) {}

  /** The client's own part of each minutes version that names them. */
  public record MinutesPart(
      Instant meetingStart, int version, String state, MinutesContent.SlotPart part) {}

  public record Action(
      String what,
      String responsible,
      String organisation,
      LocalDate due,
      String status,
      String note) {}

  public record FollowUp(
      String label,
      LocalDate due,
      Boolean housedBeforeRelease,
      String howHoused,
      String housingForm,
      Boolean stillHoused,
      String note) {}
}
