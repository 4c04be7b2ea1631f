package fi.aso.application.invitation;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.domain.TokenHash;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contact person's personal calendar feed: their upcoming slots (still invited, consent still
 * allowing), with the case reference and a link, never a client's name. The link's secret token is
 * the key (calendar programs cannot sign in); an administrator renews it to revoke the old one.
 * Each fetch is recorded against the cases it lists.
 */
@Stateless
public class CalendarFeed {

  /** The feed also shows the past week, so a just-held meeting does not vanish at once. */
  static final Duration PAST = Duration.ofDays(7);

  @Inject OrganisationRepository organisations;
  @Inject InvitationRepository invitations;

  @Inject ConsentPolicy policy;
  @Inject InvitationSettings settings;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public CalendarFeed() {}

  /** For tests outside the container. */
  public CalendarFeed(
      OrganisationRepository organisations,
      InvitationRepository invitations,
      ConsentPolicy policy,
      InvitationSettings settings,
      AuditTrail audit,
      Clock clock) {
    this.organisations = organisations;
    this.invitations = invitations;
    this.policy = policy;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The feed's iCalendar text, if the token is a contact person's current one. */
  public Optional<String> feed(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ContactPerson> contact =
        organisations.withFeedTokenHash(TokenHash.of(token)).filter(ContactPerson::isActive);
    if (contact.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<IcsInvitations.Event> events = new ArrayList<>();
    List<Invitation> active =
        invitations.activeOfContactEndingAfter(contact.get(), now.minus(PAST));
    // the consents of all the listed clients in one read per organisation (a contact person has
    // one)
    Map<Long, Set<Long>> allowing = new HashMap<>();
    active.stream()
        .filter(i -> i.organisationId().isPresent())
        .collect(
            Collectors.groupingBy(
                i -> i.organisationId().get(),
                Collectors.mapping(Invitation::caseId, Collectors.toSet())))
        .forEach(
            (o, cases) ->
                allowing.put(
                    o, policy.casesAllowing(cases, o, InformationCategory.IDENTITY_AND_RELEASE)));
    for (Invitation invitation : active) {
      ClientSlot slot = invitation.invitee().orElseThrow().slot();
      boolean allowed =
          invitation
              .organisationId()
              .map(o -> allowing.get(o).contains(invitation.caseId()))
              .orElse(false);
      if (!allowed) {
        continue;
      }
      String reference = slot.clientCase().reference();
      String link = settings.link("/cases/case.xhtml?id=" + invitation.caseId());
      events.add(
          new IcsInvitations.Event(
              invitation.uid(),
              invitation.sequence(),
              false,
              invitation.sentStart().orElseThrow(),
              invitation.sentEnd().orElseThrow(),
              InvitationTexts.summary(reference),
              invitation.sentPlace().orElse(""),
              InvitationTexts.summary(reference) + "\n" + link,
              link,
              null,
              null,
              settings.organizer(),
              InvitationTexts.organizerName(),
              invitation.attendeeEmail(),
              invitation.attendeeName(),
              now));
      audit.recordAs(
          "calendar feed",
          AuditRecord.success(
                  AuditAction.DISCLOSE,
                  "Invitation",
                  String.valueOf(invitation.id()),
                  "calendar feed of " + contact.get().email())
              .aboutClientCase(invitation.caseId()));
    }
    return Optional.of(IcsInvitations.feed(events));
  }
}
