package fi.aso.application.meeting;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Joensuu world on a real PostgreSQL for the meeting tests: a chair, a case worker, a
 * partner user of a housing company, three organisations with a contact person each, and clients
 * whose consents name different organisations. Services are wired by hand, as the container would.
 */
public final class MeetingWorld {

  public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  public final EntityManagerFactory emf;
  public final List<MeetingChange> changes = new ArrayList<>();

  /**
   * Whether meeting changes are followed by their invitations (the observer the deployed platform
   * has).
   */
  private boolean invitations;

  public long region;
  public long kodit;
  public long sote;
  public long te;
  public long prison;
  public long kalle;
  public long sari;
  public long tiina;

  public MeetingWorld(String database) {
    emf = EmbeddedDatabase.entityManagerFactory(database);
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region joensuu = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(joensuu);
    Organisation prisonOrg = new Organisation("Joensuun vankila", OrganisationType.PRISON, joensuu);
    prisonOrg.provideVideoRoom(true, null);
    Organisation koditOrg =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, joensuu);
    Organisation soteOrg =
        new Organisation("Siun sote", OrganisationType.ADULT_SOCIAL_WORK, joensuu);
    Organisation teOrg =
        new Organisation("TE-toimisto", OrganisationType.EMPLOYMENT_SERVICES, joensuu);
    List.of(prisonOrg, koditOrg, soteOrg, teOrg).forEach(em::persist);
    user(em, "chair", Role.CHAIR, joensuu, prisonOrg);
    user(em, "caseworker", Role.CASE_WORKER, joensuu, prisonOrg);
    user(em, "kodit-user", Role.PARTNER, joensuu, koditOrg);
    // the partner who is contact person Kalle (same e-mail): actions naming Kalle are theirs
    user(em, "kalle-user", Role.PARTNER, joensuu, koditOrg).setEmail("kalle@kodit.test");
    user(em, "admin", Role.ADMIN, joensuu, null);
    ContactPerson kalleC = new ContactPerson(koditOrg, "Kalle Kodit", "kalle@kodit.test", null);
    ContactPerson sariC = new ContactPerson(soteOrg, "Sari Sote", "sari@sote.test", null);
    ContactPerson tiinaC = new ContactPerson(teOrg, "Tiina TE", "tiina@te.test", null);
    List.of(kalleC, sariC, tiinaC).forEach(em::persist);
    em.getTransaction().commit();
    region = joensuu.id();
    prison = prisonOrg.id();
    kodit = koditOrg.id();
    sote = soteOrg.id();
    te = teOrg.id();
    kalle = kalleC.id();
    sari = sariC.id();
    tiina = tiinaC.id();
    em.close();
  }

  /** The test data key (AES-256): for join and answer links, sealed webhook keys. */
  public static DataProtection protection() {
    return TestServices.protection();
  }

  /** Meeting changes write their invitations to the outbox, as the deployed platform does. */
  public MeetingWorld withInvitations() {
    invitations = true;
    return this;
  }

  private static StaffUser user(
      EntityManager em, String name, Role role, Region region, Organisation organisation) {
    StaffUser user = new StaffUser(name, name, Set.of(role));
    user.placeIn(region, organisation);
    user.setEmail(name + "@aso.test");
    em.persist(user);
    return user;
  }

  /**
   * A client ready for a meeting whose consent names the given organisations (identity and
   * housing).
   */
  public long readyClient(String reference, LocalDate release, long... consentedOrganisations) {
    return readyClientSharing(
        reference,
        release,
        Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES),
        consentedOrganisations);
  }

  /** A client ready for a meeting whose consent gives these organisations these categories. */
  public long readyClientSharing(
      String reference,
      LocalDate release,
      Set<InformationCategory> categories,
      long... consentedOrganisations) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    StaffUser worker = new JpaStaffUserRepository(em).findByUsername("caseworker").orElseThrow();
    ClientCase c =
        new ClientCase(
            em.find(Region.class, region),
            reference,
            "Asiakas " + reference,
            LocalDate.of(1990, 1, 1),
            ClientKind.PRISONER,
            worker.organisation().orElseThrow(),
            worker,
            OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    c.expectRelease(release);
    em.persist(c);
    OffsetDateTime at = NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC);
    em.persist(c.moveTo(CaseState.CONSENT_PENDING, "caseworker", "test", at));
    em.persist(c.moveTo(CaseState.READY_FOR_MEETING, "caseworker", "test", at));
    Map<Organisation, Set<InformationCategory>> grants = new java.util.HashMap<>();
    for (long o : consentedOrganisations) {
      grants.put(em.find(Organisation.class, o), categories);
    }
    em.persist(
        new ConsentHistory(List.of())
            .give(
                c,
                ConsentMethod.PAPER,
                "fi-2026-1",
                NOW.minusSeconds(3600),
                LocalDate.of(2027, 12, 31),
                "caseworker",
                grants));
    em.getTransaction().commit();
    em.close();
    return c.id();
  }

  /**
   * The application services for one call, as the given user, at the given time, built by {@link
   * TestServices}. Meeting changes are recorded in {@link #changes} and, with {@link
   * #withInvitations()}, followed in the same transaction by the invitations (as CDI's observer
   * does; at the world's {@link #NOW}, as before).
   */
  public final class Services {
    public final CallerIdentity caller;
    public final MeetingRights rights;
    public final MeetingCalendar calendar;
    public final MeetingPlanner planner;
    public final PartnerSlots partnerSlots;
    public final SlotPlanning planning;
    public final SlotBooking booking;
    public final fi.aso.application.workbench.ChairUpdates chairUpdates;
    public final InviteesFollowConsent followConsent;
    public final AuditTrail audit;
    public final fi.aso.application.referral.Referrals referrals;
    public final VideoReadiness videoReadiness;

    Services(EntityManager em, String username, Instant now, CalendarFeeds feeds) {
      var observers = TestServices.of(em, "system", NOW);
      var services =
          TestServices.of(em, username, now)
              .withFeeds(feeds)
              .onMeetingChange(
                  change -> {
                    changes.add(change);
                    if (invitations) {
                      observers.invitationsFollowMeetings().follow(change);
                    }
                  });
      caller = services.caller;
      rights = services.rights();
      calendar = services.meetingCalendar();
      planner = services.meetingPlanner();
      partnerSlots = services.partnerSlots();
      planning = services.slotPlanning();
      booking = services.slotBooking();
      chairUpdates = services.chairUpdates();
      followConsent = services.inviteesFollowConsent();
      audit = services.audit();
      referrals = services.referrals();
      videoReadiness = services.videoReadiness();
    }
  }

  public <T> T as(String username, Instant now, java.util.function.Function<Services, T> work) {
    return as(
        username,
        now,
        (url, from, to) -> new CalendarFeeds.Answer(List.of(), java.util.Optional.empty()),
        work);
  }

  <T> T as(
      String username,
      Instant now,
      CalendarFeeds feeds,
      java.util.function.Function<Services, T> work) {
    return fi.aso.testing.Transactions.inTransaction(
        emf, em -> work.apply(new Services(em, username, now, feeds)));
  }

  /**
   * The client withdraws their consent for one organisation at {@code at}, as the consent registry
   * does it: the consent changes, and the invitees follow in the same transaction.
   */
  public void withdraw(long caseId, long organisationId, Instant at) {
    fi.aso.testing.Transactions.inTransaction(
        emf,
        em -> {
          var consent =
              new fi.aso.infrastructure.persistence.JpaConsentRepository(em)
                  .historyOf(caseId)
                  .inForce(at)
                  .orElseThrow();
          consent.withdrawFor(organisationId, "caseworker", at);
          new Services(
                  em,
                  "caseworker",
                  at,
                  (url, from, to) ->
                      new CalendarFeeds.Answer(List.of(), java.util.Optional.empty()))
              .followConsent.withdrawn(
                  new fi.aso.domain.consent.ConsentWithdrawn(
                      caseId, consent.versionNo(), Set.of(organisationId), false, at));
          return null;
        });
  }

  /** A meeting and the slot made on it. */
  public record PlannedSlot(long meeting, long slot) {}

  /**
   * The chair puts the client in person on a new three-hour ad-hoc meeting starting at {@code
   * start}, in a 45-minute slot at its start, and invites these contact persons.
   */
  public PlannedSlot slotOnNewMeeting(long client, Instant start, long... contacts) {
    long meeting =
        as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(start, start.plus(Duration.ofHours(3)), "Toimisto"));
    long slot =
        as(
            "chair",
            NOW,
            s ->
                s.planner.addSlot(
                    meeting,
                    version(meeting),
                    client,
                    start,
                    Duration.ofMinutes(45),
                    ClientAttendance.IN_PERSON,
                    null,
                    null));
    for (long contact : contacts) {
      as("chair", NOW, s -> s.planner.invite(meeting, slot, version(meeting), contact));
    }
    return new PlannedSlot(meeting, slot);
  }

  public long version(long meetingId) {
    return fi.aso.testing.Transactions.inTransaction(
        emf, em -> em.find(fi.aso.domain.meeting.Meeting.class, meetingId).version());
  }
}
