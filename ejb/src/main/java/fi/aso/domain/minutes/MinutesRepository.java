package fi.aso.domain.minutes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port for minutes (every version) and the copies made of them. */
public interface MinutesRepository {

  Optional<Minutes> find(long minutesId);

  /** A meeting's minutes, oldest version first. */
  List<Minutes> ofMeeting(long meetingId);

  /**
   * The region's versions of minutes not yet approved (at most one per meeting: its newest), the
   * earliest meeting first.
   */
  List<Minutes> openInRegion(long regionId);

  /** Which of the meetings have an approved version of minutes. */
  Set<Long> meetingsWithApprovedMinutes(Collection<Long> meetingIds);

  /** Stores a new version; it has its id when this returns. */
  Minutes store(Minutes minutes);

  Optional<MinutesCopy> findCopy(long copyId);

  /** The copies made of a version, in the order they were made. */
  List<MinutesCopy> copiesOf(long minutesId);

  /** Stores a new copy; it has its id when this returns. */
  MinutesCopy storeCopy(MinutesCopy copy);
}
