package fi.aso.infrastructure.audit;

import java.util.Optional;

/**
 * What a verification of the audit trail found: how many sealed rows it checked, the chain's head
 * (the last row's position and hash: kept elsewhere, it lets a later run notice that the tail was
 * cut off or rewritten as a whole), and the first broken link if there is one.
 */
public record ChainReport(
    long checked, long headPosition, String headHash, Optional<BrokenLink> firstBroken) {

  /**
   * The first place where the chain does not hold: {@code position} in the chain (null for a row
   * that has no place in it), the audit event's id if there is a row there.
   */
  public record BrokenLink(Long position, Long eventId, String problem) {

    @Override
    public String toString() {
      return (position == null ? "" : "position " + position + " ")
          + (eventId == null ? "" : "(audit event " + eventId + ") ")
          + problem;
    }
  }

  public boolean intact() {
    return firstBroken.isEmpty();
  }
}
