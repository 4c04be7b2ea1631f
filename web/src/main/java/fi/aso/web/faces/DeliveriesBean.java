package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.Outbox;
import fi.aso.application.invitation.OutboxEntry;
import fi.aso.application.invitation.Replies;
import fi.aso.domain.Refusal;
import fi.aso.domain.invitation.DeliveryStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's deliveries page: what failed or waits for a retry, and replies kept for a
 * human.
 */
@Named
@ViewScoped
public class DeliveriesBean implements Serializable {

  @Inject Outbox outbox;
  @Inject Replies replies;
  @Inject CallerIdentity caller;
  @Inject Messages messages;

  private transient List<OutboxEntry> troubled;
  private transient List<Replies.KeptReply> kept;
  private transient Outbox.Counts counts;
  private String openedText;
  private Long openedId;

  public Outbox.Counts getCounts() {
    if (counts == null) {
      counts = outbox.counts();
    }
    return counts;
  }

  public List<OutboxEntry> getTroubled() {
    if (troubled == null) {
      troubled = outbox.troubled();
    }
    return troubled;
  }

  public List<Replies.KeptReply> getKept() {
    if (kept == null) {
      kept = replies.unhandled();
    }
    return kept;
  }

  public void retry(long id) {
    try {
      if (outbox.retry(id).status() == DeliveryStatus.SUPERSEDED) {
        done("deliveries.supersededNow");
      } else {
        done("deliveries.retried");
      }
    } catch (Refusal | NotFound e) {
      // refused, or no longer this region's to retry
      messages.refused("deliveries.invalid", e);
    }
  }

  public void open(long id) {
    openedText = replies.open(id);
    openedId = id;
  }

  public void handled(long id) {
    replies.markHandled(id, caller.name());
    if (Long.valueOf(id).equals(openedId)) {
      openedText = null;
      openedId = null;
    }
    done("deliveries.handled");
  }

  private void done(String key) {
    troubled = null;
    kept = null;
    counts = null;
    messages.info(key);
  }

  public String getOpenedText() {
    return openedText;
  }
}
