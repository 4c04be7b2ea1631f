package fi.aso.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.clientdata.ClientData;
import fi.aso.application.clientdata.ClientDataExport;
import fi.aso.application.meeting.MeetingWorld;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.infrastructure.audit.AuditChainVerifier;
import fi.aso.infrastructure.persistence.JpaRetentionStore;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retention job on a real PostgreSQL: closed and refused cases whose period ended lose every
 * trace of who the client is (searched in every column of every table the database has, found
 * through information_schema), a case on legal hold and a recently closed one keep theirs, the dry
 * run lists exactly what the run removes, the audit trail's chain still verifies, and two nodes
 * firing together make one run a day.
 */
class RetentionTest {

  static final String DB = "retention";
  static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");

  /** A client: what must go (or stay), as typed into the platform's free texts. */
  record Client(String name, String pic, String email, String phone) {
    List<String> traces() {
      return List.of(name, pic, email, phone);
    }
  }

  private static final Client EXPIRED_CLOSED =
      new Client("Aatu Unohdettava", "010190-123A", "aatu.unohdettava@example.fi", "040 111 2233");
  private static final Client EXPIRED_REFUSED =
      new Client("Riikka Kieltäytyjä", "020285-456B", "riikka.k@example.fi", "050 444 5566");
  private static final Client HELD =
      new Client("Pekka Pidätetty", "030370-789C", "pekka.p@example.fi", "044 777 8899");
  private static final Client RECENT =
      new Client("Tuula Tuore", "040480-012D", "tuula.t@example.fi", "045 000 1122");

  static MeetingWorld world;
  private static long closedCase;
  private static long refusedCase;
  private static long heldCase;
  private static long recentCase;

