package fi.aso.domain.meeting;

import java.time.Instant;

/** Times are half-open intervals [start, end): slots that only touch do not overlap. */
final class SlotOverlap {

  private SlotOverlap() {}

  static boolean overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }
}
