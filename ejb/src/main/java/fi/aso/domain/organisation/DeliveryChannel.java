package fi.aso.domain.organisation;

/** How an organisation wants its invitations and documents delivered. */
public enum DeliveryChannel {
  /** E-mail with an iCalendar invitation. */
  EMAIL,
  /** A signed JSON message to the organisation's own system. */
  WEBHOOK,
  /** E-mail through the authority's secure-mail relay. */
  SECURE_EMAIL
}
