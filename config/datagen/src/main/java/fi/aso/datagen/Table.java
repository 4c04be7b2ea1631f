package fi.aso.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table made for the unit being written (a region's year), inserted in one JDBC
 * batch that the driver rewrites into multi-row inserts ({@code reWriteBatchedInserts}). Ids are
 * taken from the table's own sequence in blocks ({@link #nextId}), so children can name their
 * parents before anything is sent, and two runs on fresh databases give the same ids.
 */
final class Table {

  private static final int ID_BLOCK = 5000;

  private final String name;
  private final String sql;
  private final int columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final Map<Long, Object[]> pendingById = new HashMap<>();
  private final boolean hasIdSequence;
  private long nextId;
  private long lastReserved = -1;
  private long written;

  /** A table whose first column is its bigserial id. */
  Table(String name, String... columnNames) {
    this(name, true, columnNames);
  }

  Table(String name, boolean hasIdSequence, String... columnNames) {
    this.name = name;
    this.hasIdSequence = hasIdSequence;
    this.columns = columnNames.length;
    this.sql =
        "insert into "
            + name
            + " ("
            + String.join(", ", columnNames)
            + ") values ("
            + String.join(", ", Collections.nCopies(columnNames.length, "?"))
            + ")";
  }

  String name() {
    return name;
  }

  long written() {
    return written;
  }

  /** The next id of this table's sequence (reserved a block at a time). */
  long nextId(Connection c) throws SQLException {
    if (!hasIdSequence) {
      throw new IllegalStateException(name + " has no id of its own");
    }
    if (lastReserved < nextId) {
      try (var s =
          c.prepareStatement(
              "select setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?,"
                  + " 'id')) + ? - 1)")) {
        s.setString(1, name);
        s.setString(2, name);
        s.setInt(3, ID_BLOCK);
        try (var rs = s.executeQuery()) {
          rs.next();
          lastReserved = rs.getLong(1);
          nextId = lastReserved - ID_BLOCK + 1;
        }
      }
    }
    return nextId++;
  }

  void add(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns);
    }
    rows.add(values);
    if (hasIdSequence) {
      pendingById.put((Long) values[0], values);
    }
  }

  /** Changes one column of a row not yet sent (a consent withdrawn later in the same unit). */
  void update(long id, int column, Object value) {
    Object[] row = pendingById.get(id);
    if (row == null) {
      throw new IllegalStateException(name + " " + id + " was sent already");
    }
    row[column] = value;
  }

  /** Sends the rows added since the last flush; says how many. */
  int flush(Connection c) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          bind(s, i + 1, row[i]);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
    int n = rows.size();
    written += n;
    rows.clear();
    pendingById.clear();
    return n;
  }

  private static void bind(PreparedStatement s, int i, Object value) throws SQLException {
    switch (value) {
      case null -> s.setNull(i, Types.NULL);
      case Instant at -> s.setTimestamp(i, Timestamp.from(at));
      case LocalDate day -> s.setObject(i, day);
      default -> s.setObject(i, value);
    }
  }
}
