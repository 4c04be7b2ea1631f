package fi.aso.domain.statistics;

import static fi.aso.domain.statistics.FactKind.ACTION_AGREED;
import static fi.aso.domain.statistics.FactKind.ACTION_DONE;
import static fi.aso.domain.statistics.FactKind.ACTION_NOT_POSSIBLE;
import static fi.aso.domain.statistics.FactKind.ACTION_OPEN;
import static fi.aso.domain.statistics.FactKind.ANSWERED;
import static fi.aso.domain.statistics.FactKind.ATTENDED;
import static fi.aso.domain.statistics.FactKind.ATTENDED_BY_VIDEO;
import static fi.aso.domain.statistics.FactKind.CASE_CLOSED;
import static fi.aso.domain.statistics.FactKind.CONSENT_GIVEN;
import static fi.aso.domain.statistics.FactKind.CONSENT_REFUSED;
import static fi.aso.domain.statistics.FactKind.CONSENT_WITHDRAWN;
import static fi.aso.domain.statistics.FactKind.FOLLOW_UP_12;
import static fi.aso.domain.statistics.FactKind.FOLLOW_UP_3;
import static fi.aso.domain.statistics.FactKind.FOLLOW_UP_6;
import static fi.aso.domain.statistics.FactKind.INVITED;
import static fi.aso.domain.statistics.FactKind.MEETING_HELD;
import static fi.aso.domain.statistics.FactKind.REFERRED;
import static fi.aso.domain.statistics.FactKind.RELEASED;
import static fi.aso.domain.statistics.FactKind.RELEASE_MOVED;
import static fi.aso.domain.statistics.IndicatorValue.TOTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The indicators of issue 17, each defined once, here: which facts it counts ({@link FactKind},
 * written by migration V38's {@code statistics_project}), how, and with which parts. A fact counts
 * in the period of its day. The help page says the same in words (bundle keys {@code
 * statistics.indicator.<ID>.name} and {@code .definition}), so that every region counts alike.
 */
public enum Indicator {
  /** Clients referred, by client group (a short sentence is also a prisoner). */
  CLIENTS_REFERRED(Unit.COUNT, EnumSet.of(REFERRED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> referred = of(facts, REFERRED);
      return List.of(
          IndicatorValue.count(TOTAL, null, referred.size()),
          IndicatorValue.count("PRISONER", null, count(referred, f -> isPrisoner(f))),
          IndicatorValue.count("SHORT_SENTENCE", null, count(referred, Fact::shortSentence)),
          IndicatorValue.count("PROBATION_CLIENT", null, count(referred, f -> !isPrisoner(f))));
    }
  },

  /** Referrals whose expected release was at most {@link #SHORT_NOTICE_DAYS} days away. */
  SHORT_NOTICE(Unit.PERCENT, EnumSet.of(REFERRED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> known = of(facts, REFERRED).stream().filter(f -> f.days() != null).toList();
      return List.of(
          IndicatorValue.share(
              TOTAL, null, count(known, f -> f.days() <= SHORT_NOTICE_DAYS), known.size()));
    }
  },

  /** Median days from the referral to the case's first consent given, in that consent's period. */
  DAYS_TO_CONSENT(Unit.MEDIAN_DAYS, EnumSet.of(CONSENT_GIVEN)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      return List.of(IndicatorValue.median(TOTAL, days(firsts(facts, CONSENT_GIVEN))));
    }
  },

  /** Median days from the referral to the case's first meeting held, in that meeting's period. */
  DAYS_TO_FIRST_MEETING(Unit.MEDIAN_DAYS, EnumSet.of(MEETING_HELD)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      return List.of(IndicatorValue.median(TOTAL, days(firsts(facts, MEETING_HELD))));
    }
  },

  /**
   * Median days from the case's first meeting held to the expected release as it is now (negative:
   * the meeting was after it), in that meeting's period; cases with no release date are left out.
   */
  DAYS_MEETING_TO_RELEASE(Unit.MEDIAN_DAYS, EnumSet.of(MEETING_HELD)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Integer> days =
          firsts(facts, MEETING_HELD).stream()
              .map(Fact::daysToRelease)
              .filter(Objects::nonNull)
              .toList();
      return List.of(IndicatorValue.median(TOTAL, days));
    }
  },

  /** Of the clients whose situation at release was recorded, the share with a meeting before. */
  MEETING_BEFORE_RELEASE(Unit.PERCENT, EnumSet.of(RELEASED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> released = of(facts, RELEASED);
      return List.of(
          IndicatorValue.share(
              TOTAL,
              null,
              count(released, f -> Boolean.TRUE.equals(f.meetingBeforeRelease())),
              released.size()));
    }
  },

  /** Of the clients whose situation at release was recorded, the share housed, by form. */
  HOUSED_AT_RELEASE(Unit.PERCENT, EnumSet.of(RELEASED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> released = of(facts, RELEASED);
      List<IndicatorValue> values = new ArrayList<>();
      values.add(
          IndicatorValue.share(
              TOTAL, null, count(released, f -> Boolean.TRUE.equals(f.housed())), released.size()));
      for (String form : HOUSING_FORMS) {
        values.add(
            IndicatorValue.share(
                "FORM", form, count(released, f -> form.equals(f.housingForm())), released.size()));
      }
      return values;
    }
  },

  /** Of the follow-ups recorded 3, 6 and 12 months after release, the share still housed. */
  STILL_HOUSED(Unit.PERCENT, EnumSet.of(FOLLOW_UP_3, FOLLOW_UP_6, FOLLOW_UP_12)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      return List.of(
          stillHoused("MONTHS_3", of(facts, FOLLOW_UP_3)),
          stillHoused("MONTHS_6", of(facts, FOLLOW_UP_6)),
          stillHoused("MONTHS_12", of(facts, FOLLOW_UP_12)));
    }

    private IndicatorValue stillHoused(String breakdown, List<Fact> followUps) {
      return IndicatorValue.share(
          breakdown,
          null,
          count(followUps, f -> Boolean.TRUE.equals(f.housed())),
          followUps.size());
    }
  },

  /**
   * Actions agreed (when made), done on time and late (when done), not possible (when marked), and
   * overdue (open, counted in the period of the day they were due once that day has passed).
   */
  ACTIONS(Unit.COUNT, EnumSet.of(ACTION_AGREED, ACTION_DONE, ACTION_NOT_POSSIBLE, ACTION_OPEN)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> done = of(facts, ACTION_DONE);
      return List.of(
          IndicatorValue.count("AGREED", null, of(facts, ACTION_AGREED).size()),
          IndicatorValue.count("DONE_ON_TIME", null, count(done, f -> f.days() <= 0)),
          IndicatorValue.count("DONE_LATE", null, count(done, f -> f.days() > 0)),
          IndicatorValue.count(
              "OVERDUE", null, count(of(facts, ACTION_OPEN), f -> f.day().isBefore(today))),
          IndicatorValue.count("NOT_POSSIBLE", null, of(facts, ACTION_NOT_POSSIBLE).size()));
    }
  },

  /**
   * Partners invited to the slots of meetings held, those who answered, attended and attended by
   * video: in all and per organisation (detail: the organisation's id).
   */
  PARTICIPATION(Unit.COUNT, EnumSet.of(INVITED, ANSWERED, ATTENDED, ATTENDED_BY_VIDEO)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<IndicatorValue> values = new ArrayList<>();
      for (FactKind kind : List.of(INVITED, ANSWERED, ATTENDED, ATTENDED_BY_VIDEO)) {
        List<Fact> of = of(facts, kind);
        values.add(IndicatorValue.count(kind.name(), null, of.size()));
        Map<Long, Integer> perOrganisation = new TreeMap<>();
        of.forEach(f -> perOrganisation.merge(f.organisationId(), 1, Integer::sum));
        perOrganisation.forEach(
            (organisation, n) ->
                values.add(IndicatorValue.count(kind.name(), String.valueOf(organisation), n)));
      }
      return values;
    }
  },

  /** Consents given, refused and withdrawn, in all and electronic or on paper. */
  CONSENTS(Unit.COUNT, EnumSet.of(CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<IndicatorValue> values = new ArrayList<>();
      for (FactKind kind : List.of(CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN)) {
        String breakdown = kind.name().substring("CONSENT_".length());
        List<Fact> of = of(facts, kind);
        values.add(IndicatorValue.count(breakdown, null, of.size()));
        for (String method : List.of("ELECTRONIC", "PAPER")) {
          values.add(
              IndicatorValue.count(breakdown, method, count(of, f -> method.equals(f.method()))));
        }
      }
      return values;
    }
  },

  /** Cases closed, in all and by outcome. */
  CASES_CLOSED(Unit.COUNT, EnumSet.of(CASE_CLOSED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      List<Fact> closed = of(facts, CASE_CLOSED);
      List<IndicatorValue> values = new ArrayList<>();
      values.add(IndicatorValue.count(TOTAL, null, closed.size()));
      for (String outcome : OUTCOMES) {
        values.add(
            IndicatorValue.count(
                "OUTCOME", outcome, count(closed, f -> outcome.equals(f.outcome()))));
      }
      return values;
    }
  },

  /** Expected release dates moved (when the move was recorded). */
  RELEASE_DATES_MOVED(Unit.COUNT, EnumSet.of(RELEASE_MOVED)) {
    @Override
    List<IndicatorValue> values(List<Fact> facts, LocalDate today) {
      return List.of(IndicatorValue.count(TOTAL, null, of(facts, RELEASE_MOVED).size()));
    }
  };

  /** What an indicator's values are. */
  public enum Unit {
    COUNT,
    MEDIAN_DAYS,
    PERCENT
  }

  /** A referral is short notice when the release is at most this many days away. */
  public static final int SHORT_NOTICE_DAYS = 30;

  /** The forms of housing at release: the group's assessment's, or none (not housed). */
  static final List<String> HOUSING_FORMS =
      List.of(
          "INDEPENDENT_RENTAL",
          "SUPPORTED_HOUSING",
          "COMMUNITY_HOUSING",
          "SERVICE_HOUSING",
          "REHABILITATION_FIRST",
          "OTHER",
          "NONE");

  static final List<String> OUTCOMES =
      List.of("HOUSED", "HOUSED_WITH_SUPPORT", "NOT_HOUSED", "DECLINED", "MOVED_AWAY", "OTHER");

  private final Unit unit;
  private final Set<FactKind> kinds;

  Indicator(Unit unit, Set<FactKind> kinds) {
    this.unit = unit;
    this.kinds = kinds;
  }

  public Unit unit() {
    return unit;
  }

  /** The kinds of fact this indicator reads. */
  public Set<FactKind> kinds() {
    return EnumSet.copyOf(kinds);
  }

  /** The indicator's values from the facts of one period ({@code today}: for "overdue"). */
  public List<IndicatorValue> valuesOf(List<Fact> periodsFacts, LocalDate today) {
    return values(periodsFacts.stream().filter(f -> kinds.contains(f.kind())).toList(), today);
  }

  abstract List<IndicatorValue> values(List<Fact> facts, LocalDate today);

  private static List<Fact> of(List<Fact> facts, FactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).toList();
  }

  private static List<Fact> firsts(List<Fact> facts, FactKind kind) {
    return of(facts, kind).stream().filter(Fact::first).toList();
  }

  private static List<Integer> days(List<Fact> facts) {
    return facts.stream().map(Fact::days).filter(Objects::nonNull).toList();
  }

  private static long count(List<Fact> facts, Predicate<Fact> which) {
    return facts.stream().filter(which).count();
  }

  private static boolean isPrisoner(Fact fact) {
    return "PRISONER".equals(fact.clientKind());
  }
}
