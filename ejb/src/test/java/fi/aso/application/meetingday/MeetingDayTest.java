package fi.aso.application.meetingday;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.meeting.NotConsented;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meeting day and the action list on a real PostgreSQL. */
class MeetingDayTest {

  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("meeting_day");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void theChairWritesTheRecordAndAStaleSaveIsRefused() {
    long slot = slotWithKalle("ASO-D-001");
    List<SlotDay> day = day("chair", NOW, d -> d.day(meetingOf(slot)));
    SlotDay shown = day.get(0);
    assertThat(shown.recordVersion()).as("not saved yet").isNull();

    long v1 =
        day(
            "chair",
            NOW,
            d ->
                d.save(
                    slot,
                    null,
                    Map.of(Referral.Topic.WISHES, "Oma yksiö <b>keskustasta</b>"),
                    HousingForm.INDEPENDENT_RENTAL,
                    "Asumisohjaus 6 kk",
                    "Kodit tarjoaa asuntoa"));
    assertThatThrownBy(() -> day("chair", NOW, d -> d.save(slot, null, Map.of(), null, null, null)))
        .as("a second first save")
        .isInstanceOf(ConcurrentEdit.class);
    long v2 =
        day(
            "chair",
            NOW,
            d ->
                d.save(
                    slot,
                    v1,
                    Map.of(Referral.Topic.WISHES, "Oma yksiö"),
                    HousingForm.SUPPORTED_HOUSING,
                    null,
                    "Tuettu asuminen ensin"));
    assertThatThrownBy(() -> day("chair", NOW, d -> d.save(slot, v1, Map.of(), null, null, null)))
        .isInstanceOf(ConcurrentEdit.class);

    SlotDay saved = day("chair", NOW, d -> d.day(meetingOf(slot))).get(0);
    assertThat(saved.recordVersion()).isEqualTo(v2);
    assertThat(saved.housingForm()).isEqualTo(HousingForm.SUPPORTED_HOUSING);
    assertThat(saved.notes()).containsEntry(Referral.Topic.WISHES, "Oma yksiö");
    assertThatThrownBy(
            () -> day("caseworker", NOW, d -> d.save(slot, v2, Map.of(), null, null, null)))
        .as("the chair writes the record")
        .isInstanceOf(CaseAccessDenied.class);
  }

