package fi.aso.application.network;

import fi.aso.domain.region.Region;

/**
 * A regional group (ASO-ryhmä) as the administrator's pages and API list it, with its settings:
 * whether its minutes need a second person's review.
 */
public record RegionSummary(long id, String code, String name, boolean minutesNeedSecondPerson) {

  public static RegionSummary of(Region r) {
    return new RegionSummary(r.id(), r.code(), r.name(), r.minutesNeedSecondPerson());
  }
}
