package fi.aso.domain.statistics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One anonymous fact as the indicators read it. {@code first} says whether it is the case's first
 * fact of its kind (by day), which the fact key lets the store tell without knowing the case.
 */
public record Fact(
    UUID key,
    long regionId,
    FactKind kind,
    LocalDate day,
    boolean first,
    String clientKind,
    boolean shortSentence,
    String method,
    Long organisationId,
    String housingForm,
    String outcome,
    Boolean housed,
    Boolean meetingBeforeRelease,
    Integer days,
    Integer daysToRelease) {}
