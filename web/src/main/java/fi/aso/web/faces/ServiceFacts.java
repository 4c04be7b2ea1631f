package fi.aso.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs the service, as the public pages say it: the controller of the clients' data and how to
 * reach them (the consent pages, the accessibility statement). From configuration, so that a
 * deployment under another authority says its own name.
 */
@Named("service")
@ApplicationScoped
public class ServiceFacts {

  @Inject
  @ConfigProperty(name = "aso.privacy.controller-name")
  String controllerName;

  @Inject
  @ConfigProperty(name = "aso.privacy.controller-contact")
  String controllerContact;

  public String getControllerName() {
    return controllerName;
  }

  public String getControllerContact() {
    return controllerContact;
  }
}
