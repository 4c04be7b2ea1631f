package fi.aso.application.consent;

import fi.aso.domain.consent.ConsentWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Announces consent changes as CDI events, observed synchronously within the transaction. */
@ApplicationScoped
public class CdiConsentEvents implements ConsentEvents {

  @Inject Event<ConsentWithdrawn> withdrawals;

  @Override
  public void withdrawn(ConsentWithdrawn event) {
    withdrawals.fire(event);
  }
}
