package fi.aso.application.invitation;

import fi.aso.application.search.Choice;
import fi.aso.application.search.Page;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.invitation.OutboxFilter;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.region.Region;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
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
    OutboxFilter filter =
        new OutboxFilter(
            query.status() == null ? Set.of() : query.status().states(),
            query.organisationId(),
            query.period().start(zone),
            query.period().end(zone),
            query.sort().equals("oldest"));
    int total = Math.toIntExact(messages.count(region.id(), filter));
    List<OutboxEntry> entries =
        messages.search(region.id(), filter, query.page().offset(), query.page().limit()).stream()
            .map(OutboxEntry::of)
            .toList();
    return Page.of(entries, total, query.page());
  }

  /** The organisations of the administrator's region, by name, to filter by. */
  public List<Choice> organisations() {
    return Choice.organisations(organisations.ofRegion(admin.regionId()));
  }
}
