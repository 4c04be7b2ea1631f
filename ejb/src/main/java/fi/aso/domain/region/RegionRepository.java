package fi.aso.domain.region;

import java.util.List;
import java.util.Optional;

/** Port for storing and finding regions. */
public interface RegionRepository {

  List<Region> findAll();

  Optional<Region> find(long id);

  Optional<Region> findByCode(String code);

  /** Stores a new region; it has its id when this returns. */
  Region store(Region region);
}
