package fi.aso.domain.invitation;

import fi.aso.domain.organisation.ContactPerson;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port for invitations (one per invitee and slot) and the replies that come back to them. */
public interface InvitationRepository {

  Optional<Invitation> find(long invitationId);

  Optional<Invitation> withUid(String uid);

  /**
   * The client case and its region that the invitation with this UID is about: [case id, region
   * id], if there is such an invitation.
   */
  Optional<long[]> caseAndRegionOfUid(String uid);

  /** The invitation of each of the invitees that has one, by invitee id. */
  Map<Long, Invitation> ofInvitees(Collection<Long> inviteeIds);

  /** Stores a new invitation; it has its id when this returns. */
  Invitation store(Invitation invitation);

  /** Every invitation of the slots, by id. */
  List<Invitation> ofSlots(Collection<Long> slotIds);

  /** A contact person's active invitations that end after {@code from}, by start as sent. */
  List<Invitation> activeOfContactEndingAfter(ContactPerson contact, Instant from);

  /** Active invitations starting (as sent) in [from, to). */
  List<Invitation> activeStartingBetween(Instant from, Instant to);

  /** Whether a mail with this Message-ID was received before. */
  boolean replyReceived(String messageId);

  InboundReply storeReply(InboundReply reply);

  Optional<InboundReply> findReply(long replyId);

  /** The replies not applied and not handled by a human yet, oldest first. */
  List<InboundReply> unhandledReplies(int max);

  /** A kept reply the chair must decide on, with the invitation it answers. */
  record ForTheChair(InboundReply reply, Invitation invitation) {}

  /**
   * The counter-proposals and delegations not yet handled that answer invitations of the region's
   * slots starting at or after {@code from}: the chair decides on them.
   */
  List<ForTheChair> forTheChairInRegionFrom(long regionId, java.time.Instant from);
}
