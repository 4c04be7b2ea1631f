package fi.aso.application.meeting;

import fi.aso.application.invitation.InvitationDrafts;
import java.util.List;

/**
 * What sending the booking will do: who gets an invitation (each by name and organisation) and the
 * invitation they get: the case reference and the time, never the client's name.
 */
public record BookingPreview(List<Recipient> recipients, InvitationDrafts.Draft invitation) {

  /** One recipient; {@code caseWorker}: the client's own worker, invited to every slot. */
  public record Recipient(String name, String organisation, boolean caseWorker) {}
}
