package fi.aso.datagen;

import fi.aso.application.clientcase.DataProtection;
import fi.aso.datagen.RegionNetwork.Partner;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One ASO group's year: its monthly meetings, and the clients referred that year taken through
 * consent (or a refusal or withdrawal), a meeting with the partners their consent names
 * (invitations, reminders, answers, attendance), minutes sent to those partners, actions, and the
 * follow-up at release and after, closed when the follow-up ends. Nothing happens after {@code
 * until}: the last year's clients are still on their way, as on a real day.
 */
final class YearOfWork {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");
  private static final int SLOT_MINUTES = 30;
  private static final int SLOTS_PER_MEETING = 12;
  private static final List<String> FORMS =
      List.of(
          "INDEPENDENT_RENTAL",
          "SUPPORTED_HOUSING",
          "INDEPENDENT_RENTAL",
          "COMMUNITY_HOUSING",
          "REHABILITATION_FIRST",
          "SERVICE_HOUSING");
  private static final List<String> CATEGORIES =
      List.of(
          "HOUSING_HISTORY_AND_WISHES",
          "RENT_ARREARS_AND_CREDIT",
          "SUBSTANCE_USE_AND_HEALTH",
          "OTHER_SUPPORT_NEEDS");
  private static final List<String> PREVIOUS =
      List.of(
          "Asui ennen vankeutta vuokra-asunnossa, vuokrasopimus purettu.",
          "Asunnoton ennen tuomiota, yöpyi tuttavien luona.",
          "Asui tukiasunnossa, häätö vuokrarästien vuoksi.",
          "Asui vanhempiensa luona.");
  private static final List<String> WISHES =
      List.of(
          "Toivoo omaa vuokrayksiötä kotikunnasta.",
          "Toivoo tuettua asumista aluksi.",
          "Haluaa muuttaa pois entiseltä asuinalueelta.",
          "Toivoo asuntoa läheltä työpaikkaa.");
  private static final List<String> ACTIONS =
      List.of(
          "Asuntohakemus ja asunnon tarjoaminen",
          "Toimeentulotukihakemus ja vuokravakuus",
          "Päihdekuntoutuksen aloitus",
          "Velkaneuvonnan ajanvaraus",
          "Työvoimapalveluihin ilmoittautuminen",
          "Tukihenkilön nimeäminen");

  private final Connection c;
  private final Schema db;
  private final RegionNetwork region;
  private final int year;
  private final LocalDate until;
  private final Instant untilAt;
  private final Random random;
  private final DataProtection protection;
  private final Set<String> codesInRegion;
  private final String sourceNet;
  private final List<Meeting> meetings = new ArrayList<>();

  private static final class Meeting {
    long id;
    LocalDate day;
    Instant starts;
    boolean held;
    final List<Slot> slots = new ArrayList<>();
  }

  private record Slot(
      long id,
      long caseId,
      String reference,
      String housingForm,
      Map<Partner, Long> invited,
      String categories) {}

  YearOfWork(
      Connection c,
      Schema db,
      RegionNetwork region,
      int year,
      LocalDate until,
      long seed,
      DataProtection protection,
      Set<String> codesInRegion) {
    this.c = c;
    this.db = db;
    this.region = region;
    this.year = year;
    this.until = until;
    this.untilAt = until.atStartOfDay(FINLAND).toInstant();
    this.random = new Random(seed * 1_000_003L + region.number * 1_009L + year);
    this.protection = protection;
    this.codesInRegion = codesInRegion;
    this.sourceNet = "10." + region.number + ".";
  }

  /** Writes the meetings and clients of the year (into {@code db}'s tables, not yet sent). */
  void write(int clients) throws SQLException {
    for (int month = 1; month <= 12; month++) {
      meeting(month);
    }
    for (int i = 0; i < clients; i++) {
      client(i, clients);
    }
    for (Meeting m : meetings) {
      minutes(m);
    }
  }

