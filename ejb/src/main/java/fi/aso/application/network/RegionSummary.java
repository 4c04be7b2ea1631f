package fi.aso.application.network;

import fi.aso.domain.region.Region;

/** A regional group (ASO-ryhmä) as the administrator's pages and API list it. */
public record RegionSummary(long id, String code, String name) {

  public static RegionSummary of(Region r) {
    return new RegionSummary(r.id(), r.code(), r.name());
  }
}
