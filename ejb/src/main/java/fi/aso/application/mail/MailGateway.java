package fi.aso.application.mail;

/**
 * Port for outgoing mail. The application says what to send; the integration module's Camel routes
 * decide how it travels. Implementations must never log the body or recipients' names.
 */
public interface MailGateway {

  void send(OutgoingMail mail);
}
