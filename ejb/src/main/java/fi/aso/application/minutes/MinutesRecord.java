package fi.aso.application.minutes;

import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.SlotRecord;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Gathers a meeting's structured record (notes, assessment, attendance, actions) into minutes content. */
public final class MinutesRecord {

  private MinutesRecord() {}

  /** The minutes' content from the meeting's records as they are now. */
  public static MinutesContent of(EntityManager em, Meeting meeting) {
    List<MinutesContent.SlotPart> parts = meeting.slots().stream().map(slot -> partOf(em, slot)).toList();
    return new MinutesContent(meeting.region().name(), meeting.startsAt(), meeting.endsAt(), meeting.place(), parts);
  }

  private static MinutesContent.SlotPart partOf(EntityManager em, ClientSlot slot) {
    SlotRecord record = em.find(SlotRecord.class, slot.id());
    List<MinutesContent.Person> people = slot.activeInvitees().stream()
        .map(i -> new MinutesContent.Person(
            i.kind() == InviteeKind.CLIENT ? null
                : i.contactPerson().map(c -> c.name()).or(() -> i.staffUser().map(u -> u.displayName())).orElse(""),
            i.organisation().map(o -> o.id()).orElse(null), i.organisation().map(o -> o.name()).orElse(null),
            i.attendance().map(Enum::name).orElse(null), i.statement().orElse(null)))
        .toList();
    List<MinutesContent.Action> actions = em.createNamedQuery("ActionItem.ofSlot", ActionItem.class)
        .setParameter("slotId", slot.id()).getResultStream()
        .map(a -> new MinutesContent.Action(a.what(), a.organisation().map(o -> o.name()).orElse(a.responsible().name()),
            a.organisation().map(o -> o.id()).orElse(null), a.dueDate(), a.status().name()))
        .toList();
    return new MinutesContent.SlotPart(slot.clientCase().id(), slot.clientCase().reference(), slot.clientCase().fullName(),
        slot.startsAt(), slot.endsAt(), record == null ? Map.of() : record.notes(),
        record == null ? null : record.housingForm().map(Enum::name).orElse(null),
        record == null ? null : record.supportNeeded().orElse(null), record == null ? null : record.decisions().orElse(null),
        people, actions);
  }

}
