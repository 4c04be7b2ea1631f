package fi.aso.domain.meetingday;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port for what the meeting day records: slot records, actions and follow-up points. */
public interface MeetingDayRepository {

  Optional<SlotRecord> recordOf(long slotId);

  /** The records of those slots that have one, by slot id. */
  Map<Long, SlotRecord> recordsOf(Collection<Long> slotIds);

  SlotRecord storeRecord(SlotRecord record);

  Optional<ActionItem> findAction(long actionId);

  /** Stores a new action; it has its id when this returns. */
  ActionItem storeAction(ActionItem action);

  /** The actions of each of the slots, by due date (slots without any are left out). */
  Map<Long, List<ActionItem>> actionsOfSlots(Collection<Long> slotIds);

  /** A client's actions, by due date. */
  List<ActionItem> actionsOfCase(long caseId);

  /** An organisation's actions, by due date. */
  List<ActionItem> actionsOfOrganisation(long organisationId);

  /** The actions of the clients a case worker is responsible for, by due date. */
  List<ActionItem> actionsOfCaseWorker(long staffUserId);

  /** The open (or in progress) actions of a region's clients, by due date. */
  List<ActionItem> openActionsOfRegion(long regionId);

  /** The region's open actions due before {@code today}, by due date. */
  List<ActionItem> overdueActionsOfRegion(long regionId, LocalDate today);

  /** Open actions with a responsible contact person, due on or before {@code day}. */
  List<ActionItem> openActionsOfContactsDueBy(LocalDate day);

  Optional<FollowUpPoint> findPoint(long pointId);

  /** A client's follow-up points, by due date. */
  List<FollowUpPoint> pointsOfCase(long caseId);

  FollowUpPoint storePoint(FollowUpPoint point);

  /**
   * Each of the clients' first follow-up point not yet recorded (the earliest due), by case id; a
   * client with none is not in the map. Read at once.
   */
  Map<Long, FollowUpPoint> firstOpenPointsOf(Collection<Long> caseIds);
}