  private void meeting(int month) throws SQLException {
    LocalDate day =
        LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    Instant created = at(day.minusDays(30), 10);
    if (!created.isBefore(untilAt)) {
      return;
    }
    Meeting m = new Meeting();
    m.id = db.meeting.nextId(c);
    m.day = day;
    m.starts = at(day, 9);
    m.held = at(day, 15).isBefore(untilAt);
    db.meeting.add(
        m.id,
        region.id,
        m.starts,
        at(day, 15),
        region.probationOfficeName,
        "PLANNED",
        region.username("chair"),
        created);
    meetings.add(m);
  }

  private void client(int i, int clients) throws SQLException {
    LocalDate referred = LocalDate.of(year, 1, 2).plusDays(i * 320L / clients + random.nextInt(6));
    Instant referredAt = at(referred, 9 + random.nextInt(6));
    if (!referredAt.isBefore(untilAt)) {
      return;
    }
    boolean prisoner = random.nextInt(10) < 7;
    LocalDate release = referred.plusDays(30 + random.nextInt(210));
    int worker = random.nextInt(region.caseWorkers.size());
    String caseWorker = region.username("caseworker" + (worker + 1));
    String chair = region.username("chair");
    long id = db.clientCase.nextId(c);
    String name = FinnishNames.person(random);
    PersonalIdentityCode code = identityCode();
    String reference = "G%02d-%d-%04d".formatted(region.number, year, i + 1);
    Map<String, Object> end = new LinkedHashMap<>();
    end.put("state", "REFERRED");
    state(id, null, "REFERRED", referredAt, caseWorker, end);
    audit(referredAt, caseWorker, "CREATE", "client_case", id, id, "referral");
    reads(id, referredAt, referredAt.plus(Duration.ofDays(400)), caseWorker, chair);
    Instant pending = referredAt.plus(Duration.ofHours(2));
    if (pending.isBefore(untilAt)) {
      state(id, "REFERRED", "CONSENT_PENDING", pending, caseWorker, end);
      consentAndMeeting(id, reference, name, release, caseWorker, chair, referred, end);
    }
    db.clientCase.add(
        id,
        region.id,
        reference,
        name,
        code.dateOfBirth(),
        protection.keyedHash(code),
        protection.encrypt(code),
        prisoner ? "PRISONER" : "PROBATION_CLIENT",
        prisoner ? region.prison : region.probationOffice,
        release,
        region.caseWorkers.get(worker),
        region.chair,
        end.get("state"),
        pick(PREVIOUS),
        pick(WISHES),
        "Arjen taidot pääosin hallussa; tarvitsee tukea raha-asioissa.",
        random.nextInt(3) == 0
            ? "Vuokrarästejä noin " + (200 + random.nextInt(3000)) + " €."
            : null,
        random.nextInt(2) == 0 ? "Tarvitsee tukea päihteettömyyteen." : null,
        referredAt,
        end.get("outcome"));
  }

