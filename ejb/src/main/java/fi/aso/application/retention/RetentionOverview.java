package fi.aso.application.retention;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.domain.retention.RetentionRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The administrator's retention page in a form people read: the dry run as a count per kind with
 * the cases by reference only (never a name: the administrator has no access to the cases), and the
 * log as one line per run and kind. The rules and the region's boundary are {@link
 * RetentionAdmin}'s, which this only summarises.
 */
@Stateless
public class RetentionOverview {

  @Inject RetentionAdmin retention;
  @Inject ClientCaseRepository cases;

  /** What the next run would remove of one kind: how many, and of which cases. */
  public record Due(RetentionKind kind, int count, List<String> caseReferences) {}

  /** What one run removed of one kind: when (its last removal) and how many. */
  public record Run(long runId, Instant doneAt, RetentionKind kind, int count) {}

  /**
   * The dry run, every kind in the order of {@link RetentionKind} (also those with nothing due).
   */
  public List<Due> dryRun() {
    List<Expired> expired = retention.dryRun();
    List<Long> ids = expired.stream().map(Expired::caseId).filter(Objects::nonNull).toList();
    Map<Long, String> references =
        ids.isEmpty()
            ? Map.of()
            : cases.findAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ClientCase::id, ClientCase::reference));
    return due(expired, references);
  }

  /** The region's log of the last {@code max} removals, one line per run and kind, newest first. */
  public List<Run> log(int max) {
    return runs(retention.log(max));
  }

  static List<Due> due(List<Expired> expired, Map<Long, String> references) {
    List<Due> due = new ArrayList<>();
    for (RetentionKind kind : RetentionKind.values()) {
      List<Expired> ofKind = expired.stream().filter(e -> e.kind() == kind).toList();
      TreeSet<String> refs = new TreeSet<>();
      ofKind.stream()
          .map(Expired::caseId)
          .filter(Objects::nonNull)
          .map(references::get)
          .filter(Objects::nonNull)
          .forEach(refs::add);
      due.add(new Due(kind, ofKind.size(), List.copyOf(refs)));
    }
    return due;
  }

  /** The log's removals grouped by run and kind, in the log's order (newest first). */
  static List<Run> runs(List<RetentionRecord> log) {
    Map<String, Run> runs = new LinkedHashMap<>();
    for (RetentionRecord r : log) {
      runs.merge(
          r.runId() + ":" + r.what().kind(),
          new Run(r.runId(), r.doneAt(), r.what().kind(), 1),
          (a, b) ->
              new Run(
                  a.runId(),
                  a.doneAt().isAfter(b.doneAt()) ? a.doneAt() : b.doneAt(),
                  a.kind(),
                  a.count() + b.count()));
    }
    return List.copyOf(runs.values());
  }
}
