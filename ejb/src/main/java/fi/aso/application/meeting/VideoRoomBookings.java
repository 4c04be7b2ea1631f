package fi.aso.application.meeting;

import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;

/**
 * A prison's video room is one room: a slot may book it only when no other planned slot has it
 * and it is not marked busy. Checked after every change that can move a booked slot (adding,
 * moving, reordering, moving the meeting), so that the change is refused as a whole.
 */
@ApplicationScoped
public class VideoRoomBookings {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public VideoRoomBookings() {}

  /** For tests outside the container. */
  public VideoRoomBookings(EntityManager em) {
    this.em = em;
  }

  public void requireFree(Meeting meeting) {
    em.flush();
    for (ClientSlot slot : meeting.slots()) {
      if (slot.videoRoom().isEmpty()) {
        continue;
      }
      Organisation room = slot.videoRoom().get();
      boolean otherSlot = em.createNamedQuery("ClientSlot.usingVideoRoomBetween", ClientSlot.class)
          .setParameter("room", room.id())
          .setParameter("from", slot.startsAt().atOffset(ZoneOffset.UTC))
          .setParameter("to", slot.endsAt().atOffset(ZoneOffset.UTC))
          .getResultStream()
          .anyMatch(other -> !other.id().equals(slot.id()));
      boolean markedBusy = em.createNamedQuery("BusyTime.between", BusyTime.class)
          .setParameter("region", meeting.region().id())
          .setParameter("from", slot.startsAt().atOffset(ZoneOffset.UTC))
          .setParameter("to", slot.endsAt().atOffset(ZoneOffset.UTC))
          .getResultStream()
          .anyMatch(b -> b.videoRoom().filter(room::equals).isPresent());
      if (otherSlot || markedBusy) {
        throw new Refusal("slot.videoRoomBooked", "the video room of " + room.name() + " is booked at that time", room.name());
      }
    }
  }
}
