package fi.aso.domain.meeting.scheduling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits total waiting into pieces the search can add up slot by slot. Every person is reduced to
 * the set of slots they attend (a bit mask); persons with the same set are counted together.
 *
 * <p>For slots placed in some order, a person is "open" after a prefix of the order when they have
 * a slot both in the prefix and among the slots still to come. Their waiting is then exactly: the
 * length of every slot appended while they are open and do not attend it, plus every gap between
 * consecutive slots while they are open. So the total is {@code sum(length * openAvoiding) +
 * sum(gap * open)}; both parts only grow as slots are appended, which makes the first part a valid
 * lower bound for pruning, and the second part a linear cost the position search can minimise.
 */
final class WaitingWeights {

  private final int[] masks;
  private final long[] persons;

  private WaitingWeights(TreeMap<Integer, Long> personsByMask) {
    masks = personsByMask.keySet().stream().mapToInt(Integer::intValue).toArray();
    persons = personsByMask.values().stream().mapToLong(Long::longValue).toArray();
  }

  /** The slot sets of all persons in the request; rooms never wait. */
  static WaitingWeights of(FinderRequest request) {
    List<SlotRequest> slots = request.slots();
    Map<String, Integer> slotsByParticipant = new HashMap<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      int bit = 1 << slot;
      slots
          .get(slot)
          .participantKeys()
          .forEach(key -> slotsByParticipant.merge(key, bit, (a, b) -> a | b));
    }
    TreeMap<Integer, Long> personsByMask = new TreeMap<>();
    for (Participant participant : request.participants()) {
      int mask = slotsByParticipant.getOrDefault(participant.key(), 0);
      if (participant.kind() == Participant.Kind.PERSON) {
        personsByMask.merge(mask, 1L, Long::sum);
      }
    }
    return new WaitingWeights(personsByMask).restrictedTo(~0);
  }

  /**
   * The weights when only {@code placed} slots are held: a person whose other slots are left out
   * may no longer have two slots and so cannot wait.
   */
  WaitingWeights restrictedTo(int placed) {
    TreeMap<Integer, Long> personsByMask = new TreeMap<>();
    for (int group = 0; group < masks.length; group++) {
      int mask = masks[group] & placed;
      if (Integer.bitCount(mask) >= 2) {
        personsByMask.merge(mask, persons[group], Long::sum);
      }
    }
    return new WaitingWeights(personsByMask);
  }

  /** How many persons wait through the gap after the slots in {@code prefix}. */
  long open(int prefix) {
    return openAvoiding(prefix, 0);
  }

  /**
   * How many persons wait through slot {@code slotBit} when it is appended after {@code prefix}.
   */
  long openAvoiding(int prefix, int slotBit) {
    long count = 0;
    for (int group = 0; group < masks.length; group++) {
      int mask = masks[group];
      if ((mask & slotBit) == 0 && (mask & prefix) != 0 && (mask & ~prefix) != 0) {
        count += persons[group];
      }
    }
    return count;
  }
}
