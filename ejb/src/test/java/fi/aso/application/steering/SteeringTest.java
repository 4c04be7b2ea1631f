package fi.aso.application.steering;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static fi.aso.domain.consent.InformationCategory.RENT_ARREARS_AND_CREDIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.meeting.NotConsented;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Steering in the meeting, the referral's path and the map's holes, on a real PostgreSQL. */
class SteeringTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static MeetingWorld world;
  static long flats;
  static long work;
  static long socialWork;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("steering");
    flats =
        service(
            world.kodit,
            ServiceKind.INDEPENDENT_RENTAL,
            "Vuokra-asunnot",
            Set.of(HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    work = service(world.te, ServiceKind.EMPLOYMENT_SERVICES, "Työnhaku", Set.of());
    socialWork = service(world.sote, ServiceKind.ADULT_SOCIAL_WORK, "Aikuissosiaalityö", Set.of());
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void needsProposeServicesConsentedFirstAndAReferralCarriesOnlyWhatTheConsentAllows() {
    long slot = slotFor("ASO-S-001", world.kodit);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.INDEPENDENT_RENTAL)));
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.EMPLOYMENT_SERVICES)));
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.EMPLOYMENT_SERVICES)));
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.DETOX)));

    SteeringView view = as("caseworker", s -> s.steering().view(slot));
    assertThat(view.needs())
        .extracting(SteeringView.Need::kind)
        .as("recorded once each, in order")
        .containsExactly(
            ServiceKind.INDEPENDENT_RENTAL, ServiceKind.EMPLOYMENT_SERVICES, ServiceKind.DETOX);
    SteeringView.Proposal flat = view.needs().get(0).proposals().get(0);
    assertThat(flat.consented()).isTrue();
    assertThat(flat.carries())
        .as("the consent gives Kodit identity and housing, not rent arrears")
        .containsExactlyInAnyOrder(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES);
    assertThat(flat.withheld()).containsExactly(RENT_ARREARS_AND_CREDIT);
    assertThat(view.needs().get(1).proposals().get(0).consented()).as("TE").isFalse();
    assertThat(view.needs().get(2).noService()).as("no detox in the region").isTrue();

    long referral = as("chair", s -> s.steering().refer(slot, flats, LocalDate.of(2026, 12, 20)));
    long again = as("chair", s -> s.steering().refer(slot, flats, null));
    assertThat(again).as("a second click refers nobody twice").isEqualTo(referral);
    assertThatThrownBy(() -> as("chair", s -> s.steering().refer(slot, work, null)))
        .as("TE is not named by the consent")
        .isInstanceOf(NotConsented.class);
    assertThatThrownBy(() -> as("chair", s -> s.steering().refer(slot, socialWork, null)))
        .as("no need of that kind recorded")
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> as("caseworker", s -> s.steering().refer(slot, flats, null)))
        .as("the chair refers")
        .isInstanceOf(CaseAccessDenied.class);

    ReferralView made = as("chair", s -> s.steering().view(slot)).referrals().get(0);
    assertThat(made.carries())
        .containsExactlyInAnyOrder(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES);
    assertThat(made.state()).isEqualTo(ReferralState.REFERRED);
    ActionItem action =
        Transactions.inTransaction(world.emf, em -> em.find(ActionItem.class, made.actionId()));
    assertThat(action.what()).isEqualTo("Ohjaus palveluun: Vuokra-asunnot");
    assertThat(action.organisation().orElseThrow().id()).isEqualTo(world.kodit);
    // Kodit's contact person is told, by the case reference and a link, nothing more
    List<Object[]> notices =
        Transactions.inTransaction(
            world.emf,
            em ->
                em.createQuery(
                        "select m.recipient, m.subject, m.bodyText from OutboundMessage m"
                            + " where m.idempotencyKey like :k",
                        Object[].class)
                    .setParameter("k", "referral:" + referral + ":%")
                    .getResultList());
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0)[0]).isEqualTo("kalle@kodit.test");
    assertThat((String) notices.get(0)[1]).isEqualTo("Uusi ohjaus ASO-ryhmästä (ASO-S-001)");
    assertThat((String) notices.get(0)[2])
        .contains("ASO-S-001", "/referrals/index.xhtml", "Svara senast")
        .doesNotContain("Asiakas ASO-S-001", "Vuokra-asunnot");
  }

  @Test
  void theProviderAcceptsStartsAndEndsTheReferralAndTheActionFollows() {
    long slot = slotFor("ASO-S-002", world.kodit);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.INDEPENDENT_RENTAL)));
    long referral = as("chair", s -> s.steering().refer(slot, flats, null));

    List<ReferralView> partners = as("kodit-user", s -> s.serviceReferrals().mine());
    ReferralView seen = partners.stream().filter(r -> r.id() == referral).findFirst().orElseThrow();
    assertThat(seen.caseReference()).isEqualTo("ASO-S-002");
    assertThat(seen.next()).containsExactly(ReferralState.ACCEPTED, ReferralState.DECLINED);

    ReferralView accepted =
        as(
            "kodit-user",
            s -> s.serviceReferrals().move(referral, seen.version(), ReferralState.ACCEPTED, null));
    assertThatThrownBy(
            () ->
                as(
                    "kodit-user",
                    s ->
                        s.serviceReferrals()
                            .move(referral, seen.version(), ReferralState.STARTED, null)))
        .as("a stale step")
        .isInstanceOf(ConcurrentEdit.class);
    assertThatThrownBy(
            () ->
                as(
                    "kodit-user",
                    s ->
                        s.serviceReferrals()
                            .move(referral, accepted.version(), ReferralState.REFERRED, null)))
        .as("no step back")
        .isInstanceOf(Refusal.class);
    ReferralView started =
        as(
            "kodit-user",
            s ->
                s.serviceReferrals()
                    .move(referral, accepted.version(), ReferralState.STARTED, null));
    assertThat(actionStatus(started.actionId())).isEqualTo(ActionStatus.IN_PROGRESS);
    ReferralView ended =
        as(
            "caseworker",
            s ->
                s.serviceReferrals()
                    .move(referral, started.version(), ReferralState.ENDED, "Vuokrasopimus"));
    assertThat(ended.state()).isEqualTo(ReferralState.ENDED);
    assertThat(ended.next()).isEmpty();
    assertThat(actionStatus(ended.actionId())).isEqualTo(ActionStatus.DONE);
  }

  @Test
  void aDeclineNeedsAReasonAndAnotherProviderCannotTouchTheReferral() {
    long slot = slotFor("ASO-S-003", world.kodit, world.sote);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.ADULT_SOCIAL_WORK)));
    long referral = as("chair", s -> s.steering().refer(slot, socialWork, null));
    long version = as("chair", s -> s.serviceReferrals().get(referral)).version();
    assertThatThrownBy(
            () ->
                as(
                    "kodit-user",
                    s ->
                        s.serviceReferrals().move(referral, version, ReferralState.ACCEPTED, null)))
        .as("Kodit is not the provider")
        .isInstanceOf(CaseAccessDenied.class);
    List<ReferralView> kodits = as("kodit-user", s -> s.serviceReferrals().mine());
    assertThat(kodits).extracting(ReferralView::id).doesNotContain(referral);
    assertThatThrownBy(
            () ->
                as(
                    "caseworker",
                    s ->
                        s.serviceReferrals().move(referral, version, ReferralState.DECLINED, "  ")))
        .isInstanceOf(Refusal.class);
    ReferralView declined =
        as(
            "caseworker",
            s ->
                s.serviceReferrals()
                    .move(referral, version, ReferralState.DECLINED, "Ei asiakkaan kunnassa"));
    assertThat(declined.reason()).isEqualTo("Ei asiakkaan kunnassa");
    assertThat(actionStatus(declined.actionId())).isEqualTo(ActionStatus.CANNOT_BE_DONE);
  }

  @Test
  void askingConsentForAnUnconsentedProviderProposesTheConsentInForcePlusIt() {
    long slot = slotFor("ASO-S-004", world.kodit);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.EMPLOYMENT_SERVICES)));
    var issued = as("caseworker", s -> s.steering().askConsent(slot, work, "fi"));
    assertThat(issued.code()).isNotBlank();
    var proposal =
        as(
            "nobody",
            s -> s.electronicConsent().proposal(issued.token(), issued.code(), "127.0.0.1"));
    assertThat(proposal).isPresent();
    assertThat(proposal.get().agencies().keySet()).containsExactlyInAnyOrder(world.kodit, world.te);
    assertThat(proposal.get().agencies().get(world.te).categories())
        .containsExactly(IDENTITY_AND_RELEASE);
    assertThat(proposal.get().agencies().get(world.kodit).categories())
        .containsExactlyInAnyOrder(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES);
    assertThatThrownBy(() -> as("caseworker", s -> s.steering().askConsent(slot, flats, "fi")))
        .as("Kodit is consented already")
        .isInstanceOf(Refusal.class);

    // the client accepts both on their own page: TE can now be contacted, Kodit keeps its consent
    as(
        "nobody",
        s ->
            s.electronicConsent()
                .answer(
                    issued.token(),
                    issued.code(),
                    Set.of(world.kodit, world.te),
                    "Asiakas ASO-S-004"));
    SteeringView.Proposal te =
        as("chair", s -> s.steering().view(slot)).needs().get(0).proposals().get(0);
    assertThat(te.consented()).isTrue();
    long referral = as("chair", s -> s.steering().refer(slot, work, null));
    assertThat(as("chair", s -> s.serviceReferrals().get(referral)).organisationId())
        .isEqualTo(world.te);
  }

  @Test
  void theHolesViewCountsNeedsServicesReferralsAndUnmetNeedsPerKind() {
    // a region of its own, so that the other tests' needs do not count here
    MeetingWorld other = new MeetingWorld("steering_holes");
    try {
      long homes = service(other, other.kodit, ServiceKind.INDEPENDENT_RENTAL, "Kodit", Set.of());
      service(other, other.te, ServiceKind.EMPLOYMENT_SERVICES, "TE", Set.of());
      long a = slotFor(other, "ASO-H-001", other.kodit);
      long b = slotFor(other, "ASO-H-002", other.kodit);
      as(other, "chair", s -> run(() -> s.steering().addNeed(a, ServiceKind.INDEPENDENT_RENTAL)));
      as(other, "chair", s -> run(() -> s.steering().addNeed(a, ServiceKind.DETOX)));
      as(other, "chair", s -> run(() -> s.steering().addNeed(b, ServiceKind.INDEPENDENT_RENTAL)));
      long ra = as(other, "chair", s -> s.steering().refer(a, homes, null));
      as(other, "chair", s -> s.steering().refer(b, homes, null));
      long v = as(other, "chair", s -> s.serviceReferrals().get(ra)).version();
      as(other, "kodit-user", s -> s.serviceReferrals().move(ra, v, ReferralState.ACCEPTED, null));

      MapHoles.Report report = as(other, "admin", s -> s.mapHoles().ofCallersRegion());
      assertThat(report.kinds())
          .containsExactly(
              new MapHoles.KindFigures(ServiceKind.INDEPENDENT_RENTAL, 2, 1, 2, 1, 1),
              new MapHoles.KindFigures(ServiceKind.DETOX, 1, 0, 0, 0, 1),
              new MapHoles.KindFigures(ServiceKind.EMPLOYMENT_SERVICES, 0, 1, 0, 0, 0));
      assertThat(report.withoutService()).containsExactly(ServiceKind.DETOX);
      assertThat(report.needs()).isEqualTo(3);
      assertThat(report.unmet()).isEqualTo(2);
      assertThatThrownBy(() -> as(other, "caseworker", s -> s.mapHoles().ofCallersRegion()))
          .as("for chairs and administrators")
          .isInstanceOf(RuntimeException.class);
    } finally {
      other.emf.close();
    }
  }

  @Test
  void theContactPersonAnswersFromTheMailsLinkWithoutSigningInAndTheLinkRefusesWhatItMust() {
    long slot = slotFor("ASO-S-010", world.kodit);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.INDEPENDENT_RENTAL)));
    long referral = as("chair", s -> s.steering().refer(slot, flats, null));
    String token = tokenInNotice(referral, "kalle@kodit.test");

    // anyone holding the link: the reference, the service, the steps; never the client's name
    ReferralAnswers.Shown shown = as("nobody", s -> s.referralAnswers().show(token));
    assertThat(shown.state()).isEqualTo(ReferralAnswers.State.OPEN);
    assertThat(shown.caseReference()).isEqualTo("ASO-S-010");
    assertThat(shown.serviceName("fi")).isEqualTo("Vuokra-asunnot");
    assertThat(shown.next()).containsExactly(ReferralState.ACCEPTED, ReferralState.DECLINED);
    assertThat(shown.toString()).doesNotContain("Asiakas");

    assertThat(answer(token, shown.version(), ReferralState.DECLINED, " "))
        .isEqualTo(ReferralAnswers.Outcome.REASON_MISSING);
    assertThat(answer(token, shown.version(), ReferralState.ENDED, null))
        .as("a step the referral cannot take")
        .isEqualTo(ReferralAnswers.Outcome.NOT_CHOSEN);
    assertThat(answer(token, shown.version() + 1, ReferralState.ACCEPTED, null))
        .isEqualTo(ReferralAnswers.Outcome.CHANGED);
    assertThat(answer(token, shown.version(), ReferralState.ACCEPTED, null))
        .isEqualTo(ReferralAnswers.Outcome.SAVED);
    assertThat(answer(token, shown.version(), ReferralState.ACCEPTED, null))
        .as("the same button again: someone (here: they) took a step in between")
        .isEqualTo(ReferralAnswers.Outcome.CHANGED);
    ReferralView accepted = as("chair", s -> s.serviceReferrals().get(referral));
    assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
    assertThat(actionStatus(accepted.actionId())).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(
            sqlCount(
                "select count(*) from service_referral where id = "
                    + referral
                    + " and updated_by = 'referral link'"))
        .isEqualTo(1);
    assertThat(
            sqlCount(
                "select count(*) from audit_event where client_case_id = "
                    + accepted.caseId()
                    + " and actor = 'referral link' and purpose in"
                    + " ('service referral link opened by contact person "
                    + world.kalle
                    + "', 'service referral ACCEPTED by the link of contact person "
                    + world.kalle
                    + "')"))
        .as("the opening and the step are on the client's access report")
        .isEqualTo(2);

    // tampered: another character, or another contact person's id with Kalle's signature
    String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    assertThat(as("nobody", s -> s.referralAnswers().show(altered)).state())
        .isEqualTo(ReferralAnswers.State.INVALID);
    String otherPerson = world.sari + token.substring(token.indexOf('-'));
    assertThat(as("nobody", s -> s.referralAnswers().show(otherPerson)).state())
        .isEqualTo(ReferralAnswers.State.INVALID);
    // expired: 90 days after the mail
    assertThat(
            Transactions.inTransaction(
                    world.emf,
                    em ->
                        TestServices.of(em, "nobody", NOW.plus(java.time.Duration.ofDays(91)))
                            .referralAnswers()
                            .show(token))
                .state())
        .isEqualTo(ReferralAnswers.State.EXPIRED);
    // a genuine link of a person who is not the provider's contact: withdrawn, nothing shown
    String sarisLink =
        as("nobody", s -> new ReferralLinks(s.signedTokens()).tokenFor(referral, world.sari, NOW));
    assertThat(as("nobody", s -> s.referralAnswers().show(sarisLink)).state())
        .isEqualTo(ReferralAnswers.State.WITHDRAWN);

    // used: once ended, the link changes nothing more
    long version = as("nobody", s -> s.referralAnswers().show(token)).version();
    assertThat(answer(token, version, ReferralState.ENDED, "Asunto löytyi"))
        .isEqualTo(ReferralAnswers.Outcome.SAVED);
    assertThat(as("nobody", s -> s.referralAnswers().show(token)).state())
        .isEqualTo(ReferralAnswers.State.CLOSED);
    assertThat(answer(token, version + 1, ReferralState.STARTED, null))
        .isEqualTo(ReferralAnswers.Outcome.NOT_ANSWERABLE);
  }

  @Test
  void aConsentWithdrawalClosesTheLinkAndStopsTheReminders() {
    long slot = slotFor("ASO-S-011", world.kodit);
    as("chair", s -> run(() -> s.steering().addNeed(slot, ServiceKind.INDEPENDENT_RENTAL)));
    LocalDate due = LocalDate.of(2026, 12, 10);
    long referral = as("chair", s -> s.steering().refer(slot, flats, due));
    String token = tokenInNotice(referral, "kalle@kodit.test");

    Instant twoDaysBefore = Instant.parse("2026-12-08T08:00:00Z");
    Instant overdue = Instant.parse("2026-12-11T08:00:00Z");
    assertThat(remindersOf(referral, NOW)).as("not due yet").isZero();
    assertThat(remindersOf(referral, twoDaysBefore)).isEqualTo(1);
    assertThat(remindersOf(referral, twoDaysBefore)).as("once").isEqualTo(1);
    List<Object[]> mails = reminderMails(referral);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0)[0]).isEqualTo("kalle@kodit.test");
    assertThat((String) mails.get(0)[1])
        .isEqualTo("Muistutus: ohjaus odottaa vastaustasi (ASO-S-011)");
    assertThat((String) mails.get(0)[2])
        .contains(
            "ASO-S-011",
            "vastauspäivä on lähellä",
            "Vastaa viimeistään / Svara senast: to 10.12.2026",
            "/referral-answer/" + world.kalle)
        .doesNotContain("Asiakas ASO-S-011", "Vuokra-asunnot");
    assertThat(((String) mails.get(0)[2]).split("Vastaa viimeistään", -1))
        .as("the day to answer by is said once")
        .hasSize(2);
    assertThat(remindersOf(referral, overdue)).as("once more when overdue").isEqualTo(2);

    world.withdraw(as("chair", s -> s.serviceReferrals().get(referral)).caseId(), world.kodit, NOW);
    assertThat(as("nobody", s -> s.referralAnswers().show(token)).state())
        .isEqualTo(ReferralAnswers.State.WITHDRAWN);
    sql(
        "delete from outbound_message where idempotency_key like 'referral:"
            + referral
            + ":due:%OVERDUE%'");
    assertThat(remindersOf(referral, overdue))
        .as("a provider the consent no longer names is not reminded")
        .isEqualTo(1);
  }

  // ---- helpers

  private static ReferralAnswers.Outcome answer(
      String token, long version, ReferralState step, String reason) {
    return as("nobody", s -> s.referralAnswers().answer(token, version, step, reason));
  }

  /** The token of the answer link in the referral's notice to the address. */
  private static String tokenInNotice(long referral, String address) {
    String body =
        Transactions.inTransaction(
            world.emf,
            em ->
                em.createQuery(
                        "select m.bodyText from OutboundMessage m where m.idempotencyKey like :k"
                            + " and m.recipient = :r",
                        String.class)
                    .setParameter("k", "referral:" + referral + ":contact:%")
                    .setParameter("r", address)
                    .getSingleResult());
    var link = java.util.regex.Pattern.compile("/referral-answer/([A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    return link.group(1);
  }

  /** Writes the reminders due at the time; the referral's reminders in the outbox after it. */
  private static long remindersOf(long referral, Instant at) {
    Transactions.inTransaction(
        world.emf, em -> TestServices.of(em, "system", at).referralReminders().writeDue());
    return reminderMails(referral).size();
  }

  private static List<Object[]> reminderMails(long referral) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select m.recipient, m.subject, m.bodyText from OutboundMessage m"
                        + " where m.idempotencyKey like :k order by m.id",
                    Object[].class)
                .setParameter("k", "referral:" + referral + ":due:%")
                .getResultList());
  }

  private static long sqlCount(String sql) {
    return Transactions.inTransaction(
        world.emf, em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  private static void sql(String sql) {
    Transactions.inTransaction(world.emf, em -> em.createNativeQuery(sql).executeUpdate());
  }

  private static ActionStatus actionStatus(long actionId) {
    return Transactions.inTransaction(
        world.emf, em -> em.find(ActionItem.class, actionId).status());
  }

  private static long service(
      long organisation, ServiceKind kind, String name, Set<InformationCategory> needs) {
    return service(world, organisation, kind, name, needs);
  }

  private static long service(
      MeetingWorld in,
      long organisation,
      ServiceKind kind,
      String name,
      Set<InformationCategory> needs) {
    return Transactions.inTransaction(
        in.emf,
        em -> {
          Service s =
              new Service(
                  em.find(Region.class, in.region),
                  em.find(Organisation.class, organisation),
                  new ServiceDescription(
                          kind,
                          name,
                          null,
                          null,
                          null,
                          Set.of(ReferralWay.PHONE),
                          null,
                          "013 123 4567",
                          null,
                          null,
                          null,
                          needs)
                      .checked());
          em.persist(s);
          em.flush();
          return s.id();
        });
  }

  private static long slotFor(String reference, long... consented) {
    return slotFor(world, reference, consented);
  }

  private static long slotFor(MeetingWorld in, String reference, long... consented) {
    long client = in.readyClient(reference, LocalDate.of(2027, 3, 1), consented);
    return in.slotOnNewMeeting(client, NINE).slot();
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }

  private static <T> T as(String user, Function<TestServices, T> work) {
    return as(world, user, work);
  }

  private static <T> T as(MeetingWorld in, String user, Function<TestServices, T> work) {
    return Transactions.inTransaction(in.emf, em -> work.apply(TestServices.of(em, user, NOW)));
  }
}
