package fi.aso.application.minutes;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.application.meetingday.MeetingDay;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Minutes on a real PostgreSQL: per-recipient copies hold exactly what the consent allows (read
 * back from the PDF's text), approval locks them, a correction is a new version.
 */
class MinutesTest {

  static final Locale FI = Locale.of("fi");
  static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");
  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("minutes");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aPartnersCopyHoldsOnlyTheirClientAndTheConsentedCategories() throws Exception {
    // client A consents Kodit and Sote (identity, housing); client B only Sote
    long a = world.readyClient("ASO-N-001", LocalDate.of(2027, 3, 1), world.kodit, world.sote);
    long b = world.readyClient("ASO-N-002", LocalDate.of(2027, 3, 1), world.sote);
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    long slotA = slot(meeting, a, NINE);
    long slotB = slot(meeting, b, NINE.plus(Duration.ofMinutes(45)));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotA, world.version(meeting), world.kalle));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotA, world.version(meeting), world.sari));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotB, world.version(meeting), world.sari));
    record(
        slotA,
        Map.of(
            Referral.Topic.WISHES,
            "Toivoo yksiötä Rantakylästä",
            Referral.Topic.SUBSTANCE_USE,
            "Korvaushoito jatkuu"),
        "Kodit tarjoaa yksiön <script>x</script>");
    record(
        slotB,
        Map.of(Referral.Topic.WISHES, "Toivoo paluuta Outokumpuun"),
        "Sote järjestää tukiasunnon");

    MinutesVersion draft = minutes(m -> m.prepare(meeting));
    String kodit = text(minutes(m -> m.pdfFor(draft.id(), world.kodit, "Joensuun Kodit")));
    String sote = text(minutes(m -> m.pdfFor(draft.id(), world.sote, "Siun sote")));
    byte[] wholePdf = minutes(m -> m.wholePdf(meeting, draft.id(), FI));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "minutes-sample.pdf"), wholePdf); // to look at
    String whole = text(wholePdf);

    assertThat(kodit)
        .contains(
            "ASO-N-001", "Asiakas ASO-N-001", "Toivoo yksiötä Rantakylästä", "<script>x</script>")
        .doesNotContain(
            "ASO-N-002", "Asiakas ASO-N-002", "Outokumpuun", "Korvaushoito", "Päihteiden käyttö");
    assertThat(sote)
        .contains("ASO-N-001", "ASO-N-002", "Outokumpuun")
        .doesNotContain("Korvaushoito");
    assertThat(whole).contains("Korvaushoito jatkuu", "Outokumpuun", "Asiakasohjausryhmän muistio");
  }

  @Test
  void approvedMinutesAreLockedAndACorrectionIsANewVersion() {
    long a = world.readyClient("ASO-N-010", LocalDate.of(2027, 3, 1), world.kodit);
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    long slotA = slot(meeting, a, NINE);
    record(slotA, Map.of(Referral.Topic.WISHES, "Ensimmäinen"), "Päätös 1");

    MinutesVersion v1 = minutes(m -> m.prepare(meeting));
    assertThatThrownBy(() -> minutes(m -> m.approve(meeting, v1.id(), v1.version())))
        .as("review first")
        .isInstanceOf(Refusal.class);
    MinutesVersion reviewed =
        minutesAs("caseworker", m -> m.review(meeting, v1.id(), v1.version()));
    MinutesVersion approved = minutes(m -> m.approve(meeting, v1.id(), reviewed.version()));
    assertThat(approved.state()).isEqualTo(MinutesState.APPROVED);
    assertThat(stateOf(a))
        .as("the client was discussed: the follow-up can be planned and the case closed")
        .isEqualTo(fi.aso.domain.clientcase.CaseState.DISCUSSED);
    assertThatThrownBy(() -> minutes(m -> m.approve(meeting, v1.id(), approved.version())))
        .as("approving twice")
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("approved");

    record(slotA, Map.of(Referral.Topic.WISHES, "Korjattu"), "Päätös 2");
    MinutesVersion v2 = minutes(m -> m.prepare(meeting));

    assertThat(v2.versionNo()).isEqualTo(2);
    assertThat(v2.state()).isEqualTo(MinutesState.DRAFT);
    java.util.List<MinutesVersion> history = minutes(m -> m.versions(meeting));
    assertThat(history)
        .extracting(MinutesVersion::state)
        .containsExactly(MinutesState.APPROVED, MinutesState.DRAFT);
    assertThat(history.get(0).approvedBy()).isEqualTo("chair");
    assertThat(history.get(0).changes()).isEmpty();
    assertThat(history.get(1).changes())
        .as("the correction names what it changed, not the text")
        .containsExactlyInAnyOrder(
            new MinutesChanges.Change(
                "ASO-N-010", MinutesChanges.Part.NOTES, Referral.Topic.WISHES),
            new MinutesChanges.Change("ASO-N-010", MinutesChanges.Part.DECISIONS, null));
    assertThat(textQuietly(minutes(m -> m.wholePdf(meeting, v1.id(), FI))))
        .contains("Ensimmäinen")
        .doesNotContain("Korjattu");
    assertThat(textQuietly(minutes(m -> m.wholePdf(meeting, v2.id(), FI)))).contains("Korjattu");
  }

  @Test
  void approvedMinutesGoToEachPartnerContactAsTheirOwnCutAndEveryCopyIsRecordedOnce()
      throws Exception {
    long a = world.readyClient("ASO-N-020", LocalDate.of(2027, 3, 1), world.kodit, world.sote);
    long b = world.readyClient("ASO-N-021", LocalDate.of(2027, 3, 1), world.sote);
    long meeting =
        world.as(
            "chair",
            NOW,
            s ->
                s.calendar.scheduleAdHoc(
                    NINE.plus(Duration.ofDays(2)),
                    NINE.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)),
                    "Toimisto"));
    long slotA = slot(meeting, a, NINE.plus(Duration.ofDays(2)));
    long slotB = slot(meeting, b, NINE.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(45)));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotA, world.version(meeting), world.kalle));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotA, world.version(meeting), world.sari));
    world.as(
        "chair", NOW, s -> s.planner.invite(meeting, slotB, world.version(meeting), world.sari));
    record(slotA, Map.of(Referral.Topic.WISHES, "Toive A"), "Päätös A");
    record(slotB, Map.of(Referral.Topic.WISHES, "Toive B"), "Päätös B");
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.Organisation.class, world.sote)
              .preferChannel(fi.aso.domain.organisation.DeliveryChannel.SECURE_EMAIL);
          return null;
        });
    MinutesVersion draft = minutes(m -> m.prepare(meeting));
    assertThatThrownBy(() -> distribution("chair", d -> d.distribute(draft.id())))
        .as("a draft is not sent")
        .isInstanceOf(Refusal.class);
    MinutesVersion reviewed =
        minutesAs("caseworker", m -> m.review(meeting, draft.id(), draft.version()));
    minutes(m -> m.approve(meeting, draft.id(), reviewed.version()));

    MinutesDistribution.Distribution first = distribution("chair", d -> d.distribute(draft.id()));
    MinutesDistribution.Distribution second = distribution("chair", d -> d.distribute(draft.id()));
    var copies = first.copies();
    var again = second.copies();
    assertThat(first.sentNow())
        .containsExactlyInAnyOrder("Kalle Kodit (Joensuun Kodit)", "Sari Sote (Siun sote)");
    assertThat(second.sentNow()).as("sending again sends nothing, and says so").isEmpty();

    assertThat(copies)
        .extracting(MinutesDistribution.CopySent::recipient)
        .containsExactlyInAnyOrder("kalle@kodit.test", "sari@sote.test");
    assertThat(again).hasSameSizeAs(copies);
    var toKalle =
        copies.stream()
            .filter(c -> c.recipient().equals("kalle@kodit.test"))
            .findFirst()
            .orElseThrow();
    assertThat(toKalle.caseIds()).isEqualTo(String.valueOf(a));
    String kalleMessage =
        Transactions.<String>inTransaction(
            world.emf,
            em ->
                (String)
                    em.createNativeQuery(
                            "select body_text from outbound_message where kind = 'MINUTES' and recipient = 'kalle@kodit.test' and attachment is null")
                        .getSingleResult());
    assertThat(kalleMessage)
        .contains("/minutes/copy.pdf?id=" + toKalle.id())
        .doesNotContain("Asiakas ASO-N-020");
    byte[] sariAttachment =
        Transactions.<byte[]>inTransaction(
            world.emf,
            em ->
                (byte[])
                    em.createNativeQuery(
                            "select m.attachment from outbound_message m join minutes_copy c on c.outbound_message_id = m.id"
                                + " where m.kind = 'MINUTES' and m.recipient = 'sari@sote.test' and c.minutes_id = ?1")
                        .setParameter(1, draft.id())
                        .getSingleResult());
    assertThat(text(sariAttachment)).contains("ASO-N-020", "ASO-N-021", "Toive B");
    String kalleCopy = text(distribution("kodit-user", d -> d.copyPdf(toKalle.id(), FI)));
    assertThat(kalleCopy).contains("ASO-N-020", "Toive A").doesNotContain("ASO-N-021", "Toive B");
    String clientsOwn = text(distribution("caseworker", d -> d.clientCopy(draft.id(), b, FI)));
    assertThat(clientsOwn).contains("ASO-N-021", "Toive B").doesNotContain("ASO-N-020", "Toive A");
    // (distributing answers with the list too: each of the two calls above read it once)
    long aBefore = audited(a, "minutes copies list");
    long bBefore = audited(b, "minutes copies list");
    assertThat(
            this.<java.util.List<MinutesDistribution.CopySent>>distribution(
                "chair", d -> d.copies(draft.id())))
        .extracting(MinutesDistribution.CopySent::recipient)
        .contains("client (via caseworker)");
    assertThat(audited(a, "minutes copies list"))
        .as("the list says whose minutes went to whom: read against each client it names")
        .isEqualTo(aBefore + 1);
    assertThat(audited(b, "minutes copies list")).isEqualTo(bBefore + 1);
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.Organisation.class, world.sote)
              .preferChannel(fi.aso.domain.organisation.DeliveryChannel.EMAIL);
          return null;
        });
  }

  @Test
  void sendingDoesNotNameAContactWhomTheConsentNoLongerAllowsACopy() {
    // Sote was invited while the client's consent lasted (to the end of 2027); the minutes are sent
    // after it ended
    long a = world.readyClient("ASO-N-060", LocalDate.of(2027, 3, 1), world.sote);
    long meeting = recordedWithSari(a, NINE.plus(Duration.ofDays(6)));
    MinutesVersion draft = approved(meeting);

    MinutesDistribution.Distribution sent =
        Transactions.inTransaction(
            world.emf,
            em ->
                TestServices.of(em, "chair", Instant.parse("2028-01-10T10:00:00Z"))
                    .minutesDistribution()
                    .distribute(draft.id()));

    assertThat(sent.sentNow()).as("nothing went to Sari, so she is not named").isEmpty();
    assertThat(sent.copies()).isEmpty();
  }

  @Test
  void aContactInvitedForFourClientsWithEveryCategoryGetsTheirCopy() {
    java.util.EnumSet<fi.aso.domain.consent.InformationCategory> every =
        java.util.EnumSet.allOf(fi.aso.domain.consent.InformationCategory.class);
    Instant start = NINE.plus(Duration.ofDays(4));
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(start, start.plus(Duration.ofHours(4)), "Toimisto"));
    java.util.List<Long> clients = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long client =
          world.readyClientSharing("ASO-N-04" + i, LocalDate.of(2027, 3, 1), every, world.sote);
      clients.add(client);
      long slot = slot(meeting, client, start.plus(Duration.ofMinutes(50L * i)));
      world.as(
          "chair", NOW, s -> s.planner.invite(meeting, slot, world.version(meeting), world.sari));
      record(slot, Map.of(Referral.Topic.WISHES, "Toive " + i), "Päätös " + i);
    }
    secureMailForSote(true);
    try {
      MinutesVersion draft = approved(meeting);

      var copies = distribution("chair", d -> d.distribute(draft.id())).copies();

      assertThat(copies)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.recipient()).isEqualTo("sari@sote.test");
                assertThat(c.caseIds().split(","))
                    .containsExactlyInAnyOrderElementsOf(
                        clients.stream().map(String::valueOf).toList());
              });
      assertThat(
              Transactions.<Long>inTransaction(
                  world.emf,
                  em ->
                      ((Number)
                              em.createNativeQuery(
                                      "select count(*) from outbound_message m join minutes_copy c"
                                          + " on c.outbound_message_id = m.id where c.minutes_id = ?1"
                                          + " and m.attachment is not null")
                                  .setParameter(1, draft.id())
                                  .getSingleResult())
                          .longValue()))
          .as("the copy with its PDF is waiting to be sent")
          .isEqualTo(1);
    } finally {
      secureMailForSote(false);
    }
  }

  @Test
  void theWholeMinutesSayPeopleByNameOwnersInWordsAndTheAssessmentUnderItsOwnHeading()
      throws Exception {
    Transactions.inTransaction(
        world.emf,
        em -> {
          StaffUser paavo =
              new StaffUser("paavo-pj", "Paavo Puheenjohtaja", java.util.Set.of(Role.CHAIR));
          paavo.placeIn(em.find(fi.aso.domain.region.Region.class, world.region), null);
          em.persist(paavo);
          return null;
        });
    long a = world.readyClient("ASO-N-150", LocalDate.of(2027, 3, 1), world.kodit);
    Instant day = NINE.plus(Duration.ofDays(5));
    long meeting =
        world.as(
            "chair", NOW, s -> s.calendar.scheduleAdHoc(day, day.plus(Duration.ofHours(3)), "T"));
    long slot = slot(meeting, a, day);
    record(
        slot,
        Map.of(Referral.Topic.RENT_ARREARS_AND_DISTURBANCES, "Vuokravelkaa 300 e"),
        "Haetaan tuettua asumista");
    Transactions.inTransaction(
        world.emf,
        em ->
            TestServices.of(em, "chair", NOW)
                .actions()
                .addForPerson(
                    slot,
                    "Hae toimeentulotuki",
                    Responsible.CASE_WORKER,
                    LocalDate.of(2026, 12, 20)));
    MinutesVersion draft = minutes(m -> m.prepare(meeting));

    String pdf =
        text(
            Transactions.<byte[]>inTransaction(
                world.emf,
                em ->
                    TestServices.of(em, "paavo-pj", NOW)
                        .minutes()
                        .wholePdf(meeting, draft.id(), FI)));

    assertThat(pdf)
        .contains("Vastaanottaja: Paavo Puheenjohtaja", "Vastuutyöntekijä")
        .doesNotContain("paavo-pj", "CASE_WORKER", "INDEPENDENT_RENTAL");
    assertThat(pdf.indexOf("Yhteinen arvio"))
        .as("the housing form under its own heading, after the rent-arrears note")
        .isGreaterThan(pdf.indexOf("Vuokravelkaa 300 e"))
        .isLessThan(pdf.indexOf("Sopiva asumismuoto"));
  }

  @Test
  void everyClientTheWholePdfOrTheHistoryNamesIsAuditedThoughTheirSlotHasLeftTheMeeting()
      throws Exception {
    long a = world.readyClient("ASO-N-140", LocalDate.of(2027, 3, 1), world.kodit);
    long b = world.readyClient("ASO-N-141", LocalDate.of(2027, 3, 1), world.kodit);
    Instant day = NINE.plus(Duration.ofDays(4));
    long meeting =
        world.as(
            "chair", NOW, s -> s.calendar.scheduleAdHoc(day, day.plus(Duration.ofHours(3)), "T"));
    long slotA = slot(meeting, a, day);
    long slotB = slot(meeting, b, day.plus(Duration.ofMinutes(45)));
    record(slotA, Map.of(Referral.Topic.WISHES, "Toive A"), "Päätös A");
    record(slotB, Map.of(Referral.Topic.WISHES, "Toive B"), "Päätös B");
    MinutesVersion v1 = approved(meeting);
    // B's slot leaves the meeting after the minutes were written; the correction drops it
    world.as(
        "chair",
        NOW,
        s -> {
          s.planner.removeSlot(meeting, slotB, world.version(meeting));
          return null;
        });
    minutes(m -> m.prepare(meeting));

    String v1Pdf = text(minutes(m -> m.wholePdf(meeting, v1.id(), FI)));

    assertThat(v1Pdf).contains("ASO-N-140", "ASO-N-141");
    assertThat(audited(a, "minutes (whole) v1")).isEqualTo(1);
    assertThat(audited(b, "minutes (whole) v1"))
        .as("B is in the PDF though no longer on the meeting")
        .isEqualTo(1);

    List<MinutesVersion> history = minutes(m -> m.versions(meeting));

    assertThat(history.get(1).changes())
        .contains(new MinutesChanges.Change("ASO-N-141", MinutesChanges.Part.SLOT_REMOVED, null));
    assertThat(audited(b, "minutes history")).as("the history names B").isEqualTo(1);
    assertThat(audited(a, "minutes history"))
        .as("A's slot did not change: the list does not name A")
        .isZero();
  }

  /** How many audit lines about the client's case say this purpose. */
  private static long audited(long caseId, String purpose) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from audit_event where client_case_id = ?1"
                                + " and purpose = ?2 and action = 'READ'")
                        .setParameter(1, caseId)
                        .setParameter(2, purpose)
                        .getSingleResult())
                .longValue());
  }

  @Test
  void aCopyWithItsPdfWrittenBeforeAWithdrawalIsNotSentAfterIt() {
    long a = world.readyClient("ASO-N-930", LocalDate.of(2027, 3, 1), world.sote);
    long meeting = recordedWithSari(a, NINE.plus(Duration.ofDays(3)));
    secureMailForSote(true);
    try {
      MinutesVersion draft = approved(meeting);
      distribution("chair", d -> d.distribute(draft.id()));
      OutboundMessage copy = minutesCopyTo(a);
      assertThat(copy.attachment()).as("the PDF goes along").isPresent();
      assertThat(copy.organisationId()).contains(world.sote);
      assertThat(copy.carries())
          .singleElement()
          .satisfies(
              c -> assertThat(c.categories()).contains(InformationCategory.IDENTITY_AND_RELEASE));

      world.withdraw(a, world.sote, NOW);
      List<fi.aso.application.invitation.Delivery> handedOver =
          Transactions.inTransaction(
              world.emf,
              em ->
                  TestServices.of(
                          em,
                          fi.aso.application.audit.CallerIdentity.of("outbox"),
                          java.time.Clock.systemUTC())
                      .outbox()
                      .claim("test-node", 1000, Duration.ofMinutes(5)));

      assertThat(handedOver).extracting(d -> d.id()).doesNotContain(copy.id());
      OutboundMessage after = minutesCopyTo(a);
      assertThat(after.status()).isEqualTo(DeliveryStatus.SUPERSEDED);
      assertThat(after.supersededReason()).contains(SupersededReason.CONSENT_WITHDRAWN);
    } finally {
      secureMailForSote(false);
    }
  }

  private static void secureMailForSote(boolean secure) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          em.find(fi.aso.domain.organisation.Organisation.class, world.sote)
              .preferChannel(
                  secure
                      ? fi.aso.domain.organisation.DeliveryChannel.SECURE_EMAIL
                      : fi.aso.domain.organisation.DeliveryChannel.EMAIL);
          return null;
        });
  }

  private static OutboundMessage minutesCopyTo(long caseId) {
    return Transactions.inTransaction(
        world.emf,
        em ->
            em.createQuery(
                    "select m from OutboundMessage m join m.carries c where c.caseId = :c"
                        + " and m.kind = fi.aso.domain.invitation.MessageKind.MINUTES",
                    OutboundMessage.class)
                .setParameter("c", caseId)
                .getSingleResult());
  }

  private <T> T distribution(String user, Function<MinutesDistribution, T> work) {
    return Transactions.inTransaction(
        world.emf,
        em -> {
          return work.apply(TestServices.of(em, user, NOW).minutesDistribution());
        });
  }

  @Test
  void aPdfIsMadeOfAnyValidRecordHoweverLongAndWhateverItsCharacters() throws Exception {
    long a = world.readyClient("ASO-N-030", LocalDate.of(2027, 3, 1), world.kodit);
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    long slotA = slot(meeting, a, NINE);
    // every topic at the longest a note may be: many pages; Swedish and Finnish letters, markup,
    // tabs, a right-to-left mark, an emoji DejaVu has no glyph for, and a NUL (dropped on the way
    // in)
    String words = "Åsa Öström ja Äijälä: <b>vuokravelka</b> & \"häiriöt\"\tkyllä \u200f 🏠 \u0000";
    String longNote =
        (words + " ").repeat(fi.aso.domain.meetingday.SlotRecord.MAX_TEXT / (words.length() + 1));
    Map<Referral.Topic, String> notes = new java.util.EnumMap<>(Referral.Topic.class);
    for (Referral.Topic topic : Referral.Topic.values()) {
      notes.put(topic, longNote.substring(0, longNote.length() - 6) + "LOPPU");
    }
    record(slotA, notes, "Päätös: " + longNote.substring(0, 1000));

    MinutesVersion draft = minutes(m -> m.prepare(meeting));
    byte[] pdf = minutes(m -> m.wholePdf(meeting, draft.id(), FI));
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isGreaterThan(20);
    String all = text(pdf);
    assertThat(all)
        .contains("Åsa Öström ja Äijälä", "<b>vuokravelka</b> & \"häiriöt\"", "LOPPU")
        .doesNotContain("\u0000");
    assertThat(
            Transactions.<Long>inTransaction(
                world.emf,
                em ->
                    (Long)
                        em.createNativeQuery(
                                "select count(*) from slot_topic_note where slot_id = "
                                    + slotA
                                    + " and note like '%LOPPU'")
                            .getSingleResult()))
        .as("all stored (PostgreSQL refuses a NUL)")
        .isEqualTo(7L);
  }

  @Test
  void minutesNamedUnderAnotherMeetingAreNotFoundAndNothingChanges() {
    long a = world.readyClient("ASO-N-130", LocalDate.of(2027, 3, 1), world.kodit);
    long meeting =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(NINE, NINE.plus(Duration.ofHours(3)), "Toimisto"));
    Instant weekLater = NINE.plus(Duration.ofDays(7));
    long other =
        world.as(
            "chair",
            NOW,
            s -> s.calendar.scheduleAdHoc(weekLater, weekLater.plus(Duration.ofHours(3)), "Muu"));
    record(slot(meeting, a, NINE), Map.of(Referral.Topic.WISHES, "Oma"), "Päätös");
    MinutesVersion draft = minutes(m -> m.prepare(meeting));

    assertThatThrownBy(() -> minutes(m -> m.wholePdf(other, draft.id(), FI)))
        .as("the PDF of another meeting's minutes")
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(
            () -> minutesAs("caseworker", m -> m.review(other, draft.id(), draft.version())))
        .isInstanceOf(CaseAccessDenied.class);
    MinutesVersion reviewed =
        minutesAs("caseworker", m -> m.review(meeting, draft.id(), draft.version()));
    assertThatThrownBy(() -> minutes(m -> m.approve(other, draft.id(), reviewed.version())))
        .isInstanceOf(CaseAccessDenied.class);

    assertThat(this.<java.util.List<MinutesVersion>>minutes(m -> m.versions(meeting)))
        .singleElement()
        .satisfies(v -> assertThat(v.state()).isEqualTo(MinutesState.REVIEWED));
    assertThat(this.<java.util.List<MinutesVersion>>minutes(m -> m.versions(other))).isEmpty();
  }

  private long slot(long meeting, long client, Instant start) {
    return world.as(
        "chair",
        NOW,
        s ->
            s.planner.addSlot(
                meeting,
                world.version(meeting),
                client,
                start,
                Duration.ofMinutes(45),
                ClientAttendance.IN_PERSON,
                null,
                null));
  }

  private static fi.aso.domain.clientcase.CaseState stateOf(long caseId) {
    var em = world.emf.createEntityManager();
    try {
      return em.find(fi.aso.domain.clientcase.ClientCase.class, caseId).state();
    } finally {
      em.close();
    }
  }

  private void record(long slot, Map<Referral.Topic, String> notes, String decisions) {
    Transactions.inTransaction(
        world.emf,
        em -> {
          MeetingDay day = TestServices.of(em, "chair", NOW).meetingDay();
          Long version =
              em.find(fi.aso.domain.meetingday.SlotRecord.class, slot) == null
                  ? null
                  : em.find(fi.aso.domain.meetingday.SlotRecord.class, slot).version();
          return day.save(
              slot, version, notes, HousingForm.INDEPENDENT_RENTAL, "Asumisohjaus", decisions);
        });
  }

  /**
   * A new meeting with the client's slot at {@code start}, Sari of Sote invited, and its record.
   */
  private long recordedWithSari(long client, Instant start) {
    MeetingWorld.PlannedSlot planned = world.slotOnNewMeeting(client, start, world.sari);
    record(planned.slot(), Map.of(Referral.Topic.WISHES, "Toive"), "Päätös");
    return planned.meeting();
  }

  /**
   * The meeting's minutes made by the chair, reviewed by the case worker (the second person the
   * region asks for) and approved by the chair.
   */
  private MinutesVersion approved(long meeting) {
    MinutesVersion draft = minutes(m -> m.prepare(meeting));
    MinutesVersion reviewed =
        minutesAs("caseworker", m -> m.review(meeting, draft.id(), draft.version()));
    return minutes(m -> m.approve(meeting, draft.id(), reviewed.version()));
  }

  private <T> T minutes(Function<MinutesService, T> work) {
    return minutesAs("chair", work);
  }

  private <T> T minutesAs(String user, Function<MinutesService, T> work) {
    return Transactions.inTransaction(
        world.emf, em -> work.apply(TestServices.of(em, user, NOW).minutes()));
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }

  private static String textQuietly(byte[] pdf) {
    try {
      return text(pdf);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
