package fi.aso.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import fi.aso.application.mail.MailHtml;
import fi.aso.domain.invitation.MessageKind;
import java.io.StringReader;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

/**
 * The calendar entry shows video the way calendars do (an RFC 7986 CONFERENCE with the invitee's
 * join link and a label, the join link first in the description) and carries no accept/decline
 * link, which is the mail's only: an entry spreads to shared and delegated calendars.
 */
class InvitationCalendarTest {

  private static final Instant START = Instant.parse("2027-02-05T07:00:00Z");

  @Test
  void aRequestHasTheJoinLinkAsConferenceAndFirstAndNoAnswerLinks() throws Exception {
    String ics = IcsInvitations.write(CompactTimeZoneTest.event(START));

    var event =
        new CalendarBuilder()
            .build(new StringReader(ics))
            .<net.fortuna.ical4j.model.component.VEvent>getComponent(Component.VEVENT)
            .orElseThrow();
    Property conference = event.getProperty("CONFERENCE").orElseThrow();
    assertThat(conference.getValue()).isEqualTo("https://aso.test/join/t");
    assertThat(conference.getParameter(Parameter.VALUE).orElseThrow().getValue()).isEqualTo("URI");
    assertThat(conference.getParameter("FEATURE").orElseThrow().getValue()).isEqualTo("VIDEO");
    assertThat(conference.getParameter("LABEL").orElseThrow().getValue())
        .isEqualTo("Liity videolla");
    String description = event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
    assertThat(description.indexOf("https://")).isEqualTo(description.indexOf("/join/t") - 16);
    assertThat(ics).doesNotContain("/answer/");

    // the second parser reads the same
    VEvent second = Biweekly.parse(ics).first().getEvents().get(0);
    assertThat(second.getDescription().getValue()).isEqualTo(description);
    assertThat(ics.replace("\r\n ", ""))
        .contains(
            "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Liity videolla:https://aso.test/join/t");
  }

  @Test
  void theMailsTextHasTheAnswerLinksAndItsHtmlSaysTheSameEscaped() {
    String body =
        InvitationTexts.body(
            MessageKind.REQUEST,
            "",
            START,
            START.plusSeconds(2700),
            "<b>Huone</b> & \"sali\"",
            "ASO-2027-1",
            "https://aso.test/cases/case.xhtml?id=1",
            "https://aso.test/join/t",
            "https://aso.test/answer/a?a=ACCEPTED",
            "https://aso.test/answer/a?a=DECLINED");
    assertThat(body.indexOf("https://")).isEqualTo(body.indexOf("https://aso.test/join/t"));
    assertThat(body).contains("/answer/a?a=ACCEPTED", "/answer/a?a=DECLINED");

    String html = MailHtml.of(body);
    assertThat(html)
        .contains("&lt;b&gt;Huone&lt;/b&gt; &amp; &quot;sali&quot;")
        .contains("<a href=\"https://aso.test/join/t\">https://aso.test/join/t</a>")
        .doesNotContain("<b>Huone");
    assertThat(html.indexOf("<a href"))
        .isEqualTo(html.indexOf("<a href=\"https://aso.test/join/t\""));
  }

  @Test
  void aCancellationHasNoConferenceAndALoneCarriageReturnBecomesAnEscapedLineBreak() {
    IcsInvitations.Event request = CompactTimeZoneTest.event(START);
    String ics =
        IcsInvitations.write(
            new IcsInvitations.Event(
                request.uid(),
                1,
                true,
                START,
                START.plusSeconds(2700),
                request.summary(),
                request.place(),
                "Syy / Orsak: sali\rremontissa",
                request.link(),
                request.joinLink(),
                request.joinLabel(),
                request.organizerEmail(),
                request.organizerName(),
                request.attendeeEmail(),
                request.attendeeName(),
                START));
    assertThat(ics).doesNotContain("CONFERENCE").contains("sali\\nremontissa");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r");
  }
}
