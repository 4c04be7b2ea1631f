package fi.aso.application.consent;

import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.Disclosure;
import fi.aso.domain.consent.InformationCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one consent policy: "may organisation X receive or see category C of client K now?".
 * Every path that shows or sends anything about a client to a partner asks here; nothing else
 * in the platform decides disclosure. The rule itself is {@code ConsentHistory.decide}.
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

  /** The categories of a client's information the organisation may see now (maybe none). */
  public Set<InformationCategory> disclosableTo(long caseId, long organisationId) {
    var history = consents.historyOf(caseId);
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
