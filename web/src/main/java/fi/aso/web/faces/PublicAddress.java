package fi.aso.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's address as its users reach it (links handed to clients and partners). */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "aso.public-base-url")
  String baseUrl;

  /** An absolute link to a path inside the platform, e.g. {@code /consent/start.xhtml}. */
  public String link(String path) {
    return baseUrl.replaceAll("/+$", "") + path;
  }
}
