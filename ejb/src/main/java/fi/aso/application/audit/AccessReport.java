package fi.aso.application.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a client's access report, in the reader's language: who saw, received or changed what
 * about the client and when (703/2023 §11), grouped by who and what, newest first; with the filters
 * it was made with and the recipients one can filter by.
 *
 * @param total how many groups the filters found in all
 */
public record AccessReport(
    String reference,
    String clientName,
    LocalDate from,
    LocalDate to,
    String recipient,
    List<AccessReportGroup> groups,
    int total,
    int page,
    int limit,
    List<Recipient> recipients) {

  /** Someone the report can be filtered by: a person or an organisation. */
  public record Recipient(String key, String name) {}

  public int pages() {
    return Math.max(1, (total + limit - 1) / limit);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