  private void consentAndMeeting(
      long id,
      String reference,
      String name,
      LocalDate release,
      String caseWorker,
      String chair,
      LocalDate referred,
      Map<String, Object> end)
      throws SQLException {
    LocalDate consented = referred.plusDays(2 + random.nextInt(13));
    Instant given = at(consented, 12);
    if (!given.isBefore(untilAt)) {
      return;
    }
    boolean electronic = random.nextInt(10) < 6;
    String method = electronic ? "ELECTRONIC" : "PAPER";
    String recordedBy = electronic ? "client (electronic)" : caseWorker;
    long v1 = db.consent.nextId(c);
    int roll = random.nextInt(100);
    if (roll < 7) {
      consentVersion(v1, id, 1, method, given, recordedBy, null, electronic ? name : null);
      audit(given, recordedBy, "CREATE", "consent", v1, id, "consent refused");
      state(id, "CONSENT_PENDING", "CONSENT_REFUSED", given, caseWorker, end);
      close(id, "CONSENT_REFUSED", given.plus(Duration.ofDays(10)), chair, "DECLINED", end);
      return;
    }
    Map<Partner, Long> named = new LinkedHashMap<>();
    List<Partner> partners = new ArrayList<>(region.partners);
    Collections.shuffle(partners, random);
    int count = 3 + random.nextInt(4);
    if (random.nextInt(10) < 8 && !partners.subList(0, count).contains(region.partners.get(0))) {
      partners.remove(region.partners.get(0));
      partners.add(0, region.partners.get(0));
    }
    boolean secondVersion = roll >= 90;
    Instant v2At = given.plus(Duration.ofDays(5 + random.nextInt(25)));
    secondVersion = secondVersion && v2At.isBefore(untilAt);
    consentVersion(
        v1,
        id,
        1,
        method,
        given,
        recordedBy,
        secondVersion ? v2At : null,
        electronic ? name : null);
    audit(given, recordedBy, "CREATE", "consent", v1, id, "consent given");
    Map<Partner, String> categories = new LinkedHashMap<>();
    for (Partner p : partners.subList(0, count)) {
      categories.put(p, categories());
    }
    long current = v1;
    Instant from = given;
    Map<Partner, Long> recipients = recipients(v1, categories);
    if (secondVersion) {
      categories.put(partners.get(count), categories());
      current = db.consent.nextId(c);
      consentVersion(current, id, 2, method, v2At, recordedBy, null, electronic ? name : null);
      audit(v2At, recordedBy, "CREATE", "consent", current, id, "consent widened");
      recipients = recipients(current, categories);
      from = v2At;
    }
    state(id, "CONSENT_PENDING", "READY_FOR_MEETING", given, caseWorker, end);
    Instant withdrawn = from.plus(Duration.ofDays(10 + random.nextInt(50)));
    int withdrawal = random.nextInt(100);
    if (withdrawal < 6 && withdrawn.isBefore(untilAt)) {
      withdrawWhole(current, withdrawn);
      audit(
          withdrawn, "client (electronic)", "UPDATE", "consent", current, id, "consent withdrawn");
      state(id, "READY_FOR_MEETING", "CONSENT_WITHDRAWN", withdrawn, caseWorker, end);
      close(id, "CONSENT_WITHDRAWN", withdrawn.plus(Duration.ofDays(10)), chair, "DECLINED", end);
      return;
    }
    for (Map.Entry<Partner, Long> r : recipients.entrySet()) {
      named.put(r.getKey(), r.getValue());
    }
    Partner gone = null;
    if (withdrawal >= 92 && withdrawn.isBefore(untilAt) && named.size() > 1) {
      gone = new ArrayList<>(named.keySet()).getLast();
      withdrawRecipient(named.get(gone), withdrawn, recordedBy);
      audit(
          withdrawn,
          recordedBy,
          "UPDATE",
          "consent_recipient",
          named.get(gone),
          id,
          "consent withdrawn for one organisation");
    }
    Meeting m = meetingFor(from.plus(Duration.ofDays(7)));
    if (m == null) {
      return;
    }
    Map<Partner, String> invited = new LinkedHashMap<>(categories);
    if (gone != null && withdrawn.isBefore(m.starts)) {
      invited.remove(gone);
    }
    slot(m, id, reference, release, caseWorker, chair, invited, end);
  }

  /** One version of the client's consent, valid two years (the platform's default). */
  private void consentVersion(
      long id,
      long caseId,
      int version,
      String method,
      Instant given,
      String recordedBy,
      Instant superseded,
      String confirmedName) {
    db.consent.add(
        id,
        caseId,
        version,
        method,
        "fi-2026-1",
        given,
        given.atZone(FINLAND).toLocalDate().plusYears(2),
        recordedBy,
        superseded,
        null,
        null,
        confirmedName);
  }

