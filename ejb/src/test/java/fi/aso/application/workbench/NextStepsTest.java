package fi.aso.application.workbench;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ConsentGrant;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.meetingday.FollowUps;
import fi.aso.application.referral.NewReferral;
import fi.aso.application.workbench.NextStep.Kind;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral.Topic;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import fi.aso.infrastructure.persistence.JpaStaffUserRepository;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case worker's next step per client on a real PostgreSQL, every kind made the way the platform
 * makes it (referrals, consent links, paper consents, slots, follow-up points): the latest link
 * counts, an ending consent comes before the meeting, the first open follow-up point counts; other
 * regions' cases are left out; the read is audited once per case; and the number of queries does
 * not grow with the number of clients.
 */
class NextStepsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final Instant MEETING = Instant.parse("2026-12-16T07:40:00Z");

  static MeetingWorld world;
  static final AtomicInteger selects = new AtomicInteger();
  static final AtomicInteger references = new AtomicInteger();

  @BeforeAll
  static void world() {
    world = new MeetingWorld("next_steps");
    // every SELECT the persistence unit sends to the database
    JpaHelper.getServerSession(world.emf)
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void preExecuteCall(SessionEvent event) {
                Call call = event.getCall();
                if (call instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall db
                    && db.getSQLString() != null
                    && db.getSQLString().stripLeading().toUpperCase().startsWith("SELECT")
                    // an identity read back after an insert (of the audit events)
                    && !db.getSQLString().equals("select lastval()")) {
                  selects.incrementAndGet();
                }
              }
            });
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void eachClientGetsTheStepItNeedsWithItsDate() {
    Map<Made, Long> clients = clientsOfEveryKind(0);
    long elsewhere = caseInAnotherRegion();
    List<Long> asked = new ArrayList<>(clients.values());
    asked.add(elsewhere);

    Map<Long, NextStep> steps = nextSteps("caseworker", asked);

    assertThat(steps).doesNotContainKey(elsewhere).hasSize(clients.size());
    assertThat(steps.get(clients.get(Made.INCOMPLETE)))
        .isEqualTo(new NextStep(Kind.REFERRAL_INCOMPLETE, CaseState.REFERRED, null, null, 5));
    assertThat(steps.get(clients.get(Made.COMPLETE)))
        .isEqualTo(new NextStep(Kind.ASK_CONSENT, CaseState.REFERRED, null, null, 0));
    assertThat(steps.get(clients.get(Made.LINK_WAITING)))
        .as("the latest link, not the one before it that ran out")
        .isEqualTo(
            new NextStep(
                Kind.LINK_WAITING,
                CaseState.CONSENT_PENDING,
                null,
                NOW.minus(Duration.ofMinutes(20)).plus(Duration.ofMinutes(60)),
                0));
    assertThat(steps.get(clients.get(Made.LINK_EXPIRED)))
        .isEqualTo(
            new NextStep(
                Kind.LINK_EXPIRED, CaseState.CONSENT_PENDING, null, NOW.minusSeconds(3600), 0));
    assertThat(steps.get(clients.get(Made.LINK_LOCKED)))
        .isEqualTo(new NextStep(Kind.LINK_LOCKED, CaseState.CONSENT_PENDING, null, null, 0));
    assertThat(steps.get(clients.get(Made.CONSENT_EXPIRING)))
        .as("an ending consent before the meeting it is on")
        .isEqualTo(
            new NextStep(
                Kind.CONSENT_EXPIRING, CaseState.SCHEDULED, LocalDate.of(2026, 12, 20), null, 0));
    assertThat(steps.get(clients.get(Made.CONSENT_EXPIRED)))
        .isEqualTo(
            new NextStep(
                Kind.CONSENT_EXPIRED,
                CaseState.READY_FOR_MEETING,
                LocalDate.of(2026, 11, 15),
                null,
                0));
    assertThat(steps.get(clients.get(Made.ON_MEETING)))
        .as("the first of two planned slots")
        .isEqualTo(new NextStep(Kind.MEETING, CaseState.SCHEDULED, null, MEETING, 0));
    assertThat(steps.get(clients.get(Made.FOLLOW_UP_DUE)))
        .as("the first point not yet recorded")
        .isEqualTo(
            new NextStep(
                Kind.FOLLOW_UP_DUE, CaseState.FOLLOW_UP, LocalDate.of(2027, 3, 1), null, 0));
    assertThat(steps.get(clients.get(Made.FOLLOW_UP_OVERDUE)))
        .isEqualTo(
            new NextStep(
                Kind.FOLLOW_UP_OVERDUE, CaseState.FOLLOW_UP, LocalDate.of(2026, 11, 1), null, 0));
    assertThat(steps.get(clients.get(Made.DISCUSSED)))
        .as("discussed, no follow-up planned yet: the state says it")
        .isEqualTo(new NextStep(Kind.AS_STATE, CaseState.DISCUSSED, null, null, 0));
    assertThat(steps.get(clients.get(Made.READY)))
        .isEqualTo(new NextStep(Kind.AS_STATE, CaseState.READY_FOR_MEETING, null, null, 0));
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    em.createQuery(
                            "select count(e) from AuditEvent e where e.purpose = :purpose"
                                + " and e.clientCaseId in :cases",
                            Long.class)
                        .setParameter("purpose", "home page next steps")
                        .setParameter("cases", asked)
                        .getSingleResult()))
        .as("one read of each listed client, none of the other region's")
        .isEqualTo((long) clients.size());
    assertThat(steps.values())
        .extracting(NextStep::kind)
        .as("every kind is covered here")
        .containsAll(Set.of(Kind.values()));
  }

  @Test
  void theQueriesDoNotGrowWithTheNumberOfClients() {
    List<Long> few = List.copyOf(clientsOfEveryKind(1).values());
    nextSteps("caseworker", few); // the first call of a kind prepares its queries
    int forFew = selectsOf(few);
    List<Long> many = new ArrayList<>(few);
    for (int round = 2; round < 5; round++) {
      many.addAll(clientsOfEveryKind(round).values());
    }
    int forMany = selectsOf(many);

    assertThat(forFew).as("a few queries, not one per client").isLessThan(few.size());
    assertThat(forMany).as("four times the clients").isEqualTo(forFew);
  }

  @Test
  void onlyRegionStaffAskAndNothingIsReadForNothing() {
    long client = readyClient();
    assertThatThrownBy(() -> nextSteps("kodit-user", List.of(client)))
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(() -> nextSteps("admin", List.of(client)))
        .isInstanceOf(CaseAccessDenied.class);
    assertThat(nextSteps("chair", List.of(client))).containsOnlyKeys(client);
    assertThat(nextSteps("caseworker", List.of())).isEmpty();
    assertThat(nextSteps("caseworker", List.of(-1L))).isEmpty();
  }

  /** The clients one round makes: one of every kind of step, and two whose state says it all. */
  enum Made {
    INCOMPLETE,
    COMPLETE,
    LINK_WAITING,
    LINK_EXPIRED,
    LINK_LOCKED,
    CONSENT_EXPIRING,
    CONSENT_EXPIRED,
    ON_MEETING,
    FOLLOW_UP_DUE,
    FOLLOW_UP_OVERDUE,
    DISCUSSED,
    READY
  }

  /**
   * One client of every kind; the meetings of round {@code round} are that many days after {@link
   * #MEETING}, so that rounds do not share a time.
   */
  private Map<Made, Long> clientsOfEveryKind(int round) {
    Instant meeting = MEETING.plus(Duration.ofDays(round));
    Map<Made, Long> made = new EnumMap<>(Made.class);
    long incomplete =
        refer(NOW, Map.of(Topic.WISHES, "Oma asunto", Topic.PREVIOUS_HOUSING, "Vuokralla"));
    Map<Topic, String> everything = new EnumMap<>(Topic.class);
    for (Topic topic : Topic.values()) {
      everything.put(topic, "Kirjattu");
    }
    long complete = refer(NOW, everything);
    long linkWaiting = refer(NOW, everything);
    invite(linkWaiting, NOW.minus(Duration.ofHours(3)));
    invite(linkWaiting, NOW.minus(Duration.ofMinutes(20)));
    long linkExpired = refer(NOW, everything);
    invite(linkExpired, NOW.minus(Duration.ofHours(2)));
    long linkLocked = refer(NOW, everything);
    long locked = invite(linkLocked, NOW.minus(Duration.ofMinutes(10)));
    for (int i = 0; i < 5; i++) {
      Transactions.inTransaction(
          world.emf,
          em ->
              TestServices.of(em, "caseworker", NOW)
                  .consentInvitations
                  .countTry(locked, false, NOW));
    }

    long consentExpiring = readyClient();
    paperConsent(consentExpiring, NOW, LocalDate.of(2026, 12, 20));
    world.slotOnNewMeeting(consentExpiring, meeting.plus(Duration.ofHours(1)));
    long consentExpired = refer(NOW.minus(Duration.ofDays(60)), everything);
    paperConsent(consentExpired, NOW.minus(Duration.ofDays(55)), LocalDate.of(2026, 11, 15));
    long onMeeting = readyClient();
    world.slotOnNewMeeting(onMeeting, meeting.plus(Duration.ofDays(30)));
    world.slotOnNewMeeting(onMeeting, meeting);

    long followUpDue = discussed(LocalDate.of(2026, 12, 1));
    List<FollowUps.PointView> points = followUps(s -> s.plan(followUpDue));
    FollowUps.PointView first = points.get(0);
    followUps(
        s ->
            s.record(
                followUpDue,
                first.id(),
                first.version(),
                true,
                "Tukiasunto",
                HousingForm.SUPPORTED_HOUSING,
                true,
                null));
    long followUpOverdue = discussed(LocalDate.of(2026, 11, 1));
    followUps(s -> s.plan(followUpOverdue));
    long discussed = discussed(LocalDate.of(2027, 1, 10));
    made.putAll(
        Map.ofEntries(
            Map.entry(Made.INCOMPLETE, incomplete),
            Map.entry(Made.COMPLETE, complete),
            Map.entry(Made.LINK_WAITING, linkWaiting),
            Map.entry(Made.LINK_EXPIRED, linkExpired),
            Map.entry(Made.LINK_LOCKED, linkLocked),
            Map.entry(Made.CONSENT_EXPIRING, consentExpiring),
            Map.entry(Made.CONSENT_EXPIRED, consentExpired),
            Map.entry(Made.ON_MEETING, onMeeting),
            Map.entry(Made.FOLLOW_UP_DUE, followUpDue),
            Map.entry(Made.FOLLOW_UP_OVERDUE, followUpOverdue),
            Map.entry(Made.DISCUSSED, discussed),
            Map.entry(Made.READY, readyClient())));
    return made;
  }

  private static Map<Long, NextStep> nextSteps(String user, List<Long> caseIds) {
    return Transactions.inTransaction(
        world.emf, em -> TestServices.of(em, user, NOW).nextSteps().of(caseIds));
  }

  /** The SELECTs of one call for the cases (the caller's own row included). */
  private static int selectsOf(List<Long> caseIds) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          var services = TestServices.of(em, "caseworker", NOW);
          selects.set(0);
          services.nextSteps().of(caseIds);
          return selects.get();
        });
  }

  private static long readyClient() {
    return world.readyClient(
        "ASO-N-" + references.incrementAndGet(), LocalDate.of(2027, 3, 1), world.kodit);
  }

  /** The case worker refers a client at {@code at} with these topics of the mapping. */
  private static long refer(Instant at, Map<Topic, String> topics) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            TestServices.of(em, "caseworker", at)
                .referrals()
                .refer(
                    new NewReferral(
                        "Asiakas " + references.incrementAndGet(),
                        LocalDate.of(1990, 1, 1),
                        null,
                        ClientKind.PRISONER,
                        world.prison,
                        LocalDate.of(2027, 3, 1),
                        topics)));
  }

  /** The case worker makes a consent link at {@code at}; returns the link's id. */
  private static long invite(long caseId, Instant at) {
    ElectronicConsent.Issued issued =
        Transactions.inTransaction(
            world.emf,
            em ->
                TestServices.of(em, "caseworker", at)
                    .electronicConsent()
                    .invite(
                        caseId,
                        Map.of(world.kodit, Set.of(IDENTITY_AND_RELEASE)),
                        LocalDate.of(2027, 6, 30),
                        "fi"));
    return Transactions.inTransaction(
        world.emf,
        em ->
            TestServices.of(em, "caseworker", at)
                .consentInvitations
                .withTokenHash(fi.aso.domain.TokenHash.of(issued.token()))
                .orElseThrow()
                .id());
  }

  private static void paperConsent(long caseId, Instant at, LocalDate validUntil) {
    Transactions.inTransaction(
        world.emf,
        em ->
            TestServices.of(em, "caseworker", at)
                .consentRegistry()
                .recordPaperConsent(
                    caseId,
                    new ConsentGrant(
                        Map.of(world.kodit, Set.of(IDENTITY_AND_RELEASE)),
                        validUntil,
                        "fi-2026-1")));
  }

  /** A client released on {@code release} whose case the group has discussed. */
  private static long discussed(LocalDate release) {
    long client = world.readyClient("ASO-N-" + references.incrementAndGet(), release, world.kodit);
    Transactions.inTransaction(
        world.emf,
        em -> {
          ClientCase c = em.find(ClientCase.class, client);
          OffsetDateTime at = NOW.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);
          em.persist(c.moveTo(CaseState.SCHEDULED, "chair", "test", at));
          em.persist(c.moveTo(CaseState.DISCUSSED, "chair", "test", at));
          return null;
        });
    return client;
  }

  private static <T> T followUps(Function<FollowUps, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, "caseworker", NOW).followUps()));
  }

  /** A client of another region's case worker. */
  private static long caseInAnotherRegion() {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          Region kuopio = new Region("kuopio", "Kuopio", "Europe/Helsinki");
          em.persist(kuopio);
          Organisation prison =
              new Organisation("Kuopion vankila", OrganisationType.PRISON, kuopio);
          em.persist(prison);
          StaffUser worker =
              new JpaStaffUserRepository(em).findByUsername("caseworker").orElseThrow();
          ClientCase c =
              new ClientCase(
                  kuopio,
                  "ASO-K-" + references.incrementAndGet(),
                  "Toisen alueen asiakas",
                  LocalDate.of(1990, 1, 1),
                  ClientKind.PRISONER,
                  prison,
                  worker,
                  NOW.atOffset(ZoneOffset.UTC));
          em.persist(c);
          em.flush();
          return c.id();
        });
  }
}
