package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.DeliveryFilter;
import fi.aso.application.invitation.DeliveryQuery;
import fi.aso.application.invitation.DeliverySearch;
import fi.aso.application.invitation.Outbox;
import fi.aso.application.invitation.OutboxEntry;
import fi.aso.application.invitation.Replies;
import fi.aso.application.search.Choice;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.Refusal;
import fi.aso.domain.invitation.DeliveryStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's deliveries page: the region's outbox searched by the page's address (a GET
 * form: state, recipient organisation, period, order), {@value #PAGE} at a time; opened from the
 * menu it shows what needs attention (failing, dead, not sent), newest first. And replies kept for
 * a human. The view keeps the filter it was opened with, so that a retry shows the same page again.
 */
@Named
@ViewScoped
public class DeliveriesBean implements Serializable {

  static final int PAGE = 25;

  /** The address's parameters that make the search. */
  private static final String[] FILTER = {"status", "organisation", "from", "to", "sort", "offset"};

  @Inject Outbox outbox;
  @Inject DeliverySearch search;
  @Inject ListAddress address;
  @Inject Replies replies;
  @Inject CallerIdentity caller;
  @Inject Messages messages;

  private Map<String, String> filter;
  private transient Page<OutboxEntry> page;
  private transient List<Choice> organisations;
  private transient List<Replies.KeptReply> kept;
  private transient Outbox.Counts counts;
  private String openedText;
  private Long openedId;

  public Outbox.Counts getCounts() {
    if (counts == null) {
      counts = outbox.counts();
    }
    return counts;
  }

  /** The search the view was opened with, one page of it. */
  public Page<OutboxEntry> getPage() {
    if (page == null) {
      page =
          address.search(
              () -> search.search(query(getFilter())), () -> search.search(query(Map.of())));
    }
    return page;
  }

  private static DeliveryQuery query(Map<String, String> f) {
    return new DeliveryQuery(
        FilterValues.choice(
            DeliveryFilter.class,
            f.getOrDefault("status", DeliveryFilter.ATTENTION.name()),
            "status"),
        FilterValues.id(f.get("organisation"), "organisation"),
        new DateRange(
            FilterValues.date(f.get("from"), "from"), FilterValues.date(f.get("to"), "to")),
        f.get("sort"),
        PageRequest.parse(f.get("offset"), null, PAGE));
  }

  /**
   * The filter of the address the view was opened with, as given; the state is "what needs
   * attention" unless the address names one (empty: every state).
   */
  public Map<String, String> getFilter() {
    if (filter == null) {
      filter = new HashMap<>(address.filter(FILTER));
      filter.putIfAbsent("status", DeliveryFilter.ATTENTION.name());
    }
    return filter;
  }

  public DeliveryFilter[] getStatuses() {
    return DeliveryFilter.values();
  }

  public List<Choice> getOrganisations() {
    if (organisations == null) {
      organisations = search.organisations();
    }
    return organisations;
  }

  /** The recipient organisation's name, when the message went to one of the region's. */
  public String organisationName(Long id) {
    return getOrganisations().stream()
        .filter(c -> id != null && c.id() == id)
        .map(Choice::name)
        .findFirst()
        .orElse("");
  }

  public List<Replies.KeptReply> getKept() {
    if (kept == null) {
      kept = replies.unhandled();
    }
    return kept;
  }

  public void retry(long id) {
    try {
      if (outbox.retry(id).status() == DeliveryStatus.SUPERSEDED) {
        done("deliveries.supersededNow");
      } else {
        done("deliveries.retried");
      }
    } catch (Refusal | NotFound e) {
      // refused, or no longer this region's to retry
      messages.refused("deliveries.invalid", e);
    }
  }

  public void open(long id) {
    openedText = replies.open(id);
    openedId = id;
  }

  public void handled(long id) {
    replies.markHandled(id, caller.name());
    if (Long.valueOf(id).equals(openedId)) {
      openedText = null;
      openedId = null;
    }
    done("deliveries.handled");
  }

  private void done(String key) {
    page = null;
    kept = null;
    counts = null;
    messages.info(key);
  }

  public String getOpenedText() {
    return openedText;
  }
}
