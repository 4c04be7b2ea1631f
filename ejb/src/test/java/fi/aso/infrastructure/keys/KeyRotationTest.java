package fi.aso.infrastructure.keys;

import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.consent.ConsentGrant;
import fi.aso.application.keys.KeyRing;
import fi.aso.application.keys.KeyedHash;
import fi.aso.application.keys.Sealing;
import fi.aso.application.referral.NewReferral;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seal with key A, rotate to key B, remove A from the configuration, read everything back: scans,
 * identity codes (sealed copy and keyed hash), webhook keys and kept mails, on a real PostgreSQL,
 * including values stored before key ids.
 */
class KeyRotationTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final byte[] LEGACY = bytes('L');
  private static final byte[] A = bytes('A');
  private static final byte[] B = bytes('B');
  private static final byte[] HASH_A = bytes('h');
  private static final byte[] HASH_B = bytes('H');

  /** Before: sealing under A, with the pre-key-id key retired (as an upgraded platform has it). */
  private static final DataProtection BEFORE =
      new DataProtection(
          KeyRing.of(KeyRing.LEGACY, LEGACY).rotatedTo("a", A),
          KeyRing.of(KeyRing.LEGACY, LEGACY).rotatedTo("ha", HASH_A));

  /** During: every node has B as current and the old keys retired; the rotation runs. */
  private static final KeyRing DATA_DURING =
      KeyRing.of(KeyRing.LEGACY, LEGACY).rotatedTo("a", A).rotatedTo("b", B);

  private static final KeyRing HASH_DURING =
      KeyRing.of(KeyRing.LEGACY, LEGACY).rotatedTo("ha", HASH_A).rotatedTo("hb", HASH_B);

  /** After: the old keys are gone from the configuration. */
  private static final DataProtection AFTER =
      new DataProtection(KeyRing.of("b", B), KeyRing.of("hb", HASH_B));

  private static final String CODE = "131052-308T";
  private static final String OLD_CODE = "010594Y9032";

  /** A real (harmless) PDF: scans are checked by their content. */
  private static final byte[] SCAN = fi.aso.testing.ScanFiles.pdf();

  private static final String MAIL = "Subject: Vastaus\r\n\r\nAsiakkaan asiasta jotain";

  private static EntityManagerFactory emf;
  private static DataSource database;
  private static long prison;
  private static long kodit;
  private static long sote;

  @BeforeAll
  static void world() {
    emf = EmbeddedDatabase.entityManagerFactory("key_rotation");
    database = EmbeddedDatabase.server().getDatabase("postgres", "key_rotation");
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    Region region = new Region("joensuu", "Joensuu", "Europe/Helsinki");
    em.persist(region);
    Organisation p = new Organisation("Joensuun vankila", OrganisationType.PRISON, region);
    Organisation k =
        new Organisation("Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY, region);
    Organisation s = new Organisation("Siun sote", OrganisationType.ADULT_SOCIAL_WORK, region);
    List.of(p, k, s).forEach(em::persist);
    StaffUser caseWorker = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    caseWorker.placeIn(region, p);
    StaffUser admin = new StaffUser("admin", "Aino", Set.of(Role.ADMIN));
    admin.placeIn(region, p);
    em.persist(caseWorker);
    em.persist(admin);
    em.getTransaction().commit();
    prison = p.id();
    kodit = k.id();
    sote = s.id();
    em.close();
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void everythingSealedUnderOldKeysIsResealedAndReadsBackWithOnlyTheNewKeys() throws Exception {
    // sealed and hashed under A: a referral, its consent's scan, a webhook key, a kept mail
    long client = as(BEFORE, "caseworker", s -> s.referrals().refer(referral("Matti", CODE)));
    as(
        BEFORE,
        "caseworker",
        s -> {
          s.consentRegistry()
              .recordPaperConsent(
                  client,
                  new ConsentGrant(
                      Map.of(kodit, Set.of(IDENTITY_AND_RELEASE)),
                      LocalDate.of(2027, 6, 30),
                      "fi-2026-1"));
          s.consentRegistry().attachScan(client, 1, "suostumus.pdf", SCAN);
          return null;
        });
    String webhookKey =
        as(BEFORE, "admin", s -> s.networkAdmin().useWebhook(kodit, "https://kodit.test/hook"))
            .orElseThrow();
    as(
        BEFORE,
        "inbox",
        s -> s.replies().receive("<m1@kodit.test>", ReplySender.from("x@kodit.test"), null, MAIL));
    // and stored before key ids, under the legacy key: an identity code and a webhook key
    long oldClient =
        as(BEFORE, "caseworker", s -> s.referrals().refer(referral("Liisa", OLD_CODE)));
    byte[] oldWebhookKey = bytes('w');
    storedTheOldWay(oldClient, sote, oldWebhookKey);

    // removing A before the rotation would lose it: that is why the rotation comes first
    assertThatThrownBy(() -> as(AFTER, "caseworker", s -> s.consentRegistry().scan(client, 1)))
        .hasMessageContaining("key 'a', which is not configured");

    List<String> progress = new ArrayList<>();
    KeyRotation.Report first = rotation(1, progress).run();

    assertThat(first.changed())
        .containsExactly(
            Map.entry("scanned consent forms", 1),
            Map.entry("webhook keys", 2),
            Map.entry("kept reply mails", 1),
            Map.entry("identity codes", 2));
    assertThat(first.complete()).isTrue();
    assertThat(progress)
        .contains("webhook keys: 1 under the current key", "webhook keys: 2 under the current key");
    assertThat(rotation(100, new ArrayList<>()).run().changed().values())
        .as("a second run finds nothing to do")
        .containsOnly(0);
    assertThat(keyIds("select sealed from consent_document")).containsOnly("b");
    assertThat(keyIds("select webhook_secret from organisation where webhook_secret is not null"))
        .containsOnly("b");
    assertThat(keyIds("select sealed_raw from inbound_reply")).containsOnly("b");
    assertThat(column("select pic_hash from client_case")).allMatch(h -> h.startsWith("hb:"));

    // only B is configured now: everything reads back
    assertThat(
            as(AFTER, "caseworker", s -> s.consentRegistry().scan(client, 1))
                .orElseThrow()
                .content())
        .isEqualTo(SCAN);
    assertThat(identityCode(client)).isEqualTo(PersonalIdentityCode.parse(CODE));
    assertThat(identityCode(oldClient)).isEqualTo(PersonalIdentityCode.parse(OLD_CODE));
    assertThat(webhookKey(kodit)).isEqualTo(Base64.getDecoder().decode(webhookKey));
    assertThat(webhookKey(sote)).isEqualTo(oldWebhookKey);
    long kept = as(AFTER, "admin", s -> s.replies().unhandled()).getFirst().id();
    String opened = as(AFTER, "admin", s -> s.replies().open(kept));
    assertThat(opened).isEqualTo(MAIL);
    // the keyed hashes were re-made under the new hash key: the same people are still recognised
    for (String code : List.of(CODE, OLD_CODE)) {
      assertThatThrownBy(
              () -> as(AFTER, "caseworker", s -> s.referrals().refer(referral("Taas", code))))
          .isInstanceOf(Refusal.class)
          .hasMessageContaining("already has a case");
    }
  }

  @Test
  void aValueUnderAKeyThatIsNotConfiguredStopsTheRotationNamingTheRowNotItsContent()
      throws Exception {
    byte[] lost = new Sealing(KeyRing.of("lost", bytes('x'))).seal(MAIL.getBytes());
    long row;
    try (Connection c = database.getConnection();
        var insert =
            c.prepareStatement(
                "insert into inbound_reply (received_at, outcome, sealed_raw)"
                    + " values (now(), 'UNPARSEABLE', ?) returning id")) {
      insert.setBytes(1, lost);
      var rs = insert.executeQuery();
      rs.next();
      row = rs.getLong(1);
    }
    try {
      assertThatThrownBy(() -> rotation(10, new ArrayList<>()).run())
          .hasMessage(
              "inbound_reply "
                  + row
                  + ": a value is sealed under key 'lost', which is not configured")
          .hasMessageNotContaining("Asiakkaan");
    } finally {
      try (Connection c = database.getConnection()) {
        c.createStatement().executeUpdate("delete from inbound_reply where id = " + row);
      }
    }
  }

  private static KeyRotation rotation(int batch, List<String> progress) {
    return new KeyRotation(
        database, new Sealing(DATA_DURING), new KeyedHash(HASH_DURING), batch, progress::add);
  }

  private static PersonalIdentityCode identityCode(long client) {
    return Transactions.inTransaction(
        emf,
        em ->
            AFTER.decrypt(em.find(ClientCase.class, client).encryptedIdentityCode().orElseThrow()));
  }

  private static byte[] webhookKey(long organisation) {
    return Transactions.inTransaction(
        emf,
        em ->
            AFTER.open(
                em.find(Organisation.class, organisation).sealedWebhookSecret().orElseThrow()));
  }

  /** What the platform stored before key ids: AES-GCM without a header, HMAC as plain hex. */
  private static void storedTheOldWay(long client, long organisation, byte[] webhookKey)
      throws Exception {
    try (Connection c = database.getConnection();
        var code =
            c.prepareStatement(
                "update client_case set pic_encrypted = ?, pic_hash = ? where id = ?");
        var webhook =
            c.prepareStatement(
                "update organisation set webhook_url = 'https://sote.test/hook',"
                    + " webhook_secret = ? where id = ?")) {
      code.setString(1, Base64.getEncoder().encodeToString(oldSeal(OLD_CODE.getBytes())));
      code.setString(2, oldHash(OLD_CODE));
      code.setLong(3, client);
      code.executeUpdate();
      webhook.setBytes(1, oldSeal(webhookKey));
      webhook.setLong(2, organisation);
      webhook.executeUpdate();
    }
  }

  private static byte[] oldSeal(byte[] plain) throws Exception {
    byte[] iv = Arrays.copyOf(bytes('i'), 12);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(LEGACY, "AES"), new GCMParameterSpec(128, iv));
    byte[] body = cipher.doFinal(plain);
    return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
  }

  private static String oldHash(String code) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(LEGACY, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
  }

  private static List<String> keyIds(String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = database.getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        ids.add(Sealing.keyIdOf(rs.getBytes(1)));
      }
    }
    return ids;
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database.getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static NewReferral referral(String name, String code) {
    return new NewReferral(
        name,
        PersonalIdentityCode.parse(code).dateOfBirth(),
        code,
        ClientKind.PRISONER,
        prison,
        LocalDate.of(2027, 3, 1),
        Map.of(Referral.Topic.WISHES, "Oma asunto"));
  }

  private static <T> T as(DataProtection keys, String username, Function<TestServices, T> work) {
    return Transactions.inTransaction(
        emf, em -> work.apply(TestServices.of(em, username, NOW).withProtection(keys)));
  }

  private static byte[] bytes(char fill) {
    return String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII);
  }
}
