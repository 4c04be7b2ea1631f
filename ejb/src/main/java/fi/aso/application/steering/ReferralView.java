package fi.aso.application.steering;

import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.servicemap.ServiceReferral;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A referral as its readers see it: the case by its reference (never the client's name: a
 * provider's list and the home pages say which case, the case page says who), the service, where it
 * stands and what it may carry, and the steps the reader may take next.
 */
public record ReferralView(
    long id,
    long version,
    long caseId,
    String caseReference,
    long serviceId,
    String serviceNameFi,
    String serviceNameSv,
    String serviceNameEn,
    long organisationId,
    String organisation,
    ServiceKind kind,
    ReferralState state,
    String reason,
    Set<InformationCategory> carries,
    long actionId,
    LocalDate dueDate,
    Instant referredAt,
    Instant updatedAt,
    List<ReferralState> next) {

  static ReferralView of(ServiceReferral r, boolean mayMove) {
    var d = r.service().description();
    return new ReferralView(
        r.id(),
        r.version(),
        r.clientCase().id(),
        r.clientCase().reference(),
        r.service().id(),
        d.nameFi(),
        d.nameSv(),
        d.nameEn(),
        r.service().provider().id(),
        r.service().provider().name(),
        r.kind(),
        r.state(),
        r.reason().orElse(null),
        r.carries(),
        r.action().id(),
        r.action().dueDate(),
        r.createdAt(),
        r.updatedAt().orElse(null),
        mayMove ? r.state().next().stream().sorted().toList() : List.of());
  }

  /** The service's name in a language (fi, sv or en), Finnish where it has none in it. */
  public String serviceName(String language) {
    return ServiceDescription.nameIn(language, serviceNameFi, serviceNameSv, serviceNameEn);
  }

  @JsonbTransient // a convenience for pages, not a field of the API's answer
  public boolean isOpen() {
    return state.isOpen();
  }
}
