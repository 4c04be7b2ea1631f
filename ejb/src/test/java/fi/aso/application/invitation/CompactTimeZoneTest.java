package fi.aso.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.io.ICalTimeZone;
import fi.aso.domain.invitation.MessageKind;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/**
 * The VTIMEZONE of an invitation is the current rules of Europe/Helsinki for the years the event
 * needs (one STANDARD, one DAYLIGHT, yearly), not its history since 1878, and two independent
 * parsers read from it the same offsets as the JDK's zone rules, on both sides of each change.
 */
class CompactTimeZoneTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Test
  void anInvitationsTimeZoneIsTheCurrentRulesFromTheYearBeforeAndBothParsersReadHelsinkiFromIt()
      throws Exception {
    Instant start = ZonedDateTime.of(2027, 3, 29, 9, 0, 0, 0, HELSINKI).toInstant();
    String ics = IcsInvitations.write(event(start));

    String zoneText = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    assertThat(zoneText)
        .contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "BEGIN:STANDARD\r\nDTSTART:20261025T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        .doesNotContain("LMT", "1878", "+013952");
    assertThat(zoneText.split("BEGIN:", -1)).hasSize(4);

    VTimeZone parsed =
        new CalendarBuilder()
            .build(new StringReader(ics))
            .<VTimeZone>getComponent(Component.VTIMEZONE)
            .orElseThrow();
    assertThat(parsed.getProperty(Property.TZID).orElseThrow().getValue())
        .isEqualTo("Europe/Helsinki");
    var byIcal4j = new net.fortuna.ical4j.model.TimeZone(parsed);
    var byBiweekly =
        new ICalTimeZone(
            Biweekly.parse(ics).first().getTimezoneInfo().getComponents().iterator().next());
    for (int year = 2027; year <= 2031; year++) {
      for (LocalDateTime local :
          new LocalDateTime[] {
            LocalDateTime.of(year, 1, 15, 9, 0),
            LocalDateTime.of(year, 3, 1, 12, 0),
            LocalDateTime.of(year, 6, 30, 9, 0),
            LocalDateTime.of(year, 10, 1, 9, 0),
            LocalDateTime.of(year, 12, 20, 15, 0)
          }) {
        Instant at = local.atZone(HELSINKI).toInstant();
        int expected = HELSINKI.getRules().getOffset(at).getTotalSeconds() * 1000;
        assertThat(byIcal4j.getOffset(at.toEpochMilli()))
            .as("ical4j at " + local)
            .isEqualTo(expected);
        assertThat(byBiweekly.getOffset(at.toEpochMilli()))
            .as("biweekly at " + local)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aZoneWithoutSummerTimeHasOneStandardObservance() {
    VTimeZone zone =
        CompactTimeZone.of(
            ZoneId.of("Asia/Tokyo"),
            Instant.parse("2027-02-05T07:00:00Z"),
            Instant.parse("2027-02-05T08:00:00Z"));
    assertThat(zone.getObservances()).hasSize(1);
    assertThat(zone.getObservances().get(0).getName()).isEqualTo("STANDARD");
    assertThat(
            zone.getObservances().get(0).getProperty(Property.TZOFFSETTO).orElseThrow().getValue())
        .isEqualTo("+0900");
  }

  static IcsInvitations.Event event(Instant start) {
    return new IcsInvitations.Event(
        "uid-1@aso.test",
        0,
        false,
        start,
        start.plusSeconds(2700),
        "ASO-kokous (ASO-2027-1)",
        "Neuvotteluhuone",
        InvitationTexts.description(
            MessageKind.REQUEST,
            "",
            start,
            start.plusSeconds(2700),
            "Neuvotteluhuone",
            "ASO-2027-1",
            "https://aso.test/cases/case.xhtml?id=1",
            "https://aso.test/join/t"),
        "https://aso.test/cases/case.xhtml?id=1",
        "https://aso.test/join/t",
        InvitationTexts.joinLabel(),
        "aso@aso.test",
        "ASO",
        "kalle@kodit.test",
        "Kalle Kumppani",
        start);
  }
}