  private Map<Partner, Long> recipients(long consent, Map<Partner, String> categories)
      throws SQLException {
    Map<Partner, Long> ids = new LinkedHashMap<>();
    for (Map.Entry<Partner, String> e : categories.entrySet()) {
      long recipient = db.recipient.nextId(c);
      db.recipient.add(recipient, consent, e.getKey().id(), null, null);
      for (String category : e.getValue().split(",")) {
        db.category.add(recipient, category);
      }
      ids.put(e.getKey(), recipient);
    }
    return ids;
  }

  private String categories() {
    StringBuilder s = new StringBuilder("IDENTITY_AND_RELEASE");
    for (String category : CATEGORIES) {
      if (random.nextInt(3) > 0) {
        s.append(',').append(category);
      }
    }
    return s.toString();
  }

  private void withdrawWhole(long consent, Instant at) {
    db.consent.update(consent, 9, at);
    db.consent.update(consent, 10, "client (electronic)");
  }

  private void withdrawRecipient(long recipient, Instant at, String by) {
    db.recipient.update(recipient, 3, at);
    db.recipient.update(recipient, 4, by);
  }

  private Meeting meetingFor(Instant earliest) {
    for (Meeting m : meetings) {
      if (!m.starts.isBefore(earliest) && m.slots.size() < SLOTS_PER_MEETING) {
        return m;
      }
    }
    return null;
  }

  private void slot(
      Meeting m,
      long caseId,
      String reference,
      LocalDate release,
      String caseWorker,
      String chair,
      Map<Partner, String> invited,
      Map<String, Object> end)
      throws SQLException {
    Instant created = m.starts.minus(Duration.ofDays(14));
    if (!created.isBefore(untilAt)) {
      return;
    }
    long slot = db.slot.nextId(c);
    Instant starts = m.starts.plus(Duration.ofMinutes((long) SLOT_MINUTES * m.slots.size()));
    Instant ends = starts.plus(Duration.ofMinutes(SLOT_MINUTES));
    db.slot.add(
        slot,
        m.id,
        caseId,
        starts,
        ends,
        random.nextInt(4) == 0 ? "VIDEO_FROM_PRISON" : "IN_PERSON",
        chair,
        created);
    audit(created, chair, "CREATE", "client_slot", slot, caseId, "client scheduled");
    state(caseId, "READY_FOR_MEETING", "SCHEDULED", created, chair, end);
    Map<Partner, Long> invitations = new LinkedHashMap<>();
    for (Map.Entry<Partner, String> e : invited.entrySet()) {
      invitations.put(
          e.getKey(),
          partnerInvitee(m, slot, caseId, reference, starts, ends, created, e.getKey()));
    }
    long own = db.invitee.nextId(c);
    db.invitee.add(
        own,
        slot,
        "CASE_WORKER",
        null,
        null,
        region.caseWorkers.get(region.caseWorkerNumber(caseWorker)),
        "ACCEPTED",
        created.plus(Duration.ofHours(3)),
        m.held ? "PRESENT" : null,
        created);
    String form = FORMS.get(random.nextInt(FORMS.size()));
    m.slots.add(
        new Slot(
            slot,
            caseId,
            reference,
            form,
            invitations,
            String.join(
                ",", new TreeSet<>(List.of(String.join(",", invited.values()).split(","))))));
    if (!m.held) {
      return;
    }
    Instant recorded = m.starts.plus(Duration.ofHours(6));
    db.slotRecord.add(slot, form, chair, recorded);
    audit(recorded, chair, "UPDATE", "slot_record", slot, caseId, "meeting day recorded");
    List<Partner> orgs = new ArrayList<>(invited.keySet());
    int actions = 1 + random.nextInt(3);
    for (int k = 0; k < actions; k++) {
      action(slot, caseId, m, orgs.isEmpty() ? null : orgs.get(random.nextInt(orgs.size())), chair);
    }
    Instant approved = at(m.day.plusDays(2), 14);
    if (!approved.isBefore(untilAt)) {
      return;
    }
    state(caseId, "SCHEDULED", "DISCUSSED", approved, chair, end);
    followUp(caseId, release, form, chair, end);
  }

