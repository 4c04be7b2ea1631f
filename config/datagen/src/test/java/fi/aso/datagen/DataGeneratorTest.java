package fi.aso.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aso.application.clientcase.CaseView;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.keys.KeyRing;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.infrastructure.audit.AuditChainVerifier;
import fi.aso.infrastructure.audit.ChainReport;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The generator on a real PostgreSQL migrated by the platform's migrations: the same seed gives the
 * same data, the platform's own code reads it (the audit chain verifies, the case file service
 * reads a case and seals its audit row onto the generated chain, the JPA mapping loads the cases,
 * the identity codes open with the platform's keys, a statistics rebuild gives the facts the
 * triggers wrote), and a scaled-down national run has each region's years.
 */
class DataGeneratorTest {

  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 1);
  private static final DataProtection KEYS =
      new DataProtection(KeyRing.of("gen", bytes(1)), KeyRing.of("gen", bytes(2)));

  /** The tables compared, each with the columns that differ by design left out. */
  private static final List<String> TABLES =
      List.of(
          "region",
          "organisation",
          "region_organisation",
          "contact_person",
          "staff_user",
          "staff_user_role",
          "client_case",
          "case_state_change",
          "consent",
          "consent_recipient",
          "consent_recipient_category",
          "meeting",
          "client_slot",
          "slot_invitee",
          "slot_record",
          "invitation",
          "outbound_message",
          "outbound_disclosure",
          "minutes",
          "minutes_copy",
          "action_item",
          "follow_up_point",
          "audit_event",
          "statistics_fact");

  @Test
  void theSameSeedGivesTheSameData() throws Exception {
    List<String> first = dump(generate("datagen_same_a", "1x", 7));
    List<String> second = dump(generate("datagen_same_b", "1x", 7));
    assertEquals(first, second);
    List<String> other = dump(generate("datagen_other", "1x", 8));
    assertFalse(first.equals(other), "another seed gives other data");
  }

  @Test
  void oneRegionsYearIsTheDemosSizeAndThePlatformReadsIt() throws Exception {
    var emf = EmbeddedDatabase.entityManagerFactory("datagen_read");
    DataSource owner = EmbeddedDatabase.owner("datagen_read");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Long> counts =
        new DataGenerator(
                Scale.parse("1x"),
                3,
                UNTIL,
                KEYS,
                new PrintStream(out, true, StandardCharsets.UTF_8))
            .generate(withBatches(owner));
    assertEquals(1, counts.get("region"));
    assertEquals(20, counts.get("client_case"));
    assertEquals(12, counts.get("meeting"));
    assertTrue(counts.get("audit_event") > 500, counts.toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("rows/s"), out.toString());

    try (Connection c = EmbeddedDatabase.platform("datagen_read").getConnection()) {
      ChainReport chain = AuditChainVerifier.verify(c);
      assertTrue(chain.intact(), chain.toString());
      assertEquals(counts.get("audit_event"), chain.checked());
      assertEquals(0, count(c, "select count(*) from statistics_pending"));
      assertTrue(
          count(
                      c,
                      "select count(*) from consent where withdrawn_at is not null"
                          + " or id in (select consent_id from consent_recipient where withdrawn_at is not null)")
                  + count(
                      c,
                      "select count(*) from consent c where not exists (select 1 from"
                          + " consent_recipient r where r.consent_id = c.id)")
              > 0,
          "refusals or withdrawals");
      Map<String, Long> facts = facts(c);
      assertTrue(facts.get("REFERRED") == 20, facts.toString());
      assertTrue(
          facts.containsKey("MEETING_HELD")
              && facts.containsKey("ACTION_DONE")
              && facts.containsKey("FOLLOW_UP_3"),
          facts.toString());
      try (var s = c.createStatement()) {
        s.execute("select statistics_rebuild()");
      }
      assertEquals(facts, facts(c), "a rebuild counts what the triggers wrote");
      try (var s = c.createStatement();
          ResultSet rs = s.executeQuery("select pic_hash, pic_encrypted from client_case")) {
        while (rs.next()) {
          assertEquals(rs.getString(1), KEYS.keyedHash(KEYS.decrypt(rs.getString(2))));
        }
      }
    }
    var em = emf.createEntityManager();
    try {
      long caseId;
      String worker;
      try (Connection c = EmbeddedDatabase.platform("datagen_read").getConnection();
          var s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select c.id, u.username from client_case c join staff_user u on u.id ="
                      + " c.case_worker_id order by c.id limit 1")) {
        rs.next();
        caseId = rs.getLong(1);
        worker = rs.getString(2);
      }
      em.getTransaction().begin();
      CaseView view =
          TestServices.of(em, worker, UNTIL.atStartOfDay(YearOfWork.FINLAND).toInstant())
              .withProtection(KEYS)
              .caseFile()
              .read(caseId, "generated data read by the platform");
      em.getTransaction().commit();
      assertEquals("G01-2026-0001", view.reference());
      assertFalse(view.visibleCategories().isEmpty());
      try (Connection c = EmbeddedDatabase.platform("datagen_read").getConnection()) {
        ChainReport chain = AuditChainVerifier.verify(c);
        assertTrue(chain.intact(), "the platform's own audit row seals onto the chain: " + chain);
        assertEquals(counts.get("audit_event") + 1, chain.checked());
      }
      List<ClientCase> cases =
          em.createQuery("select c from ClientCase c order by c.id", ClientCase.class)
              .getResultList();
      assertEquals(20, cases.size());
      for (ClientCase kase : cases) {
        assertFalse(kase.fullName().isBlank());
      }
    } finally {
      em.close();
      emf.close();
    }
  }

  @Test
  void aScaledDownNationalRunHasEveryRegionsYears() throws Exception {
    DataSource owner = generate("datagen_national", "3x2", 11);
    try (Connection c = owner.getConnection();
        var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select r.code, extract(year from c.referred_at at time zone 'Europe/Helsinki'),"
                    + " count(*) from client_case c join region r on r.id = c.region_id"
                    + " group by 1, 2 order by 1, 2")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getLong(3));
      }
      int n = Scale.NATIONAL_CLIENTS_PER_YEAR;
      List<String> expected = new ArrayList<>();
      for (String region : List.of("gen-01", "gen-02", "gen-03")) {
        expected.add(region + " 2025 " + n);
        expected.add(region + " 2026 " + n);
      }
      assertEquals(expected, rows, "each region's clients of each year");
      assertEquals(3 * 2 * 12, count(c, "select count(*) from meeting"));
      assertTrue(count(c, "select count(*) from invitation") > 3 * 2 * n * 2);
      assertTrue(count(c, "select count(*) from outbound_message where status = 'SENT'") > 1000);
      assertTrue(AuditChainVerifier.verify(c).intact());
    }
  }

  private static DataSource generate(String database, String scale, long seed) throws Exception {
    EmbeddedDatabase.migratedDatabase(database);
    DataSource owner = withBatches(EmbeddedDatabase.owner(database));
    new DataGenerator(
            Scale.parse(scale), seed, UNTIL, KEYS, new PrintStream(PrintStream.nullOutputStream()))
        .generate(owner);
    return owner;
  }

  private static DataSource withBatches(DataSource dataSource) {
    ((PGSimpleDataSource) dataSource).setReWriteBatchedInserts(true);
    return dataSource;
  }

  /** Every table's rows as text, ordered; sealed identity codes and fact keys left out. */
  private static List<String> dump(DataSource owner) throws SQLException {
    List<String> all = new ArrayList<>();
    try (Connection c = owner.getConnection();
        var s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("select * from " + table + " order by 1, 2")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= n; i++) {
              String column = rs.getMetaData().getColumnName(i);
              if (!column.equals("pic_encrypted") && !column.equals("fact_key")) {
                row.append('|').append(column).append('=').append(rs.getString(i));
              }
            }
            all.add(row.toString());
          }
        }
      }
    }
    return all;
  }

  private static Map<String, Long> facts(Connection c) throws SQLException {
    Map<String, Long> facts = new TreeMap<>();
    try (var s = c.createStatement();
        ResultSet rs = s.executeQuery("select kind, count(*) from statistics_fact group by kind")) {
      while (rs.next()) {
        facts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return facts;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static byte[] bytes(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
