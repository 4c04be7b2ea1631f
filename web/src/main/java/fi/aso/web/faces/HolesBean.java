package fi.aso.web.faces;

import fi.aso.application.network.NotPermitted;
import fi.aso.application.steering.MapHoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where the region's service map has holes, for its chairs and administrators. */
@Named
@RequestScoped
public class HolesBean {

  @Inject MapHoles holes;

  private MapHoles.Report report;
  private boolean loaded;

  /** The caller's region's figures (null if the caller has no region to see). */
  public MapHoles.Report getReport() {
    if (!loaded) {
      loaded = true;
      try {
        report = holes.ofCallersRegion();
      } catch (NotPermitted e) {
        report = null;
      }
    }
    return report;
  }
}
