package fi.aso.domain.clientcase;

import java.util.List;
import java.util.Optional;

/** Port for client cases. */
public interface ClientCaseRepository {

  Optional<ClientCase> find(long id);

  /** Open cases of a region, soonest release first. */
  List<ClientCase> openInRegion(long regionId);

  /** Open cases of the regions, region by region in the order given, each soonest release first. */
  List<ClientCase> openInRegions(List<Long> regionIds);

  /** Stores a new case; it has its id when this returns. */
  ClientCase store(ClientCase clientCase);

  /** The next number for a case reference (ASO-year-number), never the same twice. */
  long nextReferenceNumber();

  /** Whether the region has a case for the person with this keyed hash of their identity code. */
  boolean identityKnownInRegion(long regionId, String identityCodeHash);

  void record(CaseStateChange change);
}
