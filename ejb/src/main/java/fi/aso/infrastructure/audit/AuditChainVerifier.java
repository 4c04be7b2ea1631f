package fi.aso.infrastructure.audit;

import fi.aso.infrastructure.audit.AuditChain.SealedRow;
import fi.aso.infrastructure.audit.ChainReport.BrokenLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Walks the audit trail's chain in order and recomputes every hash: the first row whose hash does
 * not follow from the one before (changed), a position that is missing (removed) or a row without a
 * seal (written with the seal trigger switched off) is the first broken link. Reads in batches by
 * position, so it needs nothing but SELECT on {@code audit_event} and no open transaction.
 */
public final class AuditChainVerifier {

  private static final int BATCH = 1000;

  private static final String ROWS =
      "select chain_position, chain_hash, id, occurred_at, actor, action, object_type, object_id,"
          + " client_case_id, purpose, outcome, request_id, source_address from audit_event"
          + " where chain_position > ? order by chain_position limit "
          + BATCH;

  private AuditChainVerifier() {}

  /** The whole chain from its first row. */
  public static ChainReport verify(Connection connection) throws SQLException {
    return verifyFrom(connection, 0, AuditChain.GENESIS);
  }

  /**
   * The chain after a head verified before ({@code position} 0: from the start): that row must
   * still carry {@code hash}, and every row after it must follow.
   */
  public static ChainReport verifyFrom(Connection connection, long position, String hash)
      throws SQLException {
    if (position > 0 && !hash.equals(hashAt(connection, position).orElse(null))) {
      return broken(
          0,
          position,
          hash,
          new BrokenLink(position, null, "the head verified before is gone or was changed"));
    }
    long checked = 0;
    long expected = position + 1;
    String previous = hash;
    try (PreparedStatement rows = connection.prepareStatement(ROWS)) {
      while (true) {
        rows.setLong(1, expected - 1);
        int inBatch = 0;
        try (ResultSet rs = rows.executeQuery()) {
          while (rs.next()) {
            inBatch++;
            SealedRow row = row(rs);
            if (row.position() != expected) {
              return broken(
                  checked,
                  expected - 1,
                  previous,
                  new BrokenLink(expected, null, "is missing: the row sealed there was removed"));
            }
            if (!AuditChain.hash(previous, row).equals(row.hash())) {
              return broken(
                  checked,
                  expected - 1,
                  previous,
                  new BrokenLink(
                      expected,
                      row.id(),
                      "does not match its seal: the row or its hash was changed after it was"
                          + " written"));
            }
            checked++;
            previous = row.hash();
            expected++;
          }
        }
        if (inBatch < BATCH) {
          break;
        }
      }
    }
    Optional<Long> unsealed = firstUnsealed(connection);
    if (unsealed.isPresent()) {
      return broken(
          checked,
          expected - 1,
          previous,
          new BrokenLink(
              null,
              unsealed.get(),
              "has no seal: it was written with the seal trigger switched off"));
    }
    return new ChainReport(checked, expected - 1, previous, Optional.empty());
  }

  private static ChainReport broken(
      long checked, long headPosition, String headHash, BrokenLink link) {
    return new ChainReport(checked, headPosition, headHash, Optional.of(link));
  }

  private static Optional<String> hashAt(Connection connection, long position) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "select chain_hash from audit_event where chain_position = ?")) {
      s.setLong(1, position);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  // a committed row is always sealed (the seal runs in its own transaction's commit)
  private static Optional<Long> firstUnsealed(Connection connection) throws SQLException {
    try (var s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select min(id) from audit_event where chain_position is null")) {
      rs.next();
      long id = rs.getLong(1);
      return rs.wasNull() ? Optional.empty() : Optional.of(id);
    }
  }

  private static SealedRow row(ResultSet rs) throws SQLException {
    long caseId = rs.getLong("client_case_id");
    Long clientCaseId = rs.wasNull() ? null : caseId;
    return new SealedRow(
        rs.getLong("chain_position"),
        rs.getString("chain_hash"),
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        clientCaseId,
        rs.getString("purpose"),
        rs.getString("outcome"),
        rs.getString("request_id"),
        rs.getString("source_address"));
  }
}
