package fi.aso.application.network;

import fi.aso.domain.organisation.ContactPerson;

/** A contact person (yhdyshenkilö) as the network pages and API show them. */
public record ContactSummary(
    long id,
    String name,
    String email,
    String phone,
    String deputy,
    Long deputyId,
    String busyFeedUrl) {

  public static ContactSummary of(ContactPerson c) {
    return new ContactSummary(
        c.id(),
        c.name(),
        c.email(),
        c.phone().orElse(null),
        c.deputy().map(ContactPerson::name).orElse(null),
        c.deputy().map(ContactPerson::id).orElse(null),
        c.busyFeedUrl().orElse(null));
  }
}
