package fi.aso.domain.clientcase;

import java.util.List;
import java.util.Optional;

/** Port for client cases. */
public interface ClientCaseRepository {

  Optional<ClientCase> find(long id);

  /** Open cases of a region, soonest release first. */
  List<ClientCase> openInRegion(long regionId);

  ClientCase store(ClientCase clientCase);

  void record(CaseStateChange change);
}
