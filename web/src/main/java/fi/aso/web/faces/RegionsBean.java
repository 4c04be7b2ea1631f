package fi.aso.web.faces;

import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.RegionSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The platform's regions on the network page, and creating a new one. */
@Named
@ViewScoped
public class RegionsBean implements Serializable {

  @Inject NetworkBean page;
  @Inject NetworkAdmin network;

  private String regionCode;
  private String regionName;
  private transient List<RegionSummary> regions;
  private int regionsFrom = -1;

  public void createRegion() {
    page.change(() -> network.createRegion(regionCode, regionName), "network.region.created");
    regionCode = null;
    regionName = null;
  }

  public List<RegionSummary> getRegions() {
    if (regions == null || regionsFrom != page.changes()) {
      regionsFrom = page.changes();
      regions = network.regions();
    }
    return regions;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getRegionName() {
    return regionName;
  }

  public void setRegionName(String regionName) {
    this.regionName = regionName;
  }
}
