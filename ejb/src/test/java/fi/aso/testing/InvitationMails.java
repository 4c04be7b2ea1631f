package fi.aso.testing;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * What every invitation mail must be for calendars to trust it (issue 16), checked on a mail as a
 * mail server received it: From is the calendar's ORGANIZER and Reply-To too, {@code
 * Auto-Submitted: auto-generated}, a text, an HTML and a calendar part in one multipart/alternative
 * (the HTML saying what the text says, with the same links in the same order), the calendar's lines
 * at most 75 octets, parsed alike by ical4j and biweekly, a compact VTIMEZONE whose offsets both
 * parsers read as Helsinki's, a REQUEST's personal join link as an RFC 7986 CONFERENCE and no
 * accept/decline link anywhere in the calendar. Used by every test that reads invitation mails.
 */
public final class InvitationMails {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private InvitationMails() {}

  /** Whether the mail carries a calendar (an invitation, update, cancellation or reminder). */
  public static boolean isInvitation(MimeMessage mail) {
    try {
      return !parts(mail, "text/calendar").isEmpty();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mail's (first) calendar part, decoded. */
  public static String calendarOf(Part mail) throws Exception {
    return parts(mail, "text/calendar").get(0);
  }

  /** The mail's (first) text part, decoded. */
  public static String textOf(Part mail) throws Exception {
    return parts(mail, "text/plain").get(0);
  }

  /** Fails with every problem found. */
  public static void check(MimeMessage mail) {
    List<String> problems = problems(mail);
    if (!problems.isEmpty()) {
      throw new AssertionError("the invitation mail is not as calendars need it: " + problems);
    }
  }

  /** What is wrong with the invitation mail; empty: nothing. */
  public static List<String> problems(MimeMessage mail) {
    List<String> problems = new ArrayList<>();
    try {
      inspect(mail, problems);
    } catch (Exception e) {
      problems.add("it cannot be read: " + e);
    }
    return problems;
  }

  private static void inspect(MimeMessage mail, List<String> problems) throws Exception {
    if (!"auto-generated".equals(mail.getHeader("Auto-Submitted", null))) {
      problems.add("Auto-Submitted is " + mail.getHeader("Auto-Submitted", null));
    }
    List<String> calendars = parts(mail, "text/calendar");
    List<String> texts = parts(mail, "text/plain");
    List<String> htmls = parts(mail, "text/html");
    if (calendars.isEmpty() || texts.size() != 1 || htmls.size() != 1) {
      problems.add(
          calendars.size()
              + " calendar, "
              + texts.size()
              + " text and "
              + htmls.size()
              + " HTML parts");
      return;
    }
    String ics = calendars.get(0);
    String text = texts.get(0);
    String html = htmls.get(0);
    for (String line : ics.split("\r\n", -1)) {
      if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
        problems.add("a calendar line is longer than 75 octets: " + line);
      }
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ICalendar second = Biweekly.parse(ics).first();
    VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    String method = calendar.getProperty(Property.METHOD).orElseThrow().getValue();
    if (!method.equals(second.getMethod().getValue())) {
      problems.add("the parsers read METHOD " + method + " and " + second.getMethod().getValue());
    }

    String organizer =
        event
            .getProperty(Property.ORGANIZER)
            .orElseThrow()
            .getValue()
            .replaceFirst("(?i)^mailto:", "");
    if (!address(mail.getFrom()).equalsIgnoreCase(organizer)) {
      problems.add("From is " + address(mail.getFrom()) + " but ORGANIZER " + organizer);
    }
    if (!address(mail.getReplyTo()).equalsIgnoreCase(organizer)) {
      problems.add("Reply-To is " + address(mail.getReplyTo()) + " but ORGANIZER " + organizer);
    }

    // the HTML says what the text says: the same words once the markup is gone, the same links
    String htmlWords = words(unescape(html.replaceAll("<[^>]*>", " ")));
    if (!htmlWords.equals(words(text))) {
      problems.add("the HTML part does not say what the text part says: " + htmlWords);
    }
    List<String> textLinks = links(text);
    List<String> htmlLinks = new ArrayList<>();
    Matcher href = Pattern.compile("<a href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      htmlLinks.add(unescape(href.group(1)));
    }
    if (!htmlLinks.equals(textLinks)) {
      problems.add("the HTML links " + htmlLinks + " are not the text's " + textLinks);
    }

    if (ics.contains("/answer/")) {
      problems.add("the calendar carries an accept/decline link");
    }
    Optional<String> join = textLinks.stream().filter(l -> l.contains("/join/")).findFirst();
    Optional<Property> conference = event.getProperty("CONFERENCE");
    if (method.equals("REQUEST") && join.isPresent()) {
      if (conference.isEmpty()) {
        problems.add("a REQUEST with a join link has no CONFERENCE");
      } else {
        Property c = conference.get();
        if (!c.getValue().equals(join.get())) {
          problems.add("CONFERENCE is " + c.getValue() + ", the join link " + join.get());
        }
        if (!c.getParameter(Parameter.VALUE).map(Parameter::getValue).orElse("").equals("URI")
            || c.getParameter("LABEL").map(Parameter::getValue).orElse("").isBlank()) {
          problems.add("CONFERENCE has no VALUE=URI or no LABEL: " + c);
        }
        if (!textLinks.get(0).equals(join.get())) {
          problems.add("the join link is not the mail's first link");
        }
        String description =
            event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
        if (!links(description).isEmpty() && !links(description).get(0).equals(join.get())) {
          problems.add("the join link is not the description's first link");
        }
      }
    } else if (conference.isPresent() && method.equals("CANCEL")) {
      problems.add("a CANCEL has a CONFERENCE");
    }
    if (method.equals("DECLINECOUNTER")
        && (!event.getAlarms().isEmpty()
            || event
                .getProperty(Property.ATTENDEE)
                .flatMap(a -> a.getParameter(Parameter.RSVP))
                .isPresent())) {
      // RFC 5546 3.2.8: no VALARM; the organizer's "no" asks nothing of the calendar
      problems.add("a DECLINECOUNTER has an alarm or asks for an RSVP");
    }

    timeZone(calendar, second, event, problems);
  }

  /** A compact VTIMEZONE, read by both parsers as Helsinki's offset at the event's start. */
  private static void timeZone(
      Calendar calendar, ICalendar second, VEvent event, List<String> problems) {
    List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
    if (zones.size() != 1) {
      problems.add(zones.size() + " VTIMEZONE");
      return;
    }
    VTimeZone zone = zones.get(0);
    Instant start = Instant.from(event.getDateTimeStart().getDate());
    int year = start.atZone(HELSINKI).getYear();
    if (zone.getObservances().size() > 4) {
      problems.add("the VTIMEZONE has " + zone.getObservances().size() + " observances");
    }
    zone.getObservances()
        .forEach(
            o -> {
              String dtstart = o.getProperty(Property.DTSTART).orElseThrow().getValue();
              if (Integer.parseInt(dtstart.substring(0, 4)) < year - 1) {
                problems.add("an observance starts in " + dtstart + " for an event in " + year);
              }
            });
    int expected = HELSINKI.getRules().getOffset(start).getTotalSeconds() * 1000;
    int byIcal4j = new net.fortuna.ical4j.model.TimeZone(zone).getOffset(start.toEpochMilli());
    VTimezone other = second.getTimezoneInfo().getComponents().iterator().next();
    int byBiweekly = new ICalTimeZone(other).getOffset(Date.from(start).getTime());
    if (byIcal4j != expected || byBiweekly != expected) {
      problems.add(
          "the VTIMEZONE's offset at "
              + start
              + " is "
              + byIcal4j
              + " (ical4j) and "
              + byBiweekly
              + " (biweekly) ms, Helsinki's "
              + expected);
    }
  }

  private static List<String> links(String text) {
    List<String> links = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      links.add(link.group());
    }
    return links;
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String address(Address[] addresses) {
    return addresses != null && addresses.length == 1 && addresses[0] instanceof InternetAddress a
        ? a.getAddress()
        : String.valueOf(addresses == null ? null : List.of(addresses));
  }

  /** The decoded text of every part of this type. */
  static List<String> parts(Part part, String type) throws Exception {
    List<String> found = new ArrayList<>();
    if (part.isMimeType("multipart/alternative") || !part.isMimeType("multipart/*")) {
      if (part.isMimeType(type)) {
        found.add(decoded(part));
      } else if (part.isMimeType("multipart/alternative")) {
        Multipart alternative = (Multipart) part.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
          if (alternative.getBodyPart(i).isMimeType(type)) {
            found.add(decoded(alternative.getBodyPart(i)));
          }
        }
      }
      return found;
    }
    Multipart multipart = (Multipart) part.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      found.addAll(parts(multipart.getBodyPart(i), type));
    }
    return found;
  }

  private static String decoded(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ((InputStream) content).transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
