package fi.aso.testing;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.CaseAccessReport;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.consent.ConsentEvents;
import fi.aso.application.consent.ConsentLinkThrottle;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.consent.ConsentRegistry;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.invitation.AnswerLinks;
import fi.aso.application.invitation.CalendarFeed;
import fi.aso.application.invitation.DeliverySearch;
import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.invitation.Invitations;
import fi.aso.application.invitation.InvitationsFollowMeetings;
import fi.aso.application.invitation.Outbox;
import fi.aso.application.invitation.Reminders;
import fi.aso.application.invitation.Replies;
import fi.aso.application.keys.KeyRing;
import fi.aso.application.links.SignedTokens;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.meeting.BusyTimes;
import fi.aso.application.meeting.CalendarFeeds;
import fi.aso.application.meeting.ChairNotices;
import fi.aso.application.meeting.InviteesFollowConsent;
import fi.aso.application.meeting.JoinLinks;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingEvents;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.meeting.MeetingSearch;
import fi.aso.application.meeting.PartnerSlots;
import fi.aso.application.meeting.PatternVideoLinks;
import fi.aso.application.meeting.SlotBooking;
import fi.aso.application.meeting.SlotPlanning;
import fi.aso.application.meeting.SlotsFollowClient;
import fi.aso.application.meeting.VideoJoin;
import fi.aso.application.meeting.VideoLinkProvider;
import fi.aso.application.meeting.VideoReadiness;
import fi.aso.application.meeting.VideoRoomBookings;
import fi.aso.application.meetingday.ActionReminders;
import fi.aso.application.meetingday.Actions;
import fi.aso.application.meetingday.CaseHistory;
import fi.aso.application.meetingday.FollowUps;
import fi.aso.application.meetingday.MeetingDay;
import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.application.referral.Referrals;
import fi.aso.application.servicemap.ServiceCatalogue;
import fi.aso.application.signin.PasswordCheck;
import fi.aso.application.signin.StaffSignIn;
import fi.aso.application.staff.AdminOnly;
import fi.aso.application.staff.Caller;
import fi.aso.application.staff.PasswordLinks;
import fi.aso.application.staff.StaffAccounts;
import fi.aso.application.steering.MapHoles;
import fi.aso.application.steering.ReferralAnswers;
import fi.aso.application.steering.ReferralLinks;
import fi.aso.application.steering.ReferralNotices;
import fi.aso.application.steering.ReferralReminders;
import fi.aso.application.steering.ServiceReferrals;
import fi.aso.application.steering.Steering;
import fi.aso.application.throttle.Throttle;
import fi.aso.application.workbench.ChairUpdates;
import fi.aso.application.workbench.NextSteps;
import fi.aso.infrastructure.persistence.JpaAuditEventRepository;
import fi.aso.infrastructure.persistence.JpaBusyTimeRepository;
import fi.aso.infrastructure.persistence.JpaClientCaseRepository;
import fi.aso.infrastructure.persistence.JpaConsentInvitationRepository;
import fi.aso.infrastructure.persistence.JpaConsentRepository;
import fi.aso.infrastructure.persistence.JpaInvitationRepository;
import fi.aso.infrastructure.persistence.JpaMeetingDayRepository;
import fi.aso.infrastructure.persistence.JpaMeetingRepository;
import fi.aso.infrastructure.persistence.JpaMinutesRepository;
import fi.aso.infrastructure.persistence.JpaOrganisationRepository;
import fi.aso.infrastructure.persistence.JpaOutboundMessageRepository;
import fi.aso.infrastructure.persistence.JpaPasswordLinkRepository;
import fi.aso.infrastructure.persistence.JpaRegionRepository;
import fi.aso.infrastructure.persistence.JpaServiceRepository;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.infrastructure.persistence.JpaSteeringRepository;
import fi.aso.infrastructure.persistence.JpaUnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The application services as the container wires them, for one call outside the container: the JPA
 * repositories over one entity manager (its transaction is the call's), a fixed caller and clock,
 * and every service built through its constructor. Events go where the test says ({@link
 * #onMeetingChange}, {@link #onConsentWithdrawn}); by default nobody hears them.
 */
public final class TestServices {

  /** The test data key (AES-256): sealed scans, identity codes, webhook keys and kept mails. */
  public static final KeyRing DATA_KEYS =
      KeyRing.of("test-data", "0123456789abcdef0123456789abcdef".getBytes());

  /** The test hash key (HMAC-SHA256): identity codes' keyed hashes, join and answer links. */
  public static final KeyRing HASH_KEYS =
      KeyRing.of("test-hash", "fedcba9876543210fedcba9876543210".getBytes());

  public static final InvitationSettings SETTINGS =
      new InvitationSettings("https://aso.example.fi", "aso@aso.example.fi");

  public final CallerIdentity caller;
  public final Clock clock;

  public final JpaStaffUserRepository staff;
  public final JpaRegionRepository regions;
  public final JpaOrganisationRepository organisations;
  public final JpaClientCaseRepository cases;
  public final JpaConsentRepository consents;
  public final JpaConsentInvitationRepository consentInvitations;
  public final JpaMeetingRepository meetings;
  public final JpaBusyTimeRepository busyTimes;
  public final JpaInvitationRepository invitationRecords;
  public final JpaOutboundMessageRepository outboundMessages;
  public final JpaMeetingDayRepository meetingDays;
  public final JpaMinutesRepository minutesVersions;
  public final JpaAuditEventRepository auditEvents;
  public final JpaPasswordLinkRepository passwordLinkRecords;
  public final JpaServiceRepository services;
  public final JpaSteeringRepository steering;
  public final UnitOfWork unitOfWork;

  private MeetingEvents meetingEvents = change -> {};
  private ConsentEvents consentEvents = withdrawal -> {};
  private CalendarFeeds feeds =
      (url, from, to) -> new CalendarFeeds.Answer(List.of(), Optional.empty());
  private VideoLinkProvider videoLinks = new PatternVideoLinks("https://video.test/aso-{room}");
  private Caller signedIn;
  private DataProtection keys = protection();
  private final EntityManager em;

  private TestServices(EntityManager em, CallerIdentity caller, Clock clock) {
    this.em = em;
    this.caller = caller;
    this.clock = clock;
    staff = new JpaStaffUserRepository(em);
    regions = new JpaRegionRepository(em);
    organisations = new JpaOrganisationRepository(em);
    cases = new JpaClientCaseRepository(em);
    consents = new JpaConsentRepository(em);
    consentInvitations = new JpaConsentInvitationRepository(em);
    meetings = new JpaMeetingRepository(em);
    busyTimes = new JpaBusyTimeRepository(em);
    invitationRecords = new JpaInvitationRepository(em);
    outboundMessages = new JpaOutboundMessageRepository(em);
    meetingDays = new JpaMeetingDayRepository(em);
    minutesVersions = new JpaMinutesRepository(em);
    auditEvents = new JpaAuditEventRepository(em);
    passwordLinkRecords = new JpaPasswordLinkRepository(em);
    services = new JpaServiceRepository(em);
    steering = new JpaSteeringRepository(em);
    unitOfWork = new JpaUnitOfWork(em);
  }

  /**
   * The services for a call by {@code username} at {@code now}, in the entity manager's
   * transaction.
   */
  public static TestServices of(EntityManager em, String username, Instant now) {
    return of(em, CallerIdentity.of(username), Clock.fixed(now, ZoneOffset.UTC));
  }

  public static TestServices of(EntityManager em, CallerIdentity caller, Clock clock) {
    return new TestServices(em, caller, clock);
  }

  /** Who hears meeting changes, synchronously in the call's transaction (as CDI's observers do). */
  public TestServices onMeetingChange(MeetingEvents events) {
    this.meetingEvents = events;
    return this;
  }

  /** Who hears consent withdrawals, synchronously in the call's transaction. */
  public TestServices onConsentWithdrawn(ConsentEvents events) {
    this.consentEvents = events;
    return this;
  }

  /** The partners' calendar feeds the slot finder reads (default: everyone free). */
  public TestServices withFeeds(CalendarFeeds feeds) {
    this.feeds = feeds;
    return this;
  }

  /** Who makes new meetings' video rooms (by default a pattern, as a deployment's default). */
  public TestServices withVideoLinks(VideoLinkProvider videoLinks) {
    this.videoLinks = videoLinks;
    return this;
  }

  public static DataProtection protection() {
    return new DataProtection(DATA_KEYS, HASH_KEYS);
  }

  /** The keys the services seal and hash with (default: {@link #protection()}). */
  public TestServices withProtection(DataProtection keys) {
    this.keys = keys;
    return this;
  }

  // ---- cross-cutting

  public AuditTrail audit() {
    return new AuditTrail(auditEvents, caller, clock);
  }

  public ConsentPolicy policy() {
    return new ConsentPolicy(consents, clock);
  }

  /** The caller as the staff register has them, read once for this call (as for a request). */
  public Caller signedIn() {
    if (signedIn == null) {
      signedIn = new Caller(staff, caller);
    }
    return signedIn;
  }

  public CaseAccess caseAccess() {
    return new CaseAccess(cases, organisations, signedIn());
  }

  public MeetingRights rights() {
    return new MeetingRights(signedIn(), regions, meetings);
  }

  public AdminOnly adminOnly() {
    return new AdminOnly(signedIn(), regions);
  }

  /** Counts of failed guesses, each change committed in a transaction of its own. */
  public Throttle throttle() {
    return OwnTransactions.throttle(em.getEntityManagerFactory());
  }

  /**
   * Staff sign-in, passwords checked with {@code hash} ({@link Pbkdf2} for a real one) and the
   * stand-in hash of {@link PasswordCheck#standIn} made with it once by the test.
   */
  public StaffSignIn staffSignIn(Pbkdf2PasswordHash hash, String standIn) {
    return new StaffSignIn(
        throttle(), new PasswordCheck(staff, hash, standIn), staff, audit(), clock);
  }

  // ---- cases, consent, network

  public CaseFile caseFile() {
    return new CaseFile(
        cases,
        organisations,
        meetings,
        keys,
        policy(),
        audit(),
        signedIn(),
        caseAccess(),
        45,
        clock);
  }

  public CaseAccessReport caseAccessReport() {
    return new CaseAccessReport(caseAccess(), audit(), staff, organisations, clock);
  }

  public ConsentRegistry consentRegistry() {
    return new ConsentRegistry(
        cases, consents, caseAccess(), audit(), caller, consentEvents, keys, clock);
  }

  public ElectronicConsent electronicConsent() {
    return new ElectronicConsent(
        cases,
        consents,
        consentInvitations,
        caseAccess(),
        audit(),
        caller,
        consentEvents,
        new ConsentLinkThrottle(throttle()),
        OwnTransactions.consentCodeCheck(em.getEntityManagerFactory()),
        clock);
  }

  public Referrals referrals() {
    return new Referrals(
        cases,
        staff,
        organisations,
        unitOfWork,
        caseAccess(),
        keys,
        audit(),
        signedIn(),
        slotsFollowClient(),
        clock);
  }

  public ChairNotices chairNotices() {
    return new ChairNotices(outboundMessages, staff, SETTINGS);
  }

  public SlotsFollowClient slotsFollowClient() {
    return new SlotsFollowClient(meetings, videoRooms(), chairNotices(), audit(), clock);
  }

  public VideoReadiness videoReadiness() {
    return new VideoReadiness(meetings, chairNotices(), clock);
  }

  public NetworkAdmin networkAdmin() {
    return new NetworkAdmin(organisations, regions, adminOnly(), audit(), keys, clock);
  }

  public ServiceCatalogue serviceCatalogue() {
    return new ServiceCatalogue(services, organisations, regions, signedIn(), audit(), clock);
  }

  public Steering steering() {
    return new Steering(
        meetings,
        meetingDays,
        services,
        steering,
        consents,
        rights(),
        signedIn(),
        policy(),
        electronicConsent(),
        audit(),
        referralNotices(),
        clock);
  }

  public ReferralNotices referralNotices() {
    return new ReferralNotices(
        outboundMessages, organisations, SETTINGS, new ReferralLinks(signedTokens()), clock);
  }

  public ReferralAnswers referralAnswers() {
    return new ReferralAnswers(
        new ReferralLinks(signedTokens()),
        steering,
        organisations,
        policy(),
        audit(),
        unitOfWork,
        clock);
  }

  public ReferralReminders referralReminders() {
    return new ReferralReminders(steering, outboundMessages, referralNotices(), policy(), clock);
  }

  public ServiceReferrals serviceReferrals() {
    return new ServiceReferrals(
        steering, unitOfWork, caseAccess(), signedIn(), policy(), audit(), clock);
  }

  public MapHoles mapHoles() {
    return new MapHoles(steering, services, signedIn());
  }

  public PartnerNetwork partnerNetwork() {
    return new PartnerNetwork(organisations, signedIn());
  }

  /** Set-password links, mailed through {@code mail}, passwords hashed by {@code hash}. */
  public PasswordLinks passwordLinks(MailGateway mail, Pbkdf2PasswordHash hash) {
    return new PasswordLinks(
        staff, passwordLinkRecords, adminOnly(), audit(), mail, SETTINGS, hash, clock);
  }

  /** The administrator's staff register; set-password links go through {@code mail}. */
  public StaffAccounts staffAccounts(MailGateway mail, Pbkdf2PasswordHash hash) {
    return new StaffAccounts(
        staff, organisations, regions, adminOnly(), audit(), passwordLinks(mail, hash));
  }

  // ---- meetings

  public VideoRoomBookings videoRooms() {
    return new VideoRoomBookings(meetings, busyTimes, unitOfWork);
  }

  public MeetingCalendar meetingCalendar() {
    return new MeetingCalendar(
        meetings, rights(), caller, audit(), meetingEvents, videoLinks, cases, videoRooms(), clock);
  }

  public MeetingPlanner meetingPlanner() {
    return new MeetingPlanner(
        meetings,
        organisations,
        outboundMessages,
        unitOfWork,
        rights(),
        caseAccess(),
        policy(),
        cases,
        caller,
        audit(),
        meetingEvents,
        videoRooms(),
        clock);
  }

  public PartnerSlots partnerSlots() {
    return new PartnerSlots(
        meetings, signedIn(), policy(), audit(), new JoinLinks(signedTokens()), clock);
  }

  public ChairUpdates chairUpdates() {
    return new ChairUpdates(
        rights(), meetings, consents, staff, signedIn(), audit(), invitationRecords, clock);
  }

  public NextSteps nextSteps() {
    return new NextSteps(
        cases, consents, consentInvitations, meetings, meetingDays, signedIn(), audit(), clock);
  }

  public SlotBooking slotBooking() {
    return new SlotBooking(
        rights(),
        caseAccess(),
        meetings,
        busyTimes,
        organisations,
        policy(),
        audit(),
        videoRooms(),
        clock);
  }

  public SlotPlanning slotPlanning() {
    return new SlotPlanning(
        meetings, busyTimes, rights(), feeds, audit(), meetingEvents, videoRooms());
  }

  public BusyTimes busyTimeEntries() {
    return new BusyTimes(busyTimes, organisations, staff, rights(), caller, audit(), clock);
  }

  public SignedTokens signedTokens() {
    return new SignedTokens(keys, clock);
  }

  public VideoJoin videoJoin() {
    return new VideoJoin(meetings, new JoinLinks(signedTokens()), audit(), clock);
  }

  public InviteesFollowConsent inviteesFollowConsent() {
    return new InviteesFollowConsent(meetings, meetingEvents, audit());
  }

  // ---- invitations and the outbox

  public InvitationsFollowMeetings invitationsFollowMeetings() {
    return new InvitationsFollowMeetings(
        meetings,
        invitationRecords,
        outboundMessages,
        organisations,
        policy(),
        SETTINGS,
        new JoinLinks(signedTokens()),
        new AnswerLinks(signedTokens()),
        clock);
  }

  public Reminders reminders() {
    return new Reminders(
        invitationRecords,
        outboundMessages,
        organisations,
        SETTINGS,
        new JoinLinks(signedTokens()),
        new AnswerLinks(signedTokens()),
        clock);
  }

  public CalendarFeed calendarFeed() {
    return new CalendarFeed(organisations, invitationRecords, policy(), SETTINGS, audit(), clock);
  }

  public Invitations invitations() {
    return new Invitations(invitationRecords, outboundMessages, rights(), audit());
  }

  public Outbox outbox() {
    return new Outbox(
        outboundMessages,
        organisations,
        keys,
        audit(),
        adminOnly(),
        policy(),
        cases,
        SETTINGS,
        clock);
  }

  public fi.aso.application.invitation.CounterProposals counterProposals() {
    return new fi.aso.application.invitation.CounterProposals(
        rights(),
        caller,
        audit(),
        invitationRecords,
        outboundMessages,
        organisations,
        SETTINGS,
        new JoinLinks(signedTokens()),
        new AnswerLinks(signedTokens()),
        clock);
  }

  public Replies replies() {
    return new Replies(
        invitationRecords, keys, audit(), new AnswerLinks(signedTokens()), adminOnly(), clock);
  }

  // ---- the meeting day and minutes

  public MeetingSearch meetingSearch() {
    return new MeetingSearch(meetings, rights(), clock);
  }

  public DeliverySearch deliverySearch() {
    return new DeliverySearch(outboundMessages, organisations, adminOnly());
  }

  public Actions actions() {
    return new Actions(
        meetingDays,
        meetings,
        organisations,
        unitOfWork,
        rights(),
        signedIn(),
        policy(),
        audit(),
        clock);
  }

  public ActionReminders actionReminders() {
    return new ActionReminders(meetingDays, outboundMessages, SETTINGS, policy(), clock);
  }

  public MeetingDay meetingDay() {
    return new MeetingDay(meetings, meetingDays, unitOfWork, rights(), caller, audit(), clock);
  }

  public CaseHistory caseHistory() {
    return new CaseHistory(meetings, meetingDays, minutesVersions, caseAccess(), audit(), clock);
  }

  public FollowUps followUps() {
    return new FollowUps(meetingDays, unitOfWork, caseAccess(), cases, caller, audit(), clock);
  }

  public MinutesService minutes() {
    return new MinutesService(
        minutesVersions,
        meetingDays,
        staff,
        cases,
        unitOfWork,
        rights(),
        policy(),
        caller,
        audit(),
        clock);
  }

  public MinutesDistribution minutesDistribution() {
    return new MinutesDistribution(
        minutesVersions,
        outboundMessages,
        rights(),
        minutes(),
        policy(),
        SETTINGS,
        signedIn(),
        audit(),
        clock);
  }
}
