package fi.aso.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where retention is kept and done: the regions' periods, what has expired, the removal of each
 * kind, the runs and their log. Removal is idempotent: removing what is already gone changes
 * nothing.
 */
public interface RetentionStore {

  /** The region's own periods (a kind without a row has its default). */
  Map<RetentionKind, Integer> periods(long regionId);

  void setPeriod(long regionId, RetentionKind kind, int days, String by, Instant at);

  /**
   * What has expired at {@code now}, in the order a run removes it (scans and mails before the
   * cases they belong to), in every region; cases on legal hold are left out.
   */
  List<Expired> expired(Instant now);

  /** Removes or anonymises one expired thing at {@code now}. */
  void remove(Expired expired, Instant now);

  /**
   * Claims the run of a period for this node: empty when another node has made it. A node claiming
   * while another one's run of the period is not yet committed waits for it (and then gets empty,
   * or the run if that one rolled back): of several nodes, one runs and the others wait.
   */
  Optional<Long> claimRun(LocalDate periodDay, String node, Instant at);

  void finishRun(long runId, int removed, Instant at);

  void log(RetentionRecord record);

  /** The log, newest first, of one region (and of what belongs to no region). */
  List<RetentionRecord> logOf(long regionId, int max);

  /** The case's legal hold, if it has one. */
  Optional<LegalHold> legalHold(long caseId);

  /** The case's legal hold: reason, who and when; empty reason releases it. */
  void setLegalHold(long caseId, String reason, String by, Instant at);
}
