package fi.aso.application.servicemap;

import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceArea;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import java.util.Set;

/**
 * A service of the catalogue as its readers see it (no client data: the catalogue is the region's
 * shared knowledge), with whether this reader may change it.
 */
public record ServiceView(
    long id,
    long version,
    long organisationId,
    String organisation,
    ServiceKind kind,
    ServiceArea area,
    String nameFi,
    String nameSv,
    String nameEn,
    String targetGroup,
    Set<ReferralWay> referralWays,
    String openingHours,
    String phone,
    String email,
    String address,
    String webAddress,
    Set<InformationCategory> informationNeeds,
    boolean editable) {

  static ServiceView of(Service s, boolean editable) {
    ServiceDescription d = s.description();
    return new ServiceView(
        s.id(),
        s.version(),
        s.provider().id(),
        s.provider().name(),
        d.kind(),
        d.kind().area(),
        d.nameFi(),
        d.nameSv(),
        d.nameEn(),
        d.targetGroup(),
        d.referralWays(),
        d.openingHours(),
        d.phone(),
        d.email(),
        d.address(),
        d.webAddress(),
        d.informationNeeds(),
        editable);
  }

  /** The name in a language (fi, sv or en), Finnish where the service has none in it. */
  public String name(String language) {
    return description().name(language);
  }

  /** What the editors said, for a form to start from. */
  public ServiceDescription description() {
    return new ServiceDescription(
        kind,
        nameFi,
        nameSv,
        nameEn,
        targetGroup,
        referralWays,
        openingHours,
        phone,
        email,
        address,
        webAddress,
        informationNeeds);
  }
}
