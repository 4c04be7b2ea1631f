package fi.aso.application.consent;

import fi.aso.domain.consent.ConsentWithdrawn;

/** Port through which consent changes are announced to the rest of the platform. */
public interface ConsentEvents {

  void withdrawn(ConsentWithdrawn event);
}
