package fi.aso.web.faces;

import fi.aso.application.staff.StaffDirectory;
import fi.aso.application.staff.StaffProfile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in user's profile for the layout and the dashboard. */
@Named("currentUser")
@RequestScoped
public class DashboardBean {

  @Inject SecurityContext security;
  @Inject StaffDirectory staff;

  private StaffProfile profile;

  @PostConstruct
  void load() {
    if (security.getCallerPrincipal() != null) {
      profile = staff.profile(security.getCallerPrincipal().getName()).orElse(null);
    }
  }

  public StaffProfile getProfile() {
    return profile;
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }
}
