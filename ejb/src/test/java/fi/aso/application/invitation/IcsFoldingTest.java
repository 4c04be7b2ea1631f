package fi.aso.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * iCalendar lines are at most 75 octets (RFC 5545 3.1), counted in UTF-8: a Finnish time span
 * ("9.00–9.45") or "ä" is more than one octet a character, which a fold by characters misses.
 */
class IcsFoldingTest {

  @Test
  void longLinesOfManyOctetCharactersAreFoldedByOctetsWithoutCuttingACharacter() {
    String line =
        "DESCRIPTION:"
            + "ti 8.12.2026 klo 9.00–9.45 / tis 8.12.2026 kl. 9.00–9.45 äö€😀 ".repeat(6);

    String folded = IcsInvitations.fold("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT");

    for (String physical : folded.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
          .as(physical)
          .isLessThanOrEqualTo(75);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT");
  }

  @Test
  void aWholeInvitationHasNoLineLongerThan75Octets() {
    Instant start = Instant.parse("2027-02-05T07:00:00Z");
    String calendar =
        IcsInvitations.write(
            new IcsInvitations.Event(
                "uid-1@aso.test",
                0,
                false,
                start,
                start.plusSeconds(2700),
                "Asiakasohjausryhmä ASO-2026-1001 – äöå – " + "ö".repeat(80),
                "Neuvotteluhuone – " + "ä".repeat(90),
                InvitationTexts.body(
                    fi.aso.domain.invitation.MessageKind.REQUEST,
                    "",
                    start,
                    start.plusSeconds(2700),
                    "Paikka – " + "å".repeat(50),
                    "ASO-2026-1001",
                    "https://aso.test/cases/case.xhtml?id=1",
                    "https://aso.test/join/x",
                    "https://aso.test/answer/y?a=ACCEPTED",
                    "https://aso.test/answer/y?a=DECLINED"),
                "https://aso.test/cases/case.xhtml?id=1",
                "https://aso.test/join/" + "x".repeat(90),
                "Liity videolla – " + "ä".repeat(40),
                "aso@aso.test",
                "ASO",
                "kalle@kodit.test",
                "Kalle Kumppani",
                start));
    for (String physical : calendar.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
          .as(physical)
          .isLessThanOrEqualTo(75);
    }
  }

  /**
   * ical4j folds by UTF-16 characters on its own (whatever length it is given); folded again by
   * octets, a line broke twice and a character outside the BMP could be cut in two halves.
   */
  @Test
  void aCharacterOutsideTheBasicPlaneSurvivesAndOnlyOneFoldWasMade() throws Exception {
    Instant start = Instant.parse("2027-02-05T07:00:00Z");
    String text = "a" + "😀ä".repeat(40);
    IcsInvitations.Event e = CompactTimeZoneTest.event(start);
    String calendar =
        IcsInvitations.write(
            new IcsInvitations.Event(
                e.uid(),
                0,
                false,
                start,
                e.end(),
                e.summary(),
                e.place(),
                text,
                e.link(),
                e.joinLink(),
                e.joinLabel(),
                e.organizerEmail(),
                e.organizerName(),
                e.attendeeEmail(),
                e.attendeeName(),
                start));
    String description =
        new net.fortuna.ical4j.data.CalendarBuilder()
            .build(new java.io.StringReader(calendar))
            .<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT")
            .orElseThrow()
            .getProperty("DESCRIPTION")
            .orElseThrow()
            .getValue();
    assertThat(description).isEqualTo(text);
    for (String physical : calendar.split("\r\n")) {
      // a line is folded only when the next character would not fit
      if (physical.startsWith("DESCRIPTION") || physical.startsWith(" ")) {
        assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(70);
        break;
      }
    }
  }
}
