package fi.aso.application.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE with only what the events of one calendar need, generated from the JDK's current zone
 * rules: one STANDARD and one DAYLIGHT observance with a yearly RRULE, starting the year before the
 * first event (the shape Outlook and Google write themselves), rather than ical4j's bundled history
 * since 1878 (local mean time, offsets with seconds), from which older Outlook versions pick the
 * wrong rule. A zone whose rules changed within those years, or that has no yearly rule, gets its
 * actual transitions instead, from the one in force before the first event on.
 */
final class CompactTimeZone {

  private CompactTimeZone() {}

  /** The zone's VTIMEZONE for events from {@code first} to {@code last}. */
  static VTimeZone of(ZoneId zone, Instant first, Instant last) {
    ZoneRules rules = zone.getRules();
    int fromYear = first.atZone(zone).getYear() - 1;
    Instant coveredFrom = LocalDate.of(fromYear, 1, 1).atStartOfDay(zone).toInstant();
    // the yearly rules, if they are what actually happens in every year the events need
    boolean rulesSince = !rules.getTransitionRules().isEmpty();
    for (int year = fromYear; rulesSince && year <= last.atZone(zone).getYear(); year++) {
      for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
        ZoneOffsetTransition t = rule.createTransition(year);
        rulesSince &= t.equals(rules.nextTransition(t.getInstant().minusSeconds(1)));
      }
    }
    List<Observance> observances = new ArrayList<>();
    if (rulesSince) {
      for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
        Optional<String> yearly = yearly(rule);
        if (yearly.isEmpty()) {
          observances.clear();
          break;
        }
        ZoneOffsetTransition onset = rule.createTransition(fromYear);
        Observance observance = observance(rules, onset);
        observance.add(new RRule<>(yearly.get()));
        observances.add(observance);
      }
    }
    if (observances.isEmpty()) {
      observances.addAll(transitions(zone, coveredFrom, last));
    }
    return new VTimeZone(
        new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
  }

  /**
   * The transitions from the one in force at {@code from} up to {@code to}, each an observance of
   * its own; a zone without any, one STANDARD of its fixed offset.
   */
  private static List<Observance> transitions(ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition t = rules.previousTransition(from.plusSeconds(1));
    while (t != null && !t.getInstant().isAfter(to)) {
      observances.add(observance(rules, t));
      t = rules.nextTransition(t.getInstant());
    }
    if (observances.isEmpty()) {
      ZoneOffset offset = rules.getOffset(from);
      Standard standard = new Standard();
      standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
      standard.add(new TzOffsetFrom(offset));
      standard.add(new TzOffsetTo(offset));
      observances.add(standard);
    }
    return observances;
  }

  private static Observance observance(ZoneRules rules, ZoneOffsetTransition t) {
    Observance observance =
        rules.isDaylightSavings(t.getInstant()) ? new Daylight() : new Standard();
    // DTSTART is the local time of the onset in the offset in force before it (RFC 5545 3.6.5)
    observance.add(new DtStart<>(t.getDateTimeBefore()));
    observance.add(new TzOffsetFrom(t.getOffsetBefore()));
    observance.add(new TzOffsetTo(t.getOffsetAfter()));
    return observance;
  }

  /**
   * The rule as a yearly RRULE: "the last Sunday of March" (-1SU), "the first Sunday on or after
   * the 8th" (2SU), or a fixed day; empty if iCalendar cannot say it in one rule.
   */
  static Optional<String> yearly(ZoneOffsetTransitionRule rule) {
    String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
    int day = rule.getDayOfMonthIndicator();
    if (rule.getDayOfWeek() == null) {
      return day > 0 ? Optional.of(month + ";BYMONTHDAY=" + day) : Optional.empty();
    }
    String weekday = rule.getDayOfWeek().name().substring(0, 2);
    if (day > 0 && (day - 1) % 7 == 0) {
      return Optional.of(month + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday);
    }
    // the JDK writes "the last Sunday of March" as "the first Sunday on or after the 25th"
    int length = rule.getMonth().maxLength();
    if (day > 0 && rule.getMonth().minLength() == length && (length - day + 1) % 7 == 0) {
      return Optional.of(month + ";BYDAY=-" + (length - day + 1) / 7 + weekday);
    }
    // -1: on or before the last day of the month; -8: a week before that
    if (day < 0 && (-day - 1) % 7 == 0 && rule.getMonth().minLength() == rule.getMonth().maxLength()
        || day == -1) {
      return Optional.of(month + ";BYDAY=-" + ((-day - 1) / 7 + 1) + weekday);
    }
    return Optional.empty();
  }
}