  private long partnerInvitee(
      Meeting m,
      long slot,
      long caseId,
      String reference,
      Instant starts,
      Instant ends,
      Instant created,
      Partner p)
      throws SQLException {
    int roll = random.nextInt(20);
    String answer =
        !m.held && roll < 6
            ? "NEEDS_ACTION"
            : roll < 2
                ? "NEEDS_ACTION"
                : roll < 4 ? "DECLINED" : roll < 5 ? "TENTATIVE" : "ACCEPTED";
    Instant answered =
        answer.equals("NEEDS_ACTION")
            ? null
            : created.plus(Duration.ofHours(4 + random.nextInt(96)));
    if (answered != null && !answered.isBefore(untilAt)) {
      answer = "NEEDS_ACTION";
      answered = null;
    }
    String attendance = null;
    if (m.held) {
      attendance =
          answer.equals("DECLINED")
              ? "EXCUSED"
              : answer.equals("NEEDS_ACTION")
                  ? "ABSENT"
                  : random.nextInt(4) == 0 ? "VIDEO" : "PRESENT";
    }
    long invitee = db.invitee.nextId(c);
    db.invitee.add(
        invitee,
        slot,
        "PARTNER",
        p.contactId(),
        p.id(),
        null,
        answer,
        answered,
        attendance,
        created);
    long invitation = db.invitation.nextId(c);
    db.invitation.add(
        invitation,
        invitee,
        slot,
        caseId,
        p.id(),
        region.id,
        "datagen-" + invitation + "@aso.localhost",
        0,
        p.contactEmail(),
        p.contactName(),
        p.channel(),
        starts,
        ends,
        region.probationOfficeName,
        "ACTIVE",
        created);
    String when =
        DAY.format(starts.atZone(FINLAND)) + " klo " + TIME.format(starts.atZone(FINLAND));
    message(
        invitation,
        "REQUEST",
        p,
        "Kutsu: ASO-kokous " + when,
        "Teidät on kutsuttu asiakasohjausryhmän kokoukseen "
            + when
            + ", "
            + region.probationOfficeName
            + ". Asia: "
            + reference
            + ".",
        created.plus(Duration.ofMinutes(1)),
        caseId,
        "IDENTITY_AND_RELEASE");
    if (answer.equals("NEEDS_ACTION") && m.starts.minus(Duration.ofDays(2)).isBefore(untilAt)) {
      message(
          invitation,
          "REMINDER",
          p,
          "Muistutus: ASO-kokous " + when,
          "Muistutus: asiakasohjausryhmän kokous " + when + ". Asia: " + reference + ".",
          m.starts.minus(Duration.ofDays(2)),
          caseId,
          "IDENTITY_AND_RELEASE");
    }
    return invitation;
  }

  private long message(
      Long invitation,
      String kind,
      Partner p,
      String subject,
      String body,
      Instant created,
      long caseId,
      String categories)
      throws SQLException {
    long id = db.outbound.nextId(c);
    boolean sent = created.plus(Duration.ofMinutes(1)).isBefore(untilAt);
    db.outbound.add(
        id,
        kind.toLowerCase() + "-" + id,
        "<datagen-" + id + "@aso.localhost>",
        invitation,
        kind,
        p.channel(),
        p.contactEmail(),
        subject,
        body,
        sent ? "SENT" : "PENDING",
        sent ? 1 : 0,
        created,
        created,
        sent ? created.plus(Duration.ofMinutes(1)) : null,
        p.id(),
        region.id);
    db.disclosure.add(id, caseId, categories);
    if (sent) {
      audit(
          created.plus(Duration.ofMinutes(1)),
          "system",
          "DISCLOSE",
          "outbound_message",
          id,
          caseId,
          kind.toLowerCase() + " sent to " + p.name());
    }
    return id;
  }

