package fi.aso.infrastructure.persistence;

import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Fact;
import fi.aso.domain.statistics.FactKind;
import fi.aso.domain.statistics.StatisticsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The statistics store in SQL: the facts are written by the database itself (migration V38) as the
 * tables they come from change; this reads them and runs the rebuild command.
 */
@ApplicationScoped
public class JpaStatisticsStore implements StatisticsStore {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaStatisticsStore() {}

  /** For tests outside the container. */
  public JpaStatisticsStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Fact> facts(
      Optional<Long> region, ClientGroup group, LocalDate from, LocalDate to, Set<FactKind> kinds) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    // the kinds are the enum's names, not input
    String kindList =
        kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    // "first of its kind" counts the case's earlier facts too, hence the window before the period
    Query query =
        em.createNativeQuery(
            "select fact_key, region_id, kind, day, nth = 1, client_kind, short_sentence, method,"
                + " organisation_id, housing_form, outcome, housed, meeting_before_release, days,"
                + " days_to_release from (select f.*, row_number() over (partition by f.fact_key,"
                + " f.kind order by f.day, f.id) as nth from statistics_fact f where f.kind in ("
                + kindList
                + ") and f.day <= ?2"
                + (region.isPresent() ? " and f.region_id = ?3" : "")
                + groupCondition(group)
                + ") x where day >= ?1 order by day, id");
    query.setParameter(1, from).setParameter(2, to);
    region.ifPresent(r -> query.setParameter(3, r));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(JpaStatisticsStore::fact).toList();
  }

  private static String groupCondition(ClientGroup group) {
    return switch (group) {
      case ALL -> "";
      case PRISONER -> " and f.client_kind = 'PRISONER'";
      case SHORT_SENTENCE -> " and f.short_sentence";
      case PROBATION_CLIENT -> " and f.client_kind = 'PROBATION_CLIENT'";
    };
  }

  private static Fact fact(Object[] r) {
    return new Fact(
        r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()),
        ((Number) r[1]).longValue(),
        FactKind.valueOf((String) r[2]),
        day(r[3]),
        (Boolean) r[4],
        (String) r[5],
        (Boolean) r[6],
        (String) r[7],
        r[8] == null ? null : ((Number) r[8]).longValue(),
        (String) r[9],
        (String) r[10],
        (Boolean) r[11],
        (Boolean) r[12],
        r[13] == null ? null : ((Number) r[13]).intValue(),
        r[14] == null ? null : ((Number) r[14]).intValue());
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  @Override
  public int rebuild() {
    return ((Number) em.createNativeQuery("select statistics_rebuild()").getSingleResult())
        .intValue();
  }
}
