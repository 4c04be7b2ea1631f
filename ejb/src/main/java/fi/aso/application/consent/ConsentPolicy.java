package fi.aso.application.consent;

import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.Disclosure;
import fi.aso.domain.consent.InformationCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one consent policy: "may organisation X receive or see category C of client K now?". Every
 * path that shows or sends anything about a client to a partner asks here; nothing else in the
 * platform decides disclosure. The rule itself is {@code ConsentHistory.decide}.
 */
@ApplicationScoped
public class ConsentPolicy {

  @Inject ConsentRepository consents;

  Clock clock = Clock.systemUTC();

  public ConsentPolicy() {}

  /** For tests outside the container. */
  public ConsentPolicy(ConsentRepository consents, Clock clock) {
    this.consents = consents;
    this.clock = clock;
  }

  public Disclosure decide(long caseId, long organisationId, InformationCategory category) {
    return consents.historyOf(caseId).decide(organisationId, category, clock.instant());
  }

  /**
   * Of the organisations, those allowed the category of the client's information now (one read of
   * the consent).
   */
  public Set<Long> organisationsAllowed(
      long caseId, Collection<Long> organisationIds, InformationCategory category) {
    var history = consents.historyOf(caseId);
    var now = clock.instant();
    return organisationIds.stream()
        .filter(o -> history.decide(o, category, now).allowed())
        .collect(Collectors.toSet());
  }

  /**
   * Of the clients, those whose consent allows the organisation the category now (one read for
   * all).
   */
  public Set<Long> casesAllowing(
      Collection<Long> caseIds, long organisationId, InformationCategory category) {
    var now = clock.instant();
    return consents.historiesOf(caseIds).entrySet().stream()
        .filter(e -> e.getValue().decide(organisationId, category, now).allowed())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** The categories of a client's information the organisation may see now (maybe none). */
  public Set<InformationCategory> disclosableTo(long caseId, long organisationId) {
    return disclosable(consents.historyOf(caseId), organisationId);
  }

  /** Per client, the categories the organisation may see now (one read for all). */
  public Map<Long, Set<InformationCategory>> disclosableTo(
      Collection<Long> caseIds, long organisationId) {
    Map<Long, Set<InformationCategory>> disclosable = new HashMap<>();
    consents
        .historiesOf(caseIds)
        .forEach(
            (caseId, history) -> disclosable.put(caseId, disclosable(history, organisationId)));
    return disclosable;
  }

  private Set<InformationCategory> disclosable(ConsentHistory history, long organisationId) {
    var now = clock.instant();
    Set<InformationCategory> allowed = EnumSet.noneOf(InformationCategory.class);
    for (InformationCategory category : InformationCategory.values()) {
      if (history.decide(organisationId, category, now).allowed()) {
        allowed.add(category);
      }
    }
    return allowed;
  }
}