  private void action(long slot, long caseId, Meeting m, Partner org, String chair)
      throws SQLException {
    LocalDate due = m.day.plusDays(14 + random.nextInt(30));
    boolean byOrganisation = org != null && random.nextInt(4) > 0;
    String responsible =
        byOrganisation ? "ORGANISATION" : random.nextBoolean() ? "CLIENT" : "CASE_WORKER";
    Instant created = m.starts.plus(Duration.ofHours(5));
    String status = "OPEN";
    Instant updated = null;
    String updatedBy = null;
    LocalDate changed = due.plusDays(random.nextInt(15) - 7);
    if (at(changed, 12).isBefore(untilAt)) {
      int roll = random.nextInt(10);
      status = roll < 8 ? "DONE" : roll < 9 ? "CANNOT_BE_DONE" : "IN_PROGRESS";
      updated = at(changed, 12);
      updatedBy = byOrganisation ? region.partnerUser : chair;
    }
    long id = db.action.nextId(c);
    db.action.add(
        id,
        slot,
        caseId,
        pick(ACTIONS),
        responsible,
        byOrganisation ? org.id() : null,
        due,
        status,
        chair,
        created,
        updatedBy,
        updated);
    audit(created, chair, "CREATE", "action_item", id, caseId, "action agreed");
    if (updated != null) {
      audit(updated, updatedBy, "UPDATE", "action_item", id, caseId, "action status");
    }
  }

  private void followUp(
      long caseId, LocalDate release, String form, String chair, Map<String, Object> end)
      throws SQLException {
    boolean housed = random.nextInt(6) != 0;
    LocalDate last = null;
    for (String label : List.of("AT_RELEASE", "MONTHS_3", "MONTHS_6", "MONTHS_12")) {
      int months = label.equals("AT_RELEASE") ? 0 : Integer.parseInt(label.substring(7));
      LocalDate due = release.plusMonths(months);
      Instant recorded = at(due, 12);
      if (!recorded.isBefore(untilAt)) {
        break;
      }
      if (months == 0) {
        state(caseId, "DISCUSSED", "FOLLOW_UP", recorded, chair, end);
      }
      boolean stillHoused = housed && random.nextInt(8) != 0;
      long id = db.followUp.nextId(c);
      db.followUp.add(
          id,
          caseId,
          label,
          due,
          months == 0 ? housed : null,
          months == 0 && housed ? form : null,
          months == 0 ? null : stillHoused,
          chair,
          recorded);
      audit(recorded, chair, "CREATE", "follow_up_point", id, caseId, "follow-up recorded");
      last = due;
      if (months == 12) {
        String outcome =
            !stillHoused
                ? "NOT_HOUSED"
                : form.equals("SUPPORTED_HOUSING") ? "HOUSED_WITH_SUPPORT" : "HOUSED";
        close(caseId, "FOLLOW_UP", at(last.plusDays(7), 14), chair, outcome, end);
      }
    }
  }

