package fi.aso.domain.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port for the outbox table: what is to be sent, claimed by the nodes that deliver it. Claims are
 * shared safely between nodes on one database (a node never gets a row another node holds).
 */
public interface OutboundMessageRepository {

  /** Stores a new message; it has its id when this returns. */
  OutboundMessage store(OutboundMessage message);

  Optional<OutboundMessage> find(long messageId);

  /** Which of these idempotency keys a message already carries. */
  Set<String> idempotencyKeysAmong(Collection<String> keys);

  /**
   * Claims up to {@code max} due, unclaimed (or lease-expired) pending messages for the node until
   * {@code leaseUntil}, skipping rows another transaction holds; returns them by id.
   */
  List<OutboundMessage> claimDue(String node, Instant now, Instant leaseUntil, int max);

  /** Ends the message's claim. */
  void release(long messageId);

  /** Whether a REQUEST of the invitation was handed over to this recipient. */
  boolean requestSent(long invitationId, String recipient);

  /** The latest REQUEST of the invitation delivered to the recipient, if any. */
  Optional<OutboundMessage> lastSentRequest(long invitationId, String recipient);

  /** Whether the invitation has a REQUEST or CANCEL written after this message. */
  boolean replacedByLater(long invitationId, long messageId);

  /**
   * Whether a REQUEST of the invitation written before this message is being delivered right now
   * (claimed by a node whose lease has not run out, its outcome not yet recorded).
   */
  boolean earlierRequestInFlight(long invitationId, long messageId, Instant now);

  /*
   * The lists for a region's administrators: the region's messages, and those about no region at
   * all (they name no client).
   */

  /** Messages not sent because they no longer might be, newest first. */
  List<OutboundMessage> superseded(long regionId, int max);

  /** Dead messages, newest first. */
  List<OutboundMessage> dead(long regionId, int max);

  /** Pending messages that have failed at least once, newest first. */
  List<OutboundMessage> retrying(long regionId, int max);

  /** The region's messages (and those of no region) the filter wants, a page of them. */
  List<OutboundMessage> search(long regionId, OutboxFilter filter, int offset, int limit);

  /** How many of the region's messages (and those of no region) the filter wants. */
  long count(long regionId, OutboxFilter filter);

  long countPending();

  long countRetrying();

  long countDead();

  /** Per invitee of the slots, the state of the latest message sent to them. */
  Map<Long, DeliveryStatus> latestStatusPerInvitee(Collection<Long> slotIds);

  /** Per invitation, its latest message (invitations without any are left out). */
  Map<Long, OutboundMessage> latestOfInvitations(Collection<Long> invitationIds);
}
