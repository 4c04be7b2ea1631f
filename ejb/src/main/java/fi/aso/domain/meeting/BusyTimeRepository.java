package fi.aso.domain.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port for busy times entered by hand. */
public interface BusyTimeRepository {

  /** A busy time, if it is one of the region's. */
  Optional<BusyTime> findInRegion(long busyTimeId, long regionId);

  /** Stores a new busy time; it has its id when this returns. */
  BusyTime store(BusyTime busy);

  void remove(BusyTime busy);

  /** The region's busy times overlapping [from, to), by start. */
  List<BusyTime> ofRegionBetween(long regionId, Instant from, Instant to);
}