  private void minutes(Meeting m) throws SQLException {
    if (!m.held || m.slots.isEmpty()) {
      return;
    }
    String chair = region.username("chair");
    Instant created = m.starts.plus(Duration.ofHours(6));
    Instant prepared = at(m.day.plusDays(1), 10);
    Instant reviewed = at(m.day.plusDays(1), 15);
    Instant approved = at(m.day.plusDays(2), 14);
    boolean done = approved.isBefore(untilAt);
    long id = db.minutes.nextId(c);
    StringBuilder content =
        new StringBuilder("Asiakasohjausryhmän kokous ")
            .append(DAY.format(m.day))
            .append(", ")
            .append(region.probationOfficeName)
            .append("\n");
    for (Slot s : m.slots) {
      content
          .append(s.reference())
          .append(": asumismuoto ")
          .append(s.housingForm())
          .append(", toimenpiteet sovittu.\n");
    }
    db.minutes.add(
        id,
        m.id,
        1,
        done ? "APPROVED" : "DRAFT",
        content.toString(),
        chair,
        created,
        chair,
        prepared,
        done ? region.username("admin") : null,
        done ? reviewed : null,
        done ? chair : null,
        done ? approved : null);
    audit(created, chair, "CREATE", "minutes", id, null, "minutes written");
    if (!done) {
      return;
    }
    audit(approved, chair, "UPDATE", "minutes", id, null, "minutes approved");
    Map<Partner, List<Slot>> byPartner = new TreeMap<>(Comparator.comparingLong(Partner::id));
    for (Slot s : m.slots) {
      for (Partner p : s.invited().keySet()) {
        byPartner.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
      }
    }
    for (Map.Entry<Partner, List<Slot>> e : byPartner.entrySet()) {
      Partner p = e.getKey();
      List<Slot> slots = e.getValue();
      String cases = String.join(",", slots.stream().map(s -> Long.toString(s.caseId())).toList());
      long message =
          message(
              null,
              "MINUTES",
              p,
              "Pöytäkirja: ASO-kokous " + DAY.format(m.day),
              "Asiakasohjausryhmän kokouksen pöytäkirja on liitteenä.",
              approved,
              slots.getFirst().caseId(),
              slots.getFirst().categories());
      for (Slot s : slots.subList(1, slots.size())) {
        db.disclosure.add(message, s.caseId(), s.categories());
      }
      long copy = db.minutesCopy.nextId(c);
      db.minutesCopy.add(
          copy,
          id,
          p.contactEmail(),
          p.id(),
          p.contactId(),
          cases,
          slots.getFirst().categories(),
          message,
          approved);
      Instant read = approved.plus(Duration.ofHours(2 + random.nextInt(70)));
      if (read.isBefore(untilAt)) {
        for (Slot s : slots) {
          audit(
              read,
              region.partnerUser,
              "READ",
              "minutes_copy",
              copy,
              s.caseId(),
              "minutes read by partner");
        }
      }
    }
  }

  /** The case file read by its workers: about every two weeks while the case goes on. */
  private void reads(long caseId, Instant from, Instant to, String caseWorker, String chair) {
    Instant at = from.plus(Duration.ofHours(1));
    while (at.isBefore(to) && at.isBefore(untilAt)) {
      String who = random.nextInt(3) == 0 ? chair : caseWorker;
      audit(at, who, "READ", "client_case", caseId, caseId, "case file");
      at = at.plus(Duration.ofHours(24L * (3 + random.nextInt(18)) + random.nextInt(8)));
    }
  }

  private void state(
      long caseId, String from, String to, Instant at, String by, Map<String, Object> end)
      throws SQLException {
    long id = db.stateChange.nextId(c);
    db.stateChange.add(id, caseId, from, to, at, by);
    end.put("state", to);
    if (from != null) {
      audit(at, by, "UPDATE", "client_case", caseId, caseId, "state " + to);
    }
  }

  private void close(
      long caseId, String from, Instant at, String by, String outcome, Map<String, Object> end)
      throws SQLException {
    if (!at.isBefore(untilAt)) {
      return;
    }
    state(caseId, from, "CLOSED", at, by, end);
    end.put("outcome", outcome);
  }

  private void audit(
      Instant at,
      String actor,
      String action,
      String type,
      Object id,
      Long caseId,
      String purpose) {
    db.audit.add(
        at,
        actor,
        action,
        type,
        id,
        caseId,
        purpose,
        actor.equals("system")
            ? null
            : sourceNet + random.nextInt(256) + "." + (1 + random.nextInt(254)));
  }

  private PersonalIdentityCode identityCode() {
    while (true) {
      LocalDate born = LocalDate.of(1955 + random.nextInt(50), 1, 1).plusDays(random.nextInt(365));
      int number = 2 + random.nextInt(898);
      String digits =
          "%02d%02d%02d"
              .formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
      int check = Integer.parseInt(digits + "%03d".formatted(number)) % 31;
      String code =
          digits
              + (born.getYear() >= 2000 ? "A" : "-")
              + "%03d".formatted(number)
              + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(check);
      if (codesInRegion.add(code)) {
        return PersonalIdentityCode.parse(code);
      }
    }
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(FINLAND).toInstant();
  }
}
