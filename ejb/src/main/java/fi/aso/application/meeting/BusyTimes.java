package fi.aso.application.meeting;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.Bounds;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.BusyTimeRepository;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Busy times entered by hand by the chair (a partner said on the phone "I am in court 9-10", the
 * prison's video room is taken): the slot finder treats them like a calendar feed's.
 */
@Stateless
public class BusyTimes {

  @Inject BusyTimeRepository busyTimes;
  @Inject OrganisationRepository organisations;
  @Inject StaffUserRepository staff;

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public BusyTimes() {}

  /** For tests outside the container. */
  public BusyTimes(
      BusyTimeRepository busyTimes,
      OrganisationRepository organisations,
      StaffUserRepository staff,
      MeetingRights rights,
      CallerIdentity caller,
      AuditTrail audit,
      Clock clock) {
    this.busyTimes = busyTimes;
    this.organisations = organisations;
    this.staff = staff;
    this.rights = rights;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** A busy time as listed: whose (name), when, the note. */
  public record Entry(long id, String who, Instant start, Instant end, String note) {}

  /**
   * Who is busy: exactly one of a contact person, a staff member or a video room (an organisation).
   */
  public enum Whose {
    CONTACT,
    STAFF,
    VIDEO_ROOM
  }

  public long add(Whose whose, long id, Instant start, Instant end, String note) {
    StaffMember chair = rights.chair();
    Region region = rights.region(chair);
    Instant now = clock.instant();
    BusyTime busy =
        switch (whose) {
          case CONTACT ->
              BusyTime.ofContact(
                  region,
                  found(
                      organisations
                          .findContact(id)
                          .filter(c -> inNetwork(c.organisation(), region)),
                      ContactPerson.class),
                  start,
                  end,
                  note,
                  caller.name(),
                  now);
          case STAFF ->
              BusyTime.ofStaff(
                  region,
                  found(
                      staff
                          .find(id)
                          .filter(
                              u -> u.region().map(r -> r.id().equals(region.id())).orElse(false)),
                      StaffUser.class),
                  start,
                  end,
                  note,
                  caller.name(),
                  now);
          case VIDEO_ROOM ->
              BusyTime.ofVideoRoom(
                  region,
                  found(
                      organisations.find(id).filter(o -> inNetwork(o, region)), Organisation.class),
                  start,
                  end,
                  note,
                  caller.name(),
                  now);
        };
    busyTimes.store(busy);
    audit.record(
        AuditRecord.success(
            AuditAction.CREATE, "BusyTime", String.valueOf(busy.id()), "busy time"));
    return busy.id();
  }

  public List<Entry> between(Instant from, Instant to) {
    Region region = rights.region(rights.regionStaff());
    Bounds.search(from, to);
    return busyTimes.ofRegionBetween(region.id(), from, to).stream()
        .map(b -> new Entry(b.id(), whoOf(b), b.startsAt(), b.endsAt(), b.note().orElse(null)))
        .toList();
  }

  public void remove(long busyTimeId) {
    Region region = rights.region(rights.chair());
    BusyTime busy = busyTimes.findInRegion(busyTimeId, region.id()).orElseThrow(NotFound::new);
    busyTimes.remove(busy);
    audit.record(
        AuditRecord.success(
            AuditAction.DELETE, "BusyTime", String.valueOf(busyTimeId), "busy time"));
  }

  static String whoOf(BusyTime b) {
    return b.contactPerson()
        .map(c -> c.name() + " (" + c.organisation().name() + ")")
        .or(() -> b.staffUser().map(StaffUser::displayName))
        .or(() -> b.videoRoom().map(Organisation::name))
        .orElse("");
  }

  /** Busy times are entered for the region's own people and rooms only. */
  private static boolean inNetwork(Organisation organisation, Region region) {
    return organisation.regions().stream().anyMatch(r -> r.id().equals(region.id()));
  }

  private static <T> T found(Optional<T> found, Class<T> type) {
    return found.orElseThrow(NotFound::new);
  }
}
