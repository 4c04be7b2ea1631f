package fi.aso.application.invitation;

import fi.aso.application.search.DateRange;
import fi.aso.application.search.PageRequest;
import fi.aso.application.search.SortOrder;

/**
 * A search of the region's outbox: by state ({@code null}: every state), recipient organisation and
 * the days the messages were written; newest first ({@code newest}, the default) or {@code oldest},
 * a page at a time.
 */
public record DeliveryQuery(
    DeliveryFilter status, Long organisationId, DateRange period, String sort, PageRequest page) {

  public static final SortOrder SORTS = SortOrder.of("deliveries.sort", "newest", "oldest");

  public DeliveryQuery {
    period = period == null ? DateRange.ANY : period;
    sort = SORTS.pick(sort);
  }
}
