package fi.aso.domain.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port for meetings with their slots and invitees, and the regular series they come from. */
public interface MeetingRepository {

  Optional<Meeting> find(long meetingId);

  /** The meeting's version rises with this transaction, even if only one of its slots changes. */
  void lockForChange(Meeting meeting);

  /** Stores a new meeting; it has its id when this returns. */
  Meeting store(Meeting meeting);

  /** A region's meetings overlapping [from, to), by start. */
  List<Meeting> ofRegionBetween(long regionId, Instant from, Instant to);

  /** Which of the given starts the series already has a meeting at. */
  Set<Instant> startsOfSeriesAmong(MeetingSeries series, Collection<Instant> starts);

  Optional<MeetingSeries> findSeries(long seriesId);

  /** Stores a new series; it has its id when this returns. */
  MeetingSeries storeSeries(MeetingSeries series);

  List<MeetingSeries> seriesOfRegion(long regionId);

  Optional<ClientSlot> findSlot(long slotId);

  /** Deletes a slot (taken off its meeting already), at once. */
  void removeSlot(ClientSlot slot);

  /** Every slot a client has had, by start. */
  List<ClientSlot> slotsOfCase(long caseId);

  /**
   * When each of the clients' first slot on a planned meeting starts at or after {@code from}, by
   * case id (a client with none is not in the map); read at once, without the slots themselves.
   */
  Map<Long, Instant> firstPlannedSlotStartsFrom(Collection<Long> caseIds, Instant from);

  /** Slots of other planned meetings overlapping [from, to). */
  List<ClientSlot> plannedSlotsOfOtherMeetingsBetween(long meetingId, Instant from, Instant to);

  /** Slots of planned meetings that book one of the video rooms and overlap [from, to). */
  List<ClientSlot> plannedSlotsUsingVideoRoomsBetween(
      Collection<Long> roomIds, Instant from, Instant to);

  Optional<SlotInvitee> findInvitee(long inviteeId);

  /**
   * An organisation's people still invited to slots of planned meetings that end after {@code
   * from}, by start.
   */
  List<SlotInvitee> activeInviteesOfOrganisationFrom(long organisationId, Instant from);

  /**
   * Invitees of a region's planned meetings who declined a slot that ends after {@code from}, the
   * latest answer first (the chair must find someone else or move the slot).
   */
  List<SlotInvitee> declinedInRegionFrom(long regionId, Instant from);

  /** The client's invitees from the given organisations who are still invited (past slots too). */
  List<SlotInvitee> activeInviteesOfCaseFromOrganisations(
      long caseId, Collection<Long> organisationIds);

  /** The region's coming slots of planned meetings that wait for the chair's decision. */
  List<ClientSlot> flaggedInRegionFrom(long regionId, Instant from);

  /** Every slot of a planned meeting starting in [from, to), soonest first. */
  List<ClientSlot> plannedSlotsStartingBetween(Instant from, Instant to);
}
