package fi.aso.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail on a real PostgreSQL, through the production JPA mappings. */
class AuditTrailTest {

  private static EntityManagerFactory emf;

  @BeforeAll
  static void database() {
    emf = EmbeddedDatabase.entityManagerFactory("audit_trail");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void recordsWhoWhenWhatAndWhyAndReadsThemBackPerClientCase() {
    Instant now = Instant.parse("2026-11-25T10:15:30Z");
    AuditEvent written =
        inTransaction(
            trail ->
                trail.record(
                    AuditRecord.success(
                            AuditAction.READ, "ClientCase", "42", "chair prepares the meeting")
                        .aboutClientCase(42)),
            "chair",
            now);

    List<AuditEvent> forCase = read(trail -> trail.forClientCase(42));

    assertThat(forCase).hasSize(1);
    AuditEvent read = forCase.get(0);
    assertThat(read.id()).isEqualTo(written.id());
    assertThat(read.actor()).isEqualTo("chair");
    assertThat(read.occurredAt()).isEqualTo(now);
    assertThat(read.action()).isEqualTo(AuditAction.READ);
    assertThat(read.objectType()).isEqualTo("ClientCase");
    assertThat(read.objectId()).contains("42");
    assertThat(read.purpose()).isEqualTo("chair prepares the meeting");
    assertThat(read.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(read.clientCaseId()).contains(42L);
  }

  @Test
  void eachLineNamesTheClientAddressTheRequestCameFrom() {
    CallerIdentity caller = CallerIdentity.of("caseworker");
    caller.setSourceAddress("2001:db8::17");
    caller.setRequestId("request-1");
    AuditEvent written =
        Transactions.inTransaction(
            emf,
            em ->
                TestServices.of(em, caller, java.time.Clock.systemUTC())
                    .audit()
                    .record(
                        AuditRecord.success(AuditAction.READ, "ClientCase", "77", "address test")
                            .aboutClientCase(77)));

    assertThat(read(trail -> trail.forClientCase(77)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(written.id());
              assertThat(e.sourceAddress()).contains("2001:db8::17");
            });
  }

  @Test
  void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRowsEvenToItsOwner() throws SQLException {
    inTransaction(
        trail -> trail.record(AuditRecord.success(AuditAction.UPDATE, "Region", "1", "test")),
        "admin",
        Instant.now());

    try (Connection c = connection();
        var s = c.createStatement()) {
      assertThat(
              catchThrowable(
                  () -> s.executeUpdate("update audit_event set actor = 'someone else'")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThat(catchThrowable(() -> s.executeUpdate("delete from audit_event")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThat(catchThrowable(() -> s.executeUpdate("truncate audit_event")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      var rs = s.executeQuery("select count(*) from audit_event where actor = 'someone else'");
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void removingAnAuditEventThroughJpaFailsAndTheRowStays() {
    AuditEvent event =
        inTransaction(
            trail ->
                trail.record(AuditRecord.success(AuditAction.DELETE, "Organisation", "7", "test")),
            "admin",
            Instant.now());

    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    em.remove(em.find(AuditEvent.class, event.id()));
    Throwable failure = catchThrowable(() -> em.getTransaction().commit());
    em.close();

    assertThat(failure).isNotNull();
    assertThat(read(trail -> trail.forObject("Organisation", "7"))).hasSize(1);
  }

  @Test
  void theAuditTrailOffersNoWayToChangeOrRemoveEvents() {
    List<String> publicMethods =
        Arrays.stream(AuditTrail.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .toList();
    assertThat(publicMethods)
        .containsExactlyInAnyOrder(
            "record",
            "recordIndependently",
            "recordAboutEach",
            "recordAs",
            "recordFor",
            "forObject",
            "forClientCase",
            "recent");
    assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
        .noneMatch(name -> name.startsWith("set"));
  }

  @Test
  void aRecordMustSayWhy() {
    assertThat(catchThrowable(() -> AuditRecord.success(AuditAction.READ, "ClientCase", "1", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purpose");
  }

  private static AuditEvent inTransaction(
      Function<AuditTrail, AuditEvent> work, String actor, Instant at) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      AuditEvent event = work.apply(trail(em, actor, at));
      em.getTransaction().commit();
      return event;
    } finally {
      em.close();
    }
  }

  private static List<AuditEvent> read(Function<AuditTrail, List<AuditEvent>> query) {
    EntityManager em = emf.createEntityManager();
    try {
      return query.apply(trail(em, "reader", Instant.now()));
    } finally {
      em.close();
    }
  }

  private static AuditTrail trail(EntityManager em, String actor, Instant at) {
    return TestServices.of(em, actor, at).audit();
  }

  /** As the schema's owner: the platform's own role may not even try (AuditChainTest). */
  private static Connection connection() throws SQLException {
    return EmbeddedDatabase.owner("audit_trail").getConnection();
  }
}
