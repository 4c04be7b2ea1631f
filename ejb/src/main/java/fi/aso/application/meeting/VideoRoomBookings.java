package fi.aso.application.meeting;

import fi.aso.application.UnitOfWork;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.BusyTimeRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A prison's video room is one room: a slot may book it only when no other planned slot has it and
 * it is not marked busy. Checked after every change that can move a booked slot (adding, moving,
 * reordering, moving the meeting), so that the change is refused as a whole.
 */
@ApplicationScoped
public class VideoRoomBookings {

  @Inject MeetingRepository meetings;
  @Inject BusyTimeRepository busyTimes;
  @Inject UnitOfWork unitOfWork;

  public VideoRoomBookings() {}

  /** For tests outside the container. */
  public VideoRoomBookings(
      MeetingRepository meetings, BusyTimeRepository busyTimes, UnitOfWork unitOfWork) {
    this.meetings = meetings;
    this.busyTimes = busyTimes;
    this.unitOfWork = unitOfWork;
  }

  public void requireFree(Meeting meeting) {
    unitOfWork.flush();
    List<ClientSlot> booking =
        meeting.slots().stream().filter(s -> s.videoRoom().isPresent()).toList();
    if (booking.isEmpty()) {
      return;
    }
    // every booked room's other slots and busy times over the meeting's whole span, in one read
    // each
    Instant from =
        booking.stream().map(ClientSlot::startsAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant to =
        booking.stream().map(ClientSlot::endsAt).max(Comparator.naturalOrder()).orElseThrow();
    List<ClientSlot> roomSlots =
        meetings.plannedSlotsUsingVideoRoomsBetween(
            booking.stream().map(s -> s.videoRoom().get().id()).collect(Collectors.toSet()),
            from,
            to);
    List<BusyTime> busy = busyTimes.ofRegionBetween(meeting.region().id(), from, to);
    for (ClientSlot slot : booking) {
      Organisation room = slot.videoRoom().get();
      boolean otherSlot =
          roomSlots.stream()
              .anyMatch(
                  other ->
                      !other.id().equals(slot.id())
                          && other
                              .videoRoom()
                              .map(Organisation::id)
                              .filter(room.id()::equals)
                              .isPresent()
                          && overlaps(other.startsAt(), other.endsAt(), slot));
      boolean markedBusy =
          busy.stream()
              .anyMatch(
                  b ->
                      b.videoRoom().filter(room::equals).isPresent()
                          && overlaps(b.startsAt(), b.endsAt(), slot));
      if (otherSlot || markedBusy) {
        throw new Refusal(
            "slot.videoRoomBooked",
            "the video room of " + room.name() + " is booked at that time",
            room.name());
      }
    }
  }

  /**
   * The first start from {@code from} (on a five-minute grid, the slot finder's) at which the room
   * is free for {@code length} and the slot still ends by {@code until}; empty if there is none.
   */
  public Optional<Instant> firstFree(
      Organisation room, long regionId, Instant from, Instant until, Duration length) {
    List<Instant[]> taken = new ArrayList<>();
    meetings.plannedSlotsUsingVideoRoomsBetween(Set.of(room.id()), from, until).stream()
        .filter(s -> s.videoRoom().map(Organisation::id).filter(room.id()::equals).isPresent())
        .forEach(s -> taken.add(new Instant[] {s.startsAt(), s.endsAt()}));
    busyTimes.ofRegionBetween(regionId, from, until).stream()
        .filter(b -> b.videoRoom().filter(room::equals).isPresent())
        .forEach(b -> taken.add(new Instant[] {b.startsAt(), b.endsAt()}));
    for (Instant start = from;
        !start.plus(length).isAfter(until);
        start = start.plus(SlotPlanning.STEP)) {
      Instant s = start;
      Instant e = start.plus(length);
      if (taken.stream().noneMatch(t -> t[0].isBefore(e) && t[1].isAfter(s))) {
        return Optional.of(start);
      }
    }
    return Optional.empty();
  }

  /** As the queries compare: starts before the slot ends and ends after it starts. */
  private static boolean overlaps(Instant start, Instant end, ClientSlot slot) {
    return start.isBefore(slot.endsAt()) && end.isAfter(slot.startsAt());
  }
}
