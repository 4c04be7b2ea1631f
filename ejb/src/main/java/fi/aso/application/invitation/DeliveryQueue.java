package fi.aso.application.invitation;

import java.time.Duration;
import java.util.List;

/**
 * What the delivery routes need of the outbox: claim due messages, report each outcome. Each call
 * is its own transaction ({@link Outbox}), so a delivery never holds a database transaction open
 * while it talks to a mail server or a partner's system.
 */
public interface DeliveryQueue {

  List<Delivery> claim(String node, int max, Duration lease);

  void delivered(long id);

  void failed(long id, String error);
}
