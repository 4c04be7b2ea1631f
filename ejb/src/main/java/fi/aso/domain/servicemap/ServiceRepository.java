package fi.aso.domain.servicemap;

import java.util.List;
import java.util.Optional;

/** Port for the regions' service catalogues. */
public interface ServiceRepository {

  /** The service, retired or not. */
  Optional<Service> find(long serviceId);

  /**
   * The region's current catalogue (retired services left out), in the order of the list of kinds,
   * then by Finnish name.
   */
  List<Service> ofRegion(long regionId);

  /** Stores a new service; it has its id when this returns. */
  Service store(Service service);
}
