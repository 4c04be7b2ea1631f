package fi.aso.application.invitation;

import fi.aso.application.search.Choice;
import fi.aso.application.search.Cursor;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.invitation.OutboxFilter;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.region.Region;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Finding a message in the outbox, for the administrators of its region (and those of no region,
 * which name no client). The listing carries no body and no case data, as {@link
 * Outbox#troubled()}; the database does the filtering and paging, the outbox being the platform's
 * longest list.
 */
@Stateless
public class DeliverySearch {

  @Inject OutboundMessageRepository messages;
  @Inject OrganisationRepository organisations;
  @Inject AdminOnly admin;

  public DeliverySearch() {}

  /** For tests outside the container. */
  public DeliverySearch(
      OutboundMessageRepository messages, OrganisationRepository organisations, AdminOnly admin) {
    this.messages = messages;
    this.organisations = organisations;
    this.admin = admin;
  }

  public Page<OutboxEntry> search(DeliveryQuery query) {
    Region region = admin.region();
    ZoneId zone = ZoneId.of(region.timeZone());
    boolean oldestFirst = query.sort().equals("oldest");
    String order = "deliveries:" + query.sort();
    Cursor after = query.page().after();
    Instant afterAt = null;
    Long afterId = null;
    if (after != null) {
      if (!after.order().equals(order)
          || after.key().size() != 2
          || !(after.key().get(0) instanceof Long micros)
          || !(after.key().get(1) instanceof Long id)) {
        throw Cursor.invalid(); // a cursor this list did not give
      }
      afterAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
      afterId = id;
    }
    OutboxFilter filter =
        new OutboxFilter(
            query.status() == null ? Set.of() : query.status().states(),
            query.organisationId(),
            query.period().start(zone),
            query.period().end(zone),
            oldestFirst,
            afterAt,
            afterId);
    int total = Math.toIntExact(messages.count(region.id(), filter.fromTheStart()));
    int offset =
        after == null
            ? query.page().offset()
            : total - Math.toIntExact(messages.count(region.id(), filter));
    int limit = query.page().limit();
    List<OutboxEntry> entries =
        messages.search(region.id(), filter, after == null ? offset : 0, limit).stream()
            .map(OutboxEntry::of)
            .toList();
    String next =
        offset + entries.size() < total && !entries.isEmpty()
            ? new Cursor(
                    order, List.of(micros(entries.getLast().createdAt()), entries.getLast().id()))
                .encode()
            : null;
    return Page.of(entries, total, new PageRequest(offset, limit), next);
  }

  private static Object micros(Instant at) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, at);
  }

  /** The organisations of the administrator's region, by name, to filter by. */
  public List<Choice> organisations() {
    return Choice.organisations(organisations.ofRegion(admin.regionId()));
  }
}
