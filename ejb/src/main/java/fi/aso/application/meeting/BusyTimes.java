package fi.aso.application.meeting;

import fi.aso.domain.Refusal;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Busy times entered by hand by the chair (a partner said on the phone "I am in court 9-10", the
 * prison's video room is taken): the slot finder treats them like a calendar feed's.
 */
@Stateless
public class BusyTimes {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** A busy time as listed: whose (name), when, the note. */
  public record Entry(long id, String who, Instant start, Instant end, String note) {}

  /** Who is busy: exactly one of a contact person, a staff member or a video room (an organisation). */
  public enum Whose { CONTACT, STAFF, VIDEO_ROOM }

  public long add(Whose whose, long id, Instant start, Instant end, String note) {
    StaffUser chair = rights.chair();
    Region region = rights.region(chair);
    Instant now = clock.instant();
    BusyTime busy = switch (whose) {
      case CONTACT -> BusyTime.ofContact(region, found(ContactPerson.class, id), start, end, note, caller.name(), now);
      case STAFF -> BusyTime.ofStaff(region, found(StaffUser.class, id), start, end, note, caller.name(), now);
      case VIDEO_ROOM -> BusyTime.ofVideoRoom(region, found(Organisation.class, id), start, end, note, caller.name(), now);
    };
    em.persist(busy);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "BusyTime", String.valueOf(busy.id()), "busy time"));
    return busy.id();
  }

  public List<Entry> between(Instant from, Instant to) {
    Region region = rights.region(rights.regionStaff());
    return em.createNamedQuery("BusyTime.between", BusyTime.class)
        .setParameter("region", region.id())
        .setParameter("from", from.atOffset(java.time.ZoneOffset.UTC))
        .setParameter("to", to.atOffset(java.time.ZoneOffset.UTC))
        .getResultStream()
        .map(b -> new Entry(b.id(), whoOf(b), b.startsAt(), b.endsAt(), b.note().orElse(null)))
        .toList();
  }

  public void remove(long busyTimeId) {
    Region region = rights.region(rights.chair());
    BusyTime busy = em.find(BusyTime.class, busyTimeId);
    if (busy == null || !em.createQuery("select b.region.id from BusyTime b where b.id = :id", Long.class)
        .setParameter("id", busyTimeId).getSingleResult().equals(region.id())) {
      throw new Refusal("busy.noSuch", "no such busy time");
    }
    em.remove(busy);
    audit.record(AuditRecord.success(AuditAction.DELETE, "BusyTime", String.valueOf(busyTimeId), "busy time"));
  }

  static String whoOf(BusyTime b) {
    return b.contactPerson().map(c -> c.name() + " (" + c.organisation().name() + ")")
        .or(() -> b.staffUser().map(StaffUser::displayName))
        .or(() -> b.videoRoom().map(Organisation::name))
        .orElse("");
  }

  private <T> T found(Class<T> type, long id) {
    T found = em.find(type, id);
    if (found == null) {
      throw new IllegalArgumentException("no such " + type.getSimpleName());
    }
    return found;
  }
}
