package fi.aso.application.minutes;

import fi.aso.domain.clientcase.Referral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a correction changed: the parts of each client's slot that differ between two versions of
 * the minutes. Only the names of the parts, never their text, so the history can be shown (and
 * logged) without repeating what was written.
 */
public final class MinutesChanges {

  /** Parts of a slot that are compared apart from the topic notes. */
  public enum Part {
    SLOT_ADDED,
    SLOT_REMOVED,
    NOTES,
    HOUSING_FORM,
    SUPPORT,
    DECISIONS,
    ATTENDANCE,
    ACTIONS,
    MEETING
  }

  /**
   * One changed part. {@code topic} is set for {@link Part#NOTES}; {@code caseReference} is null
   * for the meeting's own details (time, place).
   */
  public record Change(String caseReference, Part part, Referral.Topic topic) {}

  private MinutesChanges() {}

  public static List<Change> between(MinutesContent before, MinutesContent after) {
    List<Change> changes = new ArrayList<>();
    if (!before.start().equals(after.start())
        || !before.end().equals(after.end())
        || !Objects.equals(before.place(), after.place())) {
      changes.add(new Change(null, Part.MEETING, null));
    }
    Map<Long, MinutesContent.SlotPart> earlier = byCase(before);
    Map<Long, MinutesContent.SlotPart> later = byCase(after);
    for (MinutesContent.SlotPart slot : after.slots()) {
      MinutesContent.SlotPart old = earlier.get(slot.caseId());
      if (old == null) {
        changes.add(new Change(slot.reference(), Part.SLOT_ADDED, null));
        continue;
      }
      for (Referral.Topic topic : Referral.Topic.values()) {
        if (!Objects.equals(
            blankless(old.notes().get(topic)), blankless(slot.notes().get(topic)))) {
          changes.add(new Change(slot.reference(), Part.NOTES, topic));
        }
      }
      compare(changes, slot.reference(), Part.HOUSING_FORM, old.housingForm(), slot.housingForm());
      compare(changes, slot.reference(), Part.SUPPORT, old.support(), slot.support());
      compare(changes, slot.reference(), Part.DECISIONS, old.decisions(), slot.decisions());
      compare(changes, slot.reference(), Part.ATTENDANCE, old.attendees(), slot.attendees());
      compare(changes, slot.reference(), Part.ACTIONS, old.actions(), slot.actions());
    }
    before.slots().stream()
        .filter(s -> !later.containsKey(s.caseId()))
        .forEach(s -> changes.add(new Change(s.reference(), Part.SLOT_REMOVED, null)));
    return List.copyOf(changes);
  }

  private static void compare(
      List<Change> changes, String reference, Part part, Object before, Object after) {
    Object a = before instanceof String text ? blankless(text) : before;
    Object b = after instanceof String text ? blankless(text) : after;
    if (!Objects.equals(a, b)) {
      changes.add(new Change(reference, part, null));
    }
  }

  /** An empty note and no note read the same in the minutes. */
  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Map<Long, MinutesContent.SlotPart> byCase(MinutesContent content) {
    return content.slots().stream()
        .collect(
            Collectors.toMap(MinutesContent.SlotPart::caseId, Function.identity(), (a, b) -> a));
  }
}
