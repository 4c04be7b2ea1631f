package fi.aso.domain.meeting.scheduling;

import java.util.Arrays;

/**
 * One complete way to place a set of slots: which slots in which time order, at which grid
 * positions. It knows the ranking the finder promises, so that the search can visit orders and slot
 * sets in any sequence and still return the same winner.
 */
final class Candidate {

  private final int[] order;
  private final int[] positions;
  private final long waiting;
  private final long lastEnd;

  Candidate(int[] order, int[] positions, long waiting, long lastEnd) {
    this.order = order.clone();
    this.positions = positions.clone();
    this.waiting = waiting;
    this.lastEnd = lastEnd;
  }

  /** Slot indices in time order. */
  int[] order() {
    return order.clone();
  }

  /** Grid position of each slot of {@link #order()}. */
  int[] positions() {
    return positions.clone();
  }

  /** Total waiting in nanoseconds. */
  long waiting() {
    return waiting;
  }

  /**
   * Whether a candidate whose order starts with {@code prefix[0..length)}, whose waiting is at
   * least {@code minWaiting} and whose last slot ends no earlier than {@code minLastEnd}, could
   * still be better than this one. This is the bound of the search, so it must never say no
   * wrongly; saying yes wrongly only costs time.
   */
  boolean couldLoseTo(int[] prefix, int length, long minWaiting, long minLastEnd) {
    if (minWaiting != waiting) {
      return minWaiting < waiting;
    }
    if (minLastEnd != lastEnd) {
      return minLastEnd < lastEnd;
    }
    return Arrays.compare(prefix, 0, length, order, 0, length) <= 0;
  }

  /**
   * Less waiting; then an earlier end of the last slot; then the order closest to the requested one
   * (lexicographically smaller sequence of request indices); then earlier start times
   * (lexicographically). Callers only compare candidates that place equally many slots.
   */
  boolean isBetterThan(Candidate other) {
    if (waiting != other.waiting) {
      return waiting < other.waiting;
    }
    if (lastEnd != other.lastEnd) {
      return lastEnd < other.lastEnd;
    }
    int byOrder = Arrays.compare(order, other.order);
    return byOrder != 0 ? byOrder < 0 : Arrays.compare(positions, other.positions) < 0;
  }
}
