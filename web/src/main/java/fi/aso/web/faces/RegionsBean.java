package fi.aso.web.faces;

import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.RegionSummary;
import fi.aso.application.staff.StaffAccounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's regions on the network page, creating a new one, naming the first administrator of
 * a region that has none (who then makes the region's own accounts), and the administrator's own
 * region's settings.
 */
@Named
@ViewScoped
public class RegionsBean implements Serializable {

  @Inject NetworkBean page;
  @Inject NetworkAdmin network;
  @Inject StaffAccounts accounts;

  private String regionCode;
  private String regionName;
  private transient List<RegionSummary> regions;
  private transient Set<Long> withoutAdministrator;
  private int regionsFrom = -1;
  private transient RegionSummary ownRegion;

  /** The settings form's value (null: as the region has it). */
  private Boolean minutesSecondPerson;

  /** What is typed in each region's first-administrator form, by region id. */
  private final Map<Long, FirstAdministrator> firstAdministrators = new HashMap<>();

  /** One region's first-administrator form. */
  public static class FirstAdministrator implements Serializable {
    private String username;
    private String displayName;
    private String email;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  public void createRegion() {
    page.change(() -> network.createRegion(regionCode, regionName), "network.region.created");
    regionCode = null;
    regionName = null;
  }

  public List<RegionSummary> getRegions() {
    if (regions == null || regionsFrom != page.changes()) {
      regionsFrom = page.changes();
      regions = network.regions();
      withoutAdministrator = accounts.regionsWithoutAdministrator();
    }
    return regions;
  }

  /** Whether the region has no active administrator (its form is then shown). */
  public boolean withoutAdministrator(long regionId) {
    getRegions();
    return withoutAdministrator.contains(regionId);
  }

  public FirstAdministrator firstAdministrator(long regionId) {
    return firstAdministrators.computeIfAbsent(regionId, id -> new FirstAdministrator());
  }

  public void createFirstAdministrator(long regionId) {
    FirstAdministrator form = firstAdministrator(regionId);
    if (page.change(
        () ->
            accounts.createFirstAdministrator(
                regionId,
                form.getUsername() == null ? "" : form.getUsername().strip(),
                form.getDisplayName(),
                form.getEmail()),
        "network.region.administratorCreated")) {
      firstAdministrators.remove(regionId);
    }
  }

  /** The administrator's own region, with its settings. */
  public RegionSummary getOwnRegion() {
    if (ownRegion == null) {
      ownRegion = network.ownRegion();
    }
    return ownRegion;
  }

  public boolean isMinutesSecondPerson() {
    return minutesSecondPerson == null
        ? getOwnRegion().minutesNeedSecondPerson()
        : minutesSecondPerson;
  }

  public void setMinutesSecondPerson(boolean minutesSecondPerson) {
    this.minutesSecondPerson = minutesSecondPerson;
  }

  public void saveSettings() {
    boolean needed = isMinutesSecondPerson();
    if (page.change(
        () -> network.minutesNeedSecondPerson(getOwnRegion().id(), needed),
        needed ? "network.region.secondPersonOn" : "network.region.secondPersonOff")) {
      ownRegion = null;
      minutesSecondPerson = null;
    }
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
