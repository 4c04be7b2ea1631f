package fi.aso.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port for the partner network: organisations and their contact persons. */
public interface OrganisationRepository {

  Optional<Organisation> find(long organisationId);

  /** The organisations with these ids (those that exist), by id. */
  Map<Long, Organisation> findAll(Collection<Long> organisationIds);

  /** Stores a new organisation; it has its id when this returns. */
  Organisation store(Organisation organisation);

  /** The organisations serving a region, by name. */
  List<Organisation> ofRegion(long regionId);

  /** Every organisation on the platform, by name. */
  List<Organisation> all();

  Optional<ContactPerson> findContact(long contactId);

  /** Stores a new contact person; they have their id when this returns. */
  ContactPerson storeContact(ContactPerson contact);

  /**
   * The active contact persons of each of the organisations, by name (organisations without any are
   * left out).
   */
  Map<Long, List<ContactPerson>> activeContactsOf(Collection<Long> organisationIds);

  /** The active contact persons of a region's organisations, by organisation name, then name. */
  List<ContactPerson> activeContactsOfRegion(long regionId);

  /** The contact persons who have this one as their deputy. */
  List<ContactPerson> deputisedBy(ContactPerson deputy);

  /** The contact person whose calendar-feed token has this hash. */
  Optional<ContactPerson> withFeedTokenHash(String hash);

  ShareRequest storeShareRequest(ShareRequest request);

  Optional<ShareRequest> findShareRequest(long requestId);

  /** The open request of region {@code regionId} to work with the organisation, if any. */
  Optional<ShareRequest> openShareRequest(long organisationId, long regionId);

  /**
   * The open requests a region's administrators should see: those to the organisations it keeps,
   * and its own to other regions' organisations, oldest first.
   */
  List<ShareRequest> openShareRequestsFor(long regionId);
}
