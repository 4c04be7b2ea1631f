package fi.aso.domain.region;

import java.util.List;
import java.util.Optional;

/** Port for storing and finding regions. */
public interface RegionRepository {

  List<Region> findAll();

  Optional<Region> findByCode(String code);

  Region store(Region region);
}
