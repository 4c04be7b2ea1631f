package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.links.SignedTokens;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An invitee follows their personal join link: the platform records that they joined by video and
 * forwards them to the slot's video room. The link works from a day before the slot until two hours
 * after it, only while the invitee is still invited and the meeting is on.
 */
@Stateless
public class VideoJoin {

  static final Duration OPENS_BEFORE = Duration.ofDays(1);
  static final Duration CLOSES_AFTER = Duration.ofHours(2);

  @Inject MeetingRepository meetings;

  @Inject JoinLinks links;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public VideoJoin() {}

  /** For tests outside the container. */
  public VideoJoin(MeetingRepository meetings, JoinLinks links, AuditTrail audit, Clock clock) {
    this.meetings = meetings;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
  }

  /** What happened to a join link. */
  public enum Outcome {
    JOINED,
    NOT_OPEN_YET,
    /** The slot is over (two hours after its end). */
    CLOSED,
    /** The invitee was taken off the slot, or the meeting was cancelled. */
    CANCELLED,
    /** The slot has no video room. */
    NO_VIDEO,
    /** A genuine link past its expiry: refused like an invalid one, but the page can say why. */
    EXPIRED,
    INVALID
  }

  /**
   * The outcome, with the video room to forward to when joined, and the slot's time when the page
   * can say it (before, after, or without a video room), so that it tells in words when the meeting
   * is instead of a bare status.
   */
  public record Result(
      Outcome outcome, Optional<String> videoRoom, Optional<Instant> start, Optional<Instant> end) {

    public Result(Outcome outcome, Optional<String> videoRoom) {
      this(outcome, videoRoom, Optional.empty(), Optional.empty());
    }

    static Result at(Outcome outcome, ClientSlot slot) {
      return new Result(
          outcome, Optional.empty(), Optional.of(slot.startsAt()), Optional.of(slot.endsAt()));
    }
  }

  public Result join(String token) {
    SignedTokens.Verified verified = links.check(token);
    // an expired link is still genuine (its signature holds): its use is recorded on the client's
    // access report like any refused one
    boolean expired = verified.status() == SignedTokens.Status.EXPIRED;
    Optional<SlotInvitee> found =
        verified.isValid() || expired ? meetings.findInvitee(verified.id()) : Optional.empty();
    if (found.isEmpty()) {
      return new Result(expired ? Outcome.EXPIRED : Outcome.INVALID, Optional.empty());
    }
    SlotInvitee invitee = found.get();
    ClientSlot slot = invitee.slot();
    Instant now = clock.instant();
    if (expired
        || !invitee.isActive()
        || slot.meeting().isCancelled()
        || now.isAfter(slot.endsAt().plus(CLOSES_AFTER))) {
      audit.recordAs(
          "join link",
          new AuditRecord(
              AuditAction.ACCESS_DENIED,
              "SlotInvitee",
              String.valueOf(invitee.id()),
              slot.clientCase().id(),
              "join link no longer valid",
              AuditOutcome.DENIED));
      if (expired) {
        // the page may say when the meeting was only if it is indeed over (a moved slot is not)
        return now.isAfter(slot.endsAt().plus(CLOSES_AFTER))
            ? Result.at(Outcome.EXPIRED, slot)
            : new Result(Outcome.EXPIRED, Optional.empty());
      }
      return !invitee.isActive() || slot.meeting().isCancelled()
          ? new Result(Outcome.CANCELLED, Optional.empty())
          : Result.at(Outcome.CLOSED, slot);
    }
    if (now.isBefore(slot.startsAt().minus(OPENS_BEFORE))) {
      return Result.at(Outcome.NOT_OPEN_YET, slot);
    }
    Optional<String> room = JoinLinks.videoRoomOf(slot);
    if (room.isEmpty()) {
      return Result.at(Outcome.NO_VIDEO, slot);
    }
    invitee.joinedByVideo(now);
    audit.recordAs(
        "join link",
        AuditRecord.success(
                AuditAction.UPDATE, "SlotInvitee", String.valueOf(invitee.id()), "joined by video")
            .aboutClientCase(slot.clientCase().id()));
    return new Result(Outcome.JOINED, room);
  }
}
