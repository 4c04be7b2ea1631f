package fi.aso.infrastructure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash chain, computed again outside the database: the same canonical form as
 * {@code audit_event_canonical} in migration V21 (which seals each row as it commits). A row's hash
 * is SHA-256 over the previous row's hash and the row's own fields, so changing or removing a row
 * breaks every link from there on.
 */
public final class AuditChain {

  /** The "previous hash" of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** One sealed row as the database holds it. */
  public record SealedRow(
      long position,
      String hash,
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String objectType,
      String objectId,
      Long clientCaseId,
      String purpose,
      String outcome,
      String requestId,
      String sourceAddress) {}

  /** What the row's hash should be, given the hash of the row before it. */
  public static String hash(String previousHash, SealedRow row) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical(previousHash, row).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Fields joined by '|', texts prefixed with their UTF-8 length, null as '-'. */
  static String canonical(String previousHash, SealedRow row) {
    return String.join(
        "|",
        Long.toString(row.position()),
        previousHash,
        Long.toString(row.id()),
        Long.toString(micros(row.occurredAt())),
        text(row.actor()),
        text(row.action()),
        text(row.objectType()),
        text(row.objectId()),
        row.clientCaseId() == null ? "-" : row.clientCaseId().toString(),
        text(row.purpose()),
        text(row.outcome()),
        text(row.requestId()),
        text(row.sourceAddress()));
  }

  private static String text(String value) {
    return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
  }

  // PostgreSQL keeps microseconds
  private static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }
}
