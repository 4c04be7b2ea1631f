package fi.aso.application.meetingday;

import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.Responsible;
import java.time.LocalDate;

/** An action as lists and the API show it: the case by reference only, no client name. */
public record ActionView(
    long id,
    long caseId,
    String caseReference,
    String what,
    Responsible responsible,
    Long organisationId,
    String organisation,
    String contactPerson,
    LocalDate dueDate,
    ActionStatus status,
    String statusNote,
    boolean overdue,
    long version) {

  static ActionView of(ActionItem a, LocalDate today) {
    return new ActionView(
        a.id(),
        a.clientCase().id(),
        a.clientCase().reference(),
        a.what(),
        a.responsible(),
        a.organisation().map(o -> o.id()).orElse(null),
        a.organisation().map(o -> o.name()).orElse(null),
        a.contactPerson().map(c -> c.name()).orElse(null),
        a.dueDate(),
        a.status(),
        a.statusNote().orElse(null),
        a.isOverdue(today),
        a.version());
  }
}