  @Test
  void attendanceIsRecordedPerInviteeWithAnAbsentAgencysStatement() {
    long slot = slotWithKalle("ASO-D-002");
    SlotDay shown = day("chair", NOW, d -> d.day(meetingOf(slot))).get(0);
    long kalle =
        shown.attendees().stream()
            .filter(a -> "Kalle Kodit".equals(a.name()))
            .findFirst()
            .orElseThrow()
            .inviteeId();

    day(
        "chair",
        NOW,
        d -> {
          d.attendance(slot, kalle, Attendance.ABSENT, "Kodit voi tarjota yksiön tammikuusta.");
          return null;
        });

    assertThat(day("chair", NOW, d -> d.day(meetingOf(slot))).get(0).attendees())
        .filteredOn(a -> a.inviteeId() == kalle)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.attendance()).isEqualTo(Attendance.ABSENT);
              assertThat(a.statement()).contains("tammikuusta");
            });
  }

  @Test
  void actionsGoOnlyToConsentedInvitedOrganisationsAndPartnersUpdateTheirOwn() {
    long slot = slotWithKalle("ASO-D-003");
    LocalDate due = LocalDate.of(2026, 12, 31);

    long kodit =
        actions(
            "chair",
            NOW,
            a -> a.addForOrganisation(slot, "Tarjoa asuntoa", world.kodit, world.kalle, due));
    long worker =
        actions(
            "chair",
            NOW,
            a -> a.addForPerson(slot, "Hae toimeentulotuki", Responsible.CASE_WORKER, due));
    assertThatThrownBy(
            () ->
                actions(
                    "chair",
                    NOW,
                    a -> a.addForOrganisation(slot, "Velkaneuvonta", world.te, null, due)))
        .as("TE is neither invited nor consented")
        .isInstanceOf(NotConsented.class);

    List<ActionView> partners = actions("kodit-user", NOW, Actions::ofMyOrganisation);
    assertThat(partners).extracting(ActionView::id).contains(kodit).doesNotContain(worker);
    assertThat(actions("kodit-user", NOW, Actions::mine))
        .as("the action names Kalle, not this user")
        .isEmpty();
    assertThat(actions("kalle-user", NOW, Actions::mine))
        .extracting(ActionView::id)
        .contains(kodit)
        .doesNotContain(worker);
    assertThat(actions("caseworker", NOW, Actions::ofMyOrganisation))
        .as("the region's open actions")
        .extracting(ActionView::id)
        .contains(kodit, worker);
    ActionView done =
        actions(
            "kodit-user",
            NOW,
            a ->
                a.progress(
                    kodit,
                    partners.stream()
                        .filter(v -> v.id() == kodit)
                        .findFirst()
                        .orElseThrow()
                        .version(),
                    ActionStatus.DONE,
                    "Sopimus allekirjoitettu"));
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThatThrownBy(
            () ->
                actions(
                    "kodit-user",
                    NOW,
                    a -> a.progress(worker, versionOf(worker), ActionStatus.DONE, null)))
        .as("not their organisation's")
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(
            () ->
                actions(
                    "caseworker",
                    NOW,
                    a -> a.progress(worker, versionOf(worker), ActionStatus.CANNOT_BE_DONE, " ")))
        .as("cannot be done needs a reason")
        .isInstanceOf(Refusal.class);

    assertThat(actions("chair", Instant.parse("2027-01-05T10:00:00Z"), Actions::overdue))
        .extracting(ActionView::id)
        .contains(worker)
        .doesNotContain(kodit);

    long clientCase =
        Transactions.<Long>inTransaction(
            world.emf,
            em -> em.find(fi.aso.domain.meeting.ClientSlot.class, slot).clientCase().id());
    // the client withdraws consent from Kodit (as ConsentRegistry records it): Kodit's actions
    // vanish from its list
    Transactions.inTransaction(
        world.emf,
        em ->
            em.createNativeQuery(
                    "update consent_recipient set withdrawn_at = '2026-11-25T10:30:00Z' where organisation_id = "
                        + world.kodit
                        + " and consent_id in (select id from consent where case_id = "
                        + clientCase
                        + ")")
                .executeUpdate());
    assertThat(actions("kodit-user", NOW.plusSeconds(3600), Actions::ofMyOrganisation))
        .extracting(ActionView::id)
        .doesNotContain(kodit);
    assertThat(actions("kalle-user", NOW.plusSeconds(3600), Actions::mine))
        .extracting(ActionView::id)
        .doesNotContain(kodit);
  }

  @Test
  void aResponsibleContactIsRemindedTwoDaysBeforeAndOnceWhenOverdue() {
    long slot = slotWithKalle("ASO-D-004");
    LocalDate due = LocalDate.of(2027, 2, 10);
    long action =
        actions(
            "chair",
            NOW,
            a ->
                a.addForOrganisation(
                    slot, "Selvitä vuokravelan maksusuunnitelma", world.kodit, world.kalle, due));

    assertThat(reminders(Instant.parse("2027-02-07T10:00:00Z"))).as("three days before").isZero();
    assertThat(reminders(Instant.parse("2027-02-08T10:00:00Z"))).as("two days before").isEqualTo(1);
    assertThat(reminders(Instant.parse("2027-02-09T10:00:00Z"))).as("once").isZero();
    assertThat(reminders(Instant.parse("2027-02-11T10:00:00Z"))).as("overdue").isEqualTo(1);
    assertThat(reminders(Instant.parse("2027-02-12T10:00:00Z"))).as("overdue once").isZero();
    var sent =
        Transactions.<java.util.List<String>>inTransaction(
            world.emf,
            em ->
                em.createQuery(
                        "select m.subject from OutboundMessage m where m.idempotencyKey like :k order by m.id",
                        String.class)
                    .setParameter("k", "action:" + action + ":%")
                    .getResultList());
    assertThat(sent)
        .containsExactly(
            "Muistutus: ASO-toimenpide ke 10.2.2027 (ASO-D-004)",
            "Myöhässä: ASO-toimenpide ke 10.2.2027 (ASO-D-004)");
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    em.createQuery(
                            "select count(m) from OutboundMessage m where m.idempotencyKey like :k and m.bodyText like '%maksusuunnitelma%'",
                            Long.class)
                        .setParameter("k", "action:" + action + ":%")
                        .getSingleResult()))
        .as("the action's text stays out of mail")
        .isZero();

    actions(
        "kodit-user",
        Instant.parse("2027-02-12T10:00:00Z"),
        a -> a.progress(action, versionOf(action), ActionStatus.DONE, null));
    assertThat(reminders(Instant.parse("2027-02-13T10:00:00Z"))).isZero();

    // after the client withdraws Kodit's consent, Kodit is not reminded of that client's action
    long other = slotWithKalle("ASO-D-006");
    long withdrawn =
        actions(
            "chair",
            NOW,
            a ->
                a.addForOrganisation(
                    other, "Tarjoa asuntoa", world.kodit, world.kalle, LocalDate.of(2027, 4, 10)));
    Transactions.inTransaction(
        world.emf,
        em ->
            em.createNativeQuery(
                    "update consent_recipient set withdrawn_at = '2027-04-01T10:00:00Z' where organisation_id = "
                        + world.kodit
                        + " and consent_id in (select c.id from consent c join client_case k on k.id = c.case_id where k.reference = 'ASO-D-006')")
                .executeUpdate());
    reminders(Instant.parse("2027-04-08T10:00:00Z"));
    reminders(Instant.parse("2027-04-12T10:00:00Z"));
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    em.createQuery(
                            "select count(m) from OutboundMessage m where m.idempotencyKey like :k",
                            Long.class)
                        .setParameter("k", "action:" + withdrawn + ":%")
                        .getSingleResult()))
        .as("consent withdrawn: neither reminder")
        .isZero();
  }

  @Test
  void theCasePageShowsTheClientsMeetingsAndActionsToTheRegionsStaffOnly() {
    long slot = slotWithKalle("ASO-D-007");
    long meeting = meetingOf(slot);
    long clientCase =
        Transactions.<Long>inTransaction(
            world.emf,
            em -> em.find(fi.aso.domain.meeting.ClientSlot.class, slot).clientCase().id());
    actions(
        "chair",
        NOW,
        a ->
            a.addForOrganisation(
                slot, "Tarjoa asuntoa", world.kodit, world.kalle, LocalDate.of(2027, 1, 15)));

    CaseHistory.View view = history("caseworker", h -> h.of(clientCase));
    assertThat(view.meetings())
        .extracting(CaseHistory.MeetingOfCase::meetingId)
        .containsExactly(meeting);
    assertThat(view.meetings().get(0).minutesApproved()).isFalse();
    assertThat(view.actions()).extracting(ActionView::what).containsExactly("Tarjoa asuntoa");
    assertThatThrownBy(() -> history("kodit-user", h -> h.of(clientCase)))
        .as("partners do not read the case")
        .isInstanceOf(CaseAccessDenied.class);
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    em.createQuery(
                            "select count(e) from AuditEvent e where e.clientCaseId = :c and e.purpose = 'meetings and actions'",
                            Long.class)
                        .setParameter("c", clientCase)
                        .getSingleResult()))
        .as("the read is audited")
        .isEqualTo(1);
  }

  private <T> T history(String user, Function<CaseHistory, T> work) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          return work.apply(TestServices.of(em, user, NOW).caseHistory());
        });
  }

  private int reminders(Instant at) {
    return Transactions.<Integer>inTransaction(
        world.emf, em -> TestServices.of(em, "system", at).actionReminders().writeDue());
  }

  private long slotWithKalle(String reference) {
    long client = world.readyClient(reference, LocalDate.of(2027, 3, 1), world.kodit);
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, NINE, world.kalle);
    long meeting = planned.meeting();
    long slot = planned.slot();
    return slot;
  }

  private long versionOf(long action) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> em.find(fi.aso.domain.meetingday.ActionItem.class, action).version());
  }

  private long meetingOf(long slot) {
    return Transactions.<Long>inTransaction(
        world.emf, em -> em.find(fi.aso.domain.meeting.ClientSlot.class, slot).meeting().id());
  }

  private <T> T day(String user, Instant now, Function<MeetingDay, T> work) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          return work.apply(TestServices.of(em, user, now).meetingDay());
        });
  }

  private <T> T actions(String user, Instant now, Function<Actions, T> work) {
    return Transactions.inTransaction(world.emf, em -> work.apply(actionsAs(em, user, now)));
  }

  private static Actions actionsAs(EntityManager em, String user, Instant now) {
    return TestServices.of(em, user, now).actions();
  }
}
