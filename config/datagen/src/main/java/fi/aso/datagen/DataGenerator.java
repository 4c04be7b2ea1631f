package fi.aso.datagen;

import fi.aso.application.clientcase.DataProtection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Fills a migrated database with {@code scale}'s regions and years of work, the same for the same
 * seed and end day. Each region's network, then each of its years, is one transaction: at its
 * commit the database writes the statistics facts of the cases it touched (migration V38's
 * triggers), as it does for the platform's own changes.
 */
public final class DataGenerator {

  private final Scale scale;
  private final long seed;
  private final LocalDate until;
  private final DataProtection protection;
  private final PrintStream progress;

  /**
   * @param until the generated history ends the day before (nothing happens on or after it)
   * @param protection the platform's keys, to hash and seal identity codes as the platform does
   */
  public DataGenerator(
      Scale scale, long seed, LocalDate until, DataProtection protection, PrintStream progress) {
    this.scale = scale;
    this.seed = seed;
    this.until = until;
    this.protection = protection;
    this.progress = progress;
  }

  /** Writes everything through the schema owner's connection; answers rows per table. */
  public Map<String, Long> generate(DataSource owner) throws SQLException {
    Schema db = new Schema();
    long started = System.nanoTime();
    long lastReport = started;
    int firstYear = until.minusDays(1).getYear() - scale.years() + 1;
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      refuseRepeat(c);
      db.audit.readHead(c);
      for (int r = 1; r <= scale.regions(); r++) {
        Random random = new Random(seed * 7_919L + r);
        RegionNetwork region =
            new RegionNetwork(c, db, r, random, YearOfWork.at(LocalDate.of(firstYear, 1, 1), 8));
        db.flush(c);
        c.commit();
        Set<String> codes = new HashSet<>();
        for (int y = firstYear; y < firstYear + scale.years(); y++) {
          new YearOfWork(c, db, region, y, until, seed, protection, codes)
              .write(scale.clientsPerYear());
          db.flush(c);
          c.commit();
          long now = System.nanoTime();
          if (now - lastReport > 2_000_000_000L
              || (r == scale.regions() && y == firstYear + scale.years() - 1)) {
            lastReport = now;
            double seconds = (now - started) / 1e9;
            progress.printf(
                "region %d/%d (%s), year %d: %,d rows, %,d of them audit, %.0f s, %,.0f rows/s%n",
                r,
                scale.regions(),
                region.place,
                y,
                db.written(),
                db.audit.written(),
                seconds,
                db.written() / seconds);
          }
        }
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Table t : db.inOrder()) {
      counts.put(t.name(), t.written());
    }
    counts.put("audit_event", db.audit.written());
    return counts;
  }

  private static void refuseRepeat(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery("select count(*) from region where code like 'gen-%'")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException(
            "this database has generated regions already (code gen-NN): generate into an empty"
                + " one");
      }
    }
  }
}