  @BeforeAll
  static void world() throws SQLException {
    world = new MeetingWorld(DB);
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection()) {
      // people have names (the client's PDF names who handled their details)
      exec(
          db,
          "update staff_user set display_name = 'Paavo Puheenjohtaja' where username = 'chair'");
      exec(db, "update staff_user set display_name = 'Veera Vastuu' where username = 'caseworker'");
    }
    closedCase = client(EXPIRED_CLOSED, "RET-1", "CLOSED", "2024-01-10T10:00:00Z");
    refusedCase = client(EXPIRED_REFUSED, "RET-2", "CONSENT_REFUSED", "2026-06-01T10:00:00Z");
    heldCase = client(HELD, "RET-3", "CLOSED", "2024-01-10T10:00:00Z");
    recentCase = client(RECENT, "RET-4", "CLOSED", "2026-10-01T10:00:00Z");
    Transactions.inTransaction(
        world.emf,
        em -> {
          var services = TestServices.of(em, "chair", NOW.minus(Duration.ofDays(400)));
          new LegalHolds(
                  new JpaRetentionStore(em),
                  services.caseAccess(),
                  services.audit(),
                  services.signedIn(),
                  services.clock)
              .hold(heldCase, "kantelu eduskunnan oikeusasiamiehelle vireillä");
          return null;
        });
  }

  /**
   * A case with the client's traces in every kind of place the platform keeps: the referral, the
   * state history, the consent (typed name, scan), the meeting day (agenda, notes, assessment,
   * statement), an action, follow-up, the minutes, the outbox (body and attachment), a kept reply
   * and the audit trail; then moved to {@code state} at {@code since}.
   */
  static long client(Client c, String reference, String state, String since) throws SQLException {
    long id = world.readyClient(reference, LocalDate.of(2026, 1, 15), world.kodit);
    String all = c.name() + ", hetu " + c.pic() + ", " + c.email() + ", puh. " + c.phone();
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection()) {
      db.setAutoCommit(false);
      exec(
          db,
          "update client_case set full_name = ?, wishes = ?, outcome_note = ? where id = ?",
          c.name(),
          all,
          all,
          id);
      exec(db, "update client_case set state = ? where id = ?", state, id);
      exec(
          db,
          "insert into case_state_change (case_id, from_state, to_state, changed_at,"
              + " changed_by, reason) values (?, 'READY_FOR_MEETING', ?, ?::timestamptz, 'chair', ?)",
          id,
          state,
          since,
          "soitettu " + c.phone());
      exec(db, "update consent set confirmed_name = ? where case_id = ?", c.name(), id);
      if (state.equals("CLOSED")) {
        // the consent was withdrawn when the case closed: its scan's period runs from then
        exec(
            db,
            "update consent set withdrawn_at = ?::timestamptz, withdrawn_by = 'caseworker'"
                + " where case_id = ?",
            since,
            id);
      }
      exec(
          db,
          "insert into consent_document (consent_id, file_name, content_type, size_bytes,"
              + " sha256, sealed, uploaded_by, uploaded_at) select id, 'lomake.pdf', 'application/pdf',"
              + " 10, repeat('0', 64), ?, 'caseworker', now() from consent where case_id = ?",
          all.getBytes(StandardCharsets.UTF_8),
          id);
      long meeting =
          insert(
              db,
              "insert into meeting (region_id, starts_at, ends_at, place,"
                  + " created_by, created_at) values (?, ?::timestamptz, ?::timestamptz, 'Joensuu',"
                  + " 'chair', now()) returning id",
              world.region,
              "2025-12-01T08:00:00Z",
              "2025-12-01T10:00:00Z");
      long slot =
          insert(
              db,
              "insert into client_slot (meeting_id, case_id, starts_at, ends_at,"
                  + " agenda, created_by, created_at) values (?, ?, ?::timestamptz, ?::timestamptz, ?,"
                  + " 'chair', now()) returning id",
              meeting,
              id,
              "2025-12-01T08:00:00Z",
              "2025-12-01T08:45:00Z",
              "asiakas " + c.name());
      long invitee =
          insert(
              db,
              "insert into slot_invitee (slot_id, kind, contact_person_id,"
                  + " organisation_id, statement, created_at) values (?, 'PARTNER', ?, ?, ?, now())"
                  + " returning id",
              slot,
              world.kalle,
              world.kodit,
              "lausunto: " + all);
      exec(
          db,
          "insert into slot_record (slot_id, support_needed, decisions) values (?, ?, ?)",
          slot,
          all,
          all);
      exec(
          db,
          "insert into slot_topic_note (slot_id, topic, note) values (?, 'WISHES', ?)",
          slot,
          all);
      exec(
          db,
          "insert into action_item (slot_id, case_id, what, responsible, due_date, status_note,"
              + " created_by, created_at) values (?, ?, ?, 'CLIENT', '2025-12-20', ?, 'chair', now())",
          slot,
          id,
          "soita " + c.phone(),
          c.email());
      exec(
          db,
          "insert into follow_up_point (case_id, label, due_date, how_housed, note) values"
              + " (?, 'AT_RELEASE', '2026-01-15', ?, ?)",
          id,
          all,
          all);
      String minutes =
          "{\"group\":\"Joensuu\",\"start\":\"2025-12-01T08:00:00Z\",\"end\":"
              + "\"2025-12-01T10:00:00Z\",\"place\":\"Joensuu\",\"slots\":[{\"caseId\":"
              + id
              + ",\"reference\":\""
              + reference
              + "\",\"clientName\":\""
              + c.name()
              + "\",\"start\":"
              + "\"2025-12-01T08:00:00Z\",\"end\":\"2025-12-01T08:45:00Z\",\"notes\":{\"WISHES\":\""
              + all
              + "\"},\"housingForm\":\"SUPPORTED_HOUSING\",\"support\":\""
              + all
              + "\",\"decisions\":\""
              + all
              + "\",\"attendees\":[{\"name\":\"Kalle Kodit\","
              + "\"organisationId\":"
              + world.kodit
              + ",\"organisation\":\"Joensuun Kodit\","
              + "\"attendance\":\"PRESENT\",\"statement\":\""
              + all
              + "\"},{\"name\":\""
              + c.name()
              + "\",\"organisationId\":null,\"organisation\":null,\"attendance\":\"PRESENT\","
              + "\"statement\":null}],\"actions\":[{\"what\":\"soita "
              + c.phone()
              + "\",\"who\":\""
              + c.name()
              + "\",\"organisationId\":null,\"due\":\"2025-12-20\",\"status\":\"OPEN\"}]}]}";
      exec(
          db,
          "insert into minutes (meeting_id, version_no, state, content, created_by, created_at,"
              + " prepared_by, prepared_at) values (?, 1, 'APPROVED', ?, 'chair', now(), 'chair', now())",
          meeting,
          minutes);
      long invitation =
          insert(
              db,
              "insert into invitation (invitee_id, slot_id, case_id,"
                  + " organisation_id, uid, attendee_email, attendee_name, channel, state, created_at,"
                  + " region_id) values (?, ?, ?, ?, ?, 'kalle@kodit.test', 'Kalle Kodit', 'EMAIL',"
                  + " 'ACTIVE', now(), ?) returning id",
              invitee,
              slot,
              id,
              world.kodit,
              "uid-" + reference,
              world.region);
      long message =
          insert(
              db,
              "insert into outbound_message (idempotency_key, message_id,"
                  + " invitation_id, kind, channel, recipient, subject, body_text, calendar, status,"
                  + " next_attempt_at, created_at, attachment, region_id) values (?, ?, ?, 'REQUEST',"
                  + " 'EMAIL', 'kalle@kodit.test', ?, ?, ?, 'SENT', now(), ?::timestamptz, ?, ?)"
                  + " returning id",
              "key-" + reference,
              "<" + reference + "@aso>",
              invitation,
              "ASO " + reference,
              all,
              "DESCRIPTION:" + all,
              "2025-11-20T08:00:00Z",
              all.getBytes(StandardCharsets.UTF_8),
              world.region);
      exec(
          db,
          "insert into outbound_disclosure (outbound_message_id, case_id, categories)"
              + " values (?, ?, 'IDENTITY_AND_RELEASE')",
          message,
          id);
      exec(
          db,
          "insert into inbound_reply (received_at, message_id, from_address, uid, outcome,"
              + " sealed_raw) values ('2025-11-21T08:00:00Z', '<r-"
              + reference
              + ">', ?, ?,"
              + " 'UNMATCHED', ?)",
          c.email(),
          "uid-" + reference,
          all.getBytes(StandardCharsets.UTF_8));
      db.commit();
    }
    Transactions.inTransaction(
        world.emf,
        em -> {
          var audit = TestServices.of(em, "chair", NOW.minus(Duration.ofDays(300))).audit();
          audit.record(
              AuditRecord.success(AuditAction.READ, "client_case", String.valueOf(id), "case page")
                  .aboutClientCase(id));
          return null;
        });
    return id;
  }

  private static void exec(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, values)) {
      s.executeUpdate();
    }
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, values);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... values)
      throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    return s;
  }

  private static Retention job(EntityManager em, Instant at) {
    var services = TestServices.of(em, "system", at);
    return new Retention(new JpaRetentionStore(em), services.audit(), services.clock);
  }

  @Test
  void expiredClientsAreGoneFromEveryColumnWhileHeldAndRecentOnesStayAndTheChainHolds()
      throws SQLException {
    List<Expired> dryRun =
        Transactions.inTransaction(world.emf, em -> new JpaRetentionStore(em).expired(NOW));
    assertThat(dryRun).extracting(Expired::caseId).contains(closedCase, refusedCase);
    // the held case has nothing in it; the recent one only its year-old mails (their own period)
    assertThat(dryRun)
        .filteredOn(e -> e.caseId() == heldCase || e.caseId() == recentCase)
        .extracting(Expired::kind)
        .containsOnly(RetentionKind.KEPT_MAIL);
    assertThat(dryRun).filteredOn(e -> e.caseId() == heldCase).isEmpty();
    assertThat(dryRun)
        .extracting(Expired::kind)
        .contains(
            RetentionKind.CLOSED_CASE,
            RetentionKind.REFUSED_REFERRAL,
            RetentionKind.CONSENT_SCAN,
            RetentionKind.KEPT_MAIL);

    Retention.RunResult run = Transactions.inTransaction(world.emf, em -> job(em, NOW).runDue("a"));

    assertThat(run.ran()).isTrue();
    assertThat(run.removed()).containsExactlyElementsOf(dryRun);
    assertThat(logOf(run.runId().orElseThrow())).containsExactlyElementsOf(dryRun);
    for (Client gone : List.of(EXPIRED_CLOSED, EXPIRED_REFUSED)) {
      for (String trace : gone.traces()) {
        assertThat(columnsHolding(trace)).as(trace).isEmpty();
      }
    }
    // the search finds what is there: the held client is everywhere still, the recent one but
    // for the mails, whose period ended
    for (String trace : HELD.traces()) {
      assertThat(columnsHolding(trace))
          .as(trace)
          .contains(
              "client_case.wishes",
              "minutes.content",
              "outbound_message.body_text",
              "outbound_message.attachment",
              "inbound_reply.sealed_raw",
              "consent_document.sealed",
              "slot_topic_note.note");
    }
    for (String trace : RECENT.traces()) {
      assertThat(columnsHolding(trace))
          .as(trace)
          .contains("client_case.wishes", "minutes.content", "consent_document.sealed")
          .doesNotContain("outbound_message.body_text", "inbound_reply.sealed_raw");
    }
    // the rows stay: the case as a pseudonym the audit trail's rows still point to, chain intact
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection()) {
      assertThat(strings(db, "select reference from client_case where id = " + closedCase))
          .containsExactly("ANON-" + closedCase);
      assertThat(
              strings(
                  db,
                  "select action from audit_event where client_case_id = "
                      + closedCase
                      + " order by id"))
          .startsWith("READ")
          .contains("DELETE");
      var chain = AuditChainVerifier.verify(db);
      assertThat(chain.intact()).as(String.valueOf(chain)).isTrue();
    }
    // the day's run is made: firing again the same day does nothing, and nothing is left
    assertThat(Transactions.inTransaction(world.emf, em -> job(em, NOW).runDue("b")).ran())
        .isFalse();
    List<Expired> left =
        Transactions.inTransaction(world.emf, em -> new JpaRetentionStore(em).expired(NOW));
    assertThat(left).isEmpty();
  }

  @Test
  void twoNodesFiringTogetherMakeOneRunADay() throws Exception {
    // a day long before the other test's: nothing has expired yet, so the runs remove nothing
    Instant day = NOW.minus(Duration.ofDays(400));
    CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
    CountDownLatch letFirstCommit = new CountDownLatch(1);
    // two threads of their own: the common pool may have one on a 2-core machine
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CompletableFuture<Retention.RunResult> first =
        CompletableFuture.supplyAsync(
            () ->
                Transactions.inTransaction(
                    world.emf,
                    em -> {
                      Retention.RunResult result = job(em, day).runDue("node-1");
                      firstHoldsTheLock.countDown();
                      await(letFirstCommit);
                      return result;
                    }),
            nodes);
    assertThat(firstHoldsTheLock.await(60, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Retention.RunResult> second =
        CompletableFuture.supplyAsync(
            () -> Transactions.inTransaction(world.emf, em -> job(em, day).runDue("node-2")),
            nodes);
    // the second node waits for the lock while the first one's run is not committed
    awaitSecondNodeWaiting();
    assertThat(second).isNotDone();
    letFirstCommit.countDown();

    assertThat(first.get(60, TimeUnit.SECONDS).ran()).isTrue();
    assertThat(second.get(60, TimeUnit.SECONDS).ran()).isFalse();
    nodes.shutdown();
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection()) {
      assertThat(
              strings(
                  db,
                  "select node from retention_run where period_day = '"
                      + day.atZone(Retention.HELSINKI).toLocalDate()
                      + "'"))
          .containsExactly("node-1");
    }
    // the next day is another period
    assertThat(
            Transactions.inTransaction(
                    world.emf, em -> job(em, day.plus(Duration.ofDays(1))).runDue("node-2"))
                .ran())
        .isTrue();
  }

  @Test
  void theClientsOwnDataHasEveryPartAndTheExportIsAudited() throws Exception {
    ClientData data =
        Transactions.inTransaction(world.emf, em -> export(em).json(recentCase, Locale.of("fi")));
    assertThat(data.schema()).isEqualTo(ClientData.SCHEMA);
    assertThat(data.client().name()).isEqualTo(RECENT.name());
    assertThat(data.client().referral().get("WISHES")).contains(RECENT.phone());
    assertThat(data.stateHistory()).extracting(ClientData.StateChange::to).contains("CLOSED");
    assertThat(data.consents()).hasSize(1);
    assertThat(data.consents().getFirst().recipients())
        .extracting(ClientData.Recipient::organisation)
        .containsExactly("Joensuun Kodit");
    assertThat(data.consents().getFirst().scan().fileName()).isEqualTo("lomake.pdf");
    assertThat(data.meetings()).hasSize(1);
    assertThat(data.meetings().getFirst().notes()).containsKey("WISHES");
    assertThat(data.meetings().getFirst().invitees()).isNotEmpty();
    assertThat(data.minutes()).hasSize(1);
    assertThat(data.minutes().getFirst().part().clientName()).isEqualTo(RECENT.name());
    assertThat(data.actions()).extracting(ClientData.Action::what).isNotEmpty();
    assertThat(data.followUp()).extracting(ClientData.FollowUp::label).contains("AT_RELEASE");
    assertThat(data.accessReport()).isNotEmpty();
    // JSON-B writes it (the REST answer) and the export is on the client's own audit trail
    assertThat(jakarta.json.bind.JsonbBuilder.create().toJson(data))
        .contains("\"schema\":\"aso-client-data/1\"", RECENT.email());
    for (String language : List.of("fi", "sv")) {
      byte[] pdf =
          Transactions.inTransaction(
              world.emf, em -> export(em).pdf(recentCase, Locale.of(language)));
      java.nio.file.Path file = java.nio.file.Path.of("target", "client-data-" + language + ".pdf");
      java.nio.file.Files.write(file, pdf);
      String text = pdfText(pdf);
      assertThat(text)
          .contains(RECENT.name(), "Joensuun Kodit")
          .contains(language.equals("fi") ? "Suostumukset" : "Samtycken")
          .contains(language.equals("fi") ? "Tuettu asuminen" : "Stödboende");
      assertThat(fi.aso.testing.ForeignWords.in(text, language)).isEmpty();
    }
    try (Connection db = EmbeddedDatabase.platform(DB).getConnection()) {
      assertThat(
              strings(
                  db,
                  "select purpose from audit_event where client_case_id = "
                      + recentCase
                      + " and object_type = 'ClientData'"))
          .containsExactly(
              "client's own data export",
              "client's own data export PDF",
              "client's own data export PDF");
    }
  }

  private static ClientDataExport export(EntityManager em) {
    var services = TestServices.of(em, "chair", NOW);
    return new ClientDataExport(
        em, services.caseAccess(), services.caseAccessReport(), services.audit(), services.clock);
  }

  private static String pdfText(byte[] pdf) {
    try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Polls pg_locks (no sleep-and-hope) until a session waits for another's transaction. */
  private static void awaitSecondNodeWaiting() throws SQLException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection db = EmbeddedDatabase.owner(DB).getConnection()) {
      while (System.nanoTime() < until) {
        if (!strings(db, "select 1 from pg_locks where not granted").isEmpty()) {
          return;
        }
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("the second node never waited for the first one's run");
  }

  /** The run's log lines in the order the run wrote them (the log reads newest first). */
  private static List<Expired> logOf(long run) {
    List<Expired> log =
        new ArrayList<>(
            Transactions.inTransaction(
                world.emf,
                em ->
                    new JpaRetentionStore(em)
                        .logOf(world.region, 1000).stream()
                            .filter(r -> r.runId() == run)
                            .map(r -> r.what())
                            .toList()));
    java.util.Collections.reverse(log);
    return log;
  }

  /**
   * Every column of every table of the database (from information_schema, so tables added later are
   * searched too) that holds the text: text, JSON and arrays as text, bytea as bytes.
   */
  static List<String> columnsHolding(String text) throws SQLException {
    DataSource owner = EmbeddedDatabase.owner(DB);
    List<String> found = new ArrayList<>();
    try (Connection db = owner.getConnection();
        PreparedStatement columns =
            db.prepareStatement(
                "select c.table_name, c.column_name, c.data_type from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE'"
                    + " where c.table_schema = 'public'");
        ResultSet all = columns.executeQuery()) {
      while (all.next()) {
        String table = all.getString(1);
        String column = all.getString(2);
        String type = all.getString(3);
        String where =
            switch (type) {
              case "bytea" -> "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0";
              case "text",
                  "character varying",
                  "character",
                  "json",
                  "jsonb",
                  "ARRAY",
                  "USER-DEFINED" ->
                  "strpos(lower(\"" + column + "\"::text), lower(?)) > 0";
              default -> null;
            };
        if (where == null) {
          continue;
        }
        try (PreparedStatement s =
            db.prepareStatement("select 1 from \"" + table + "\" where " + where + " limit 1")) {
          s.setString(1, text);
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              found.add(table + "." + column);
            }
          }
        }
      }
    }
    return found;
  }

  private static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var s = db.createStatement();
        var r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
