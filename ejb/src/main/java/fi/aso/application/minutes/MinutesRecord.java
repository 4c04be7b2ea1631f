package fi.aso.application.minutes;

import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.meetingday.SlotRecord;
import java.util.List;
import java.util.Map;

/**
 * Gathers a meeting's structured record (notes, assessment, attendance, actions) into minutes
 * content.
 */
public final class MinutesRecord {

  private MinutesRecord() {}

  /** The minutes' content from the meeting's records as they are now. */
  public static MinutesContent of(MeetingDayRepository meetingDays, Meeting meeting) {
    // every slot's record and actions in one read each, not two per slot
    List<Long> slotIds = meeting.slots().stream().map(ClientSlot::id).toList();
    Map<Long, SlotRecord> records = meetingDays.recordsOf(slotIds);
    Map<Long, List<ActionItem>> actions = meetingDays.actionsOfSlots(slotIds);
    List<MinutesContent.SlotPart> parts =
        meeting.slots().stream()
            .map(
                slot ->
                    partOf(
                        slot, records.get(slot.id()), actions.getOrDefault(slot.id(), List.of())))
            .toList();
    return new MinutesContent(
        meeting.region().name(), meeting.startsAt(), meeting.endsAt(), meeting.place(), parts);
  }

  private static MinutesContent.SlotPart partOf(
      ClientSlot slot, SlotRecord record, List<ActionItem> actionsOfSlot) {
    List<MinutesContent.Person> people =
        slot.activeInvitees().stream()
            .map(
                i ->
                    new MinutesContent.Person(
                        i.kind() == InviteeKind.CLIENT
                            ? null
                            : i.contactPerson()
                                .map(c -> c.name())
                                .or(() -> i.staffUser().map(u -> u.displayName()))
                                .orElse(""),
                        i.organisation().map(o -> o.id()).orElse(null),
                        i.organisation().map(o -> o.name()).orElse(null),
                        i.attendance().map(Enum::name).orElse(null),
                        i.statement().orElse(null)))
            .toList();
    List<MinutesContent.Action> actions =
        actionsOfSlot.stream()
            .map(
                a ->
                    new MinutesContent.Action(
                        a.what(),
                        a.organisation().map(o -> o.name()).orElse(a.responsible().name()),
                        a.organisation().map(o -> o.id()).orElse(null),
                        a.dueDate(),
                        a.status().name()))
            .toList();
    return new MinutesContent.SlotPart(
        slot.clientCase().id(),
        slot.clientCase().reference(),
        slot.clientCase().fullName(),
        slot.startsAt(),
        slot.endsAt(),
        record == null ? Map.of() : record.notes(),
        record == null ? null : record.housingForm().map(Enum::name).orElse(null),
        record == null ? null : record.supportNeeded().orElse(null),
        record == null ? null : record.decisions().orElse(null),
        people,
        actions);
  }
}
