package fi.aso.infrastructure.keys;

import fi.aso.application.keys.KeyedHash;
import fi.aso.application.keys.Sealing;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Re-seals everything sealed under another key than the current data key, and re-hashes identity
 * codes whose keyed hash is under another key than the current hash key (from their sealed copy,
 * which is why the hash key can be rotated at all). Works in batches, each its own transaction with
 * its rows locked, so that the platform can keep running and an interrupted run is simply run
 * again; what is already under the current keys is not touched, so a second run does nothing.
 *
 * <p>Plain JDBC rather than JPA: it runs as a command outside the container, and what it changes is
 * bytes the entities never interpret.
 */
public final class KeyRotation {

  /** Every sealed column: the rotation must know them all, or a retired key cannot be removed. */
  static final List<SealedColumn> SEALED =
      List.of(
          new SealedColumn("consent_document", "sealed", "scanned consent forms"),
          new SealedColumn("organisation", "webhook_secret", "webhook keys"),
          new SealedColumn("inbound_reply", "sealed_raw", "kept reply mails"));

  /** A bytea column of values sealed by {@link Sealing}. */
  record SealedColumn(String table, String column, String what) {

    String notCurrent() {
      return column + " is not null and substring(" + column + " from 1 for ?) <> ?";
    }
  }

  /** How many values each column had re-sealed, and how many are still under other keys. */
  public record Report(Map<String, Integer> changed, Map<String, Long> left) {

    public boolean complete() {
      return left.values().stream().allMatch(n -> n == 0);
    }
  }

  private static final String IDENTITY_CODES = "identity codes";
  private static final String CODES_NOT_CURRENT =
      "pic_encrypted is not null and (substring(decode(pic_encrypted, 'base64') from 1 for ?) <> ?"
          + " or left(pic_hash, ?) is distinct from ?)";

  private final DataSource database;
  private final Sealing sealing;
  private final KeyedHash hashing;
  private final int batchSize;
  private final Consumer<String> progress;

  public KeyRotation(
      DataSource database,
      Sealing sealing,
      KeyedHash hashing,
      int batchSize,
      Consumer<String> progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.database = database;
    this.sealing = sealing;
    this.hashing = hashing;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  public Report run() throws SQLException {
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (SealedColumn column : SEALED) {
      changed.put(column.what(), reseal(column));
    }
    changed.put(IDENTITY_CODES, rekeyIdentityCodes());
    Map<String, Long> left = new LinkedHashMap<>();
    try (Connection c = database.getConnection()) {
      for (SealedColumn column : SEALED) {
        left.put(column.what(), count(c, column.table(), column.notCurrent(), false));
      }
      left.put(IDENTITY_CODES, count(c, "client_case", CODES_NOT_CURRENT, true));
    }
    return new Report(changed, left);
  }

  private int reseal(SealedColumn column) throws SQLException {
    String select =
        "select id, "
            + column.column()
            + " from "
            + column.table()
            + " where "
            + column.notCurrent()
            + " and id > ? order by id limit ? for update";
    String update = "update " + column.table() + " set " + column.column() + " = ? where id = ?";
    return inBatches(
        column.what(),
        select,
        false,
        (c, rows) -> {
          try (PreparedStatement u = c.prepareStatement(update)) {
            for (Row row : rows) {
              u.setBytes(1, sealing.seal(open(column.table(), row)));
              u.setLong(2, row.id());
              u.addBatch();
            }
            u.executeBatch();
          }
        });
  }

  private int rekeyIdentityCodes() throws SQLException {
    String select =
        "select id, pic_encrypted from client_case where "
            + CODES_NOT_CURRENT
            + " and id > ? order by id limit ? for update";
    String update = "update client_case set pic_encrypted = ?, pic_hash = ? where id = ?";
    return inBatches(
        IDENTITY_CODES,
        select,
        true,
        (c, rows) -> {
          try (PreparedStatement u = c.prepareStatement(update)) {
            for (Row row : rows) {
              byte[] code = open("client_case", row);
              u.setString(1, Base64.getEncoder().encodeToString(sealing.seal(code)));
              u.setString(2, hashing.hash(new String(code, StandardCharsets.US_ASCII)));
              u.setLong(3, row.id());
              u.addBatch();
            }
            u.executeBatch();
          }
        });
  }

  /** Rows (id, sealed bytes) in id order, a batch per transaction, each row visited once. */
  private int inBatches(String what, String select, boolean codes, Work work) throws SQLException {
    int done = 0;
    long after = 0;
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      while (true) {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select)) {
          int next = bindNotCurrent(s, codes);
          s.setLong(next, after);
          s.setInt(next + 1, batchSize);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              byte[] sealed = codes ? Base64.getDecoder().decode(rs.getString(2)) : rs.getBytes(2);
              rows.add(new Row(rs.getLong(1), sealed));
            }
          }
        }
        if (rows.isEmpty()) {
          c.commit();
          return done;
        }
        try {
          work.apply(c, rows);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
        done += rows.size();
        after = rows.getLast().id();
        progress.accept(what + ": " + done + " under the current key");
      }
    }
  }

  private long count(Connection c, String table, String notCurrent, boolean codes)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from " + table + " where " + notCurrent)) {
      bindNotCurrent(s, codes);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Binds "not under the current key(s)"; returns the next parameter index. */
  private int bindNotCurrent(PreparedStatement s, boolean codes) throws SQLException {
    byte[] header = Sealing.header(sealing.currentKeyId());
    s.setInt(1, header.length);
    s.setBytes(2, header);
    if (!codes) {
      return 3;
    }
    String prefix = KeyedHash.prefix(hashing.currentKeyId());
    s.setInt(3, prefix.length());
    s.setString(4, prefix);
    return 5;
  }

  private byte[] open(String table, Row row) {
    try {
      return sealing.open(row.sealed());
    } catch (IllegalStateException e) {
      // which row, so that the operator can decide; never what it holds
      throw new IllegalStateException(table + " " + row.id() + ": " + e.getMessage(), e);
    }
  }

  private record Row(long id, byte[] sealed) {}

  @FunctionalInterface
  private interface Work {
    void apply(Connection c, List<Row> rows) throws SQLException;
  }
}
