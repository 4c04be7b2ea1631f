package fi.aso.domain.clientcase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port for client cases. */
public interface ClientCaseRepository {

  Optional<ClientCase> find(long id);

  /** Those of the cases that exist, in no particular order, read at once. */
  List<ClientCase> findAll(Collection<Long> ids);

  /** Open cases of a region, soonest release first. */
  List<ClientCase> openInRegion(long regionId);

  /** Open cases of the regions, region by region in the order given, each soonest release first. */
  List<ClientCase> openInRegions(List<Long> regionIds);

  /** Stores a new case; it has its id when this returns. */
  ClientCase store(ClientCase clientCase);

  /** The next number for a case reference (ASO-year-number), never the same twice. */
  long nextReferenceNumber();

  /**
   * Whether the region has a case for the person whose identity code has any of these keyed hashes
   * (one per hash key: during a rotation a code may be stored under either).
   */
  boolean identityKnownInRegion(long regionId, Collection<String> identityCodeHashes);

  void record(CaseStateChange change);
}
