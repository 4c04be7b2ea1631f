package fi.aso.datagen;

import fi.aso.infrastructure.audit.AuditChain;
import fi.aso.infrastructure.audit.AuditChain.SealedRow;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The audit rows of the unit being written, sealed into the audit trail's one hash chain here with
 * the platform's own canonical form ({@link AuditChain}, the same as migration V21's seal) and sent
 * by COPY: the database's seal trigger would lock, look up the head and update each of millions of
 * rows. Rows join the chain in the order they happened (a unit's rows after the chain's head), so
 * the trail reads as the platform would have written it; the verifier (health, verify command)
 * recomputes every link.
 *
 * <p>The seal triggers are held back only inside the writing transaction (ALTER TABLE is
 * transactional): the generator runs as the schema's owner, on a database the platform is not
 * writing to.
 */
final class AuditLog {

  private static final DateTimeFormatter COPY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

  record Event(
      Instant at,
      String actor,
      String action,
      String objectType,
      String objectId,
      Long caseId,
      String purpose,
      String sourceAddress,
      long order) {}

  private final List<Event> pending = new ArrayList<>();
  private long head;
  private String headHash = AuditChain.GENESIS;
  private long order;
  private long written;

  /** Continues an existing chain (demo data may have sealed rows already). */
  void readHead(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select chain_position, chain_hash from audit_event where chain_position is not"
                    + " null order by chain_position desc limit 1")) {
      if (rs.next()) {
        head = rs.getLong(1);
        headHash = rs.getString(2);
      }
    }
  }

  void add(
      Instant at,
      String actor,
      String action,
      String objectType,
      Object objectId,
      Long caseId,
      String purpose,
      String sourceAddress) {
    pending.add(
        new Event(
            at,
            actor,
            action,
            objectType,
            objectId == null ? null : objectId.toString(),
            caseId,
            purpose,
            sourceAddress,
            order++));
  }

  long written() {
    return written;
  }

  int flush(Connection c, Table ids) throws SQLException {
    if (pending.isEmpty()) {
      return 0;
    }
    pending.sort(Comparator.comparing(Event::at).thenComparingLong(Event::order));
    StringBuilder copy = new StringBuilder(pending.size() * 220);
    for (Event e : pending) {
      long id = ids.nextId(c);
      long position = ++head;
      SealedRow row =
          new SealedRow(
              position,
              null,
              id,
              e.at(),
              e.actor(),
              e.action(),
              e.objectType(),
              e.objectId(),
              e.caseId(),
              e.purpose(),
              "SUCCESS",
              null,
              e.sourceAddress());
      headHash = AuditChain.hash(headHash, row);
      line(
          copy,
          id,
          COPY_TIME.format(e.at()),
          e.actor(),
          e.action(),
          e.objectType(),
          e.objectId(),
          e.caseId(),
          e.purpose(),
          "SUCCESS",
          null,
          e.sourceAddress(),
          position,
          headHash);
    }
    sealTriggers(c, "disable");
    try {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy audit_event (id, occurred_at, actor, action, object_type, object_id,"
                  + " client_case_id, purpose, outcome, request_id, source_address, chain_position,"
                  + " chain_hash) from stdin",
              new StringReader(copy.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY of audit rows failed", e);
    }
    sealTriggers(c, "enable");
    int n = pending.size();
    written += n;
    pending.clear();
    return n;
  }

  private static void sealTriggers(Connection c, String enableOrDisable) throws SQLException {
    try (var s = c.createStatement()) {
      for (String trigger : new String[] {"audit_event_unsealed_on_insert", "audit_event_sealed"}) {
        s.execute("alter table audit_event " + enableOrDisable + " trigger " + trigger);
      }
    }
  }

  private static void line(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        out.append("\\N");
      } else {
        for (char ch : v.toString().toCharArray()) {
          switch (ch) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(ch);
          }
        }
      }
    }
    out.append('\n');
  }
}
