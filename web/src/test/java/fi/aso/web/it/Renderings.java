package fi.aso.web.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.application.consent.ScanContent;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Whether text someone typed comes back inert where the platform renders it: escaped in HTML, plain
 * text without active content in a PDF, one escaped value in iCalendar (no property line of its
 * own, lines folded at 75 octets), and no header of its own in a mail. Each check returns what is
 * wrong (empty: nothing) and says whether the hostile text was there at all, so that a check that
 * found nothing to look at is not counted as a rendering checked.
 */
final class Renderings {

  /** What one rendering showed: whether the hostile text was in it, and what was wrong. */
  record Seen(boolean shown, List<String> problems) {
    static Seen of(boolean shown, List<String> problems) {
      return new Seen(shown, Collections.unmodifiableList(problems));
    }
  }

  /** Raw markup of the hostile texts: must never reach a page unescaped. */
  private static final List<String> RAW_MARKUP =
      List.of("<script>alert(1)", "<img src=x onerror", "onerror=alert(1)>");

  private static final String MARKER = "alert(1)";

  /** The hostile text's templates, each as sent or as evaluated. */
  private static final Pattern EVALUATED =
      Pattern.compile("(\\{\\{7\\*7\\}\\}|49)(\\$\\{7\\*7\\}|49)(#\\{7\\*7\\}|49) Fuzz");

  private Renderings() {}

  /** An HTML page: the hostile text, if shown, is escaped and its templates are not evaluated. */
  static Seen html(String page) {
    List<String> problems = new ArrayList<>();
    for (String raw : RAW_MARKUP) {
      if (page.contains(raw)) {
        problems.add("unescaped " + raw + " near: " + around(page, page.indexOf(raw)));
      }
    }
    boolean shown = page.contains(MARKER);
    // the templates precede the script in the hostile text: evaluated, some of them became 49
    Matcher templates = EVALUATED.matcher(page);
    while (templates.find()) {
      if (!templates.group().equals(Mutations.TEMPLATES + " Fuzz")) {
        problems.add("template syntax evaluated: " + around(page, templates.start()));
      }
    }
    return Seen.of(shown, problems);
  }

  /**
   * A PDF: no active content (the platform's own scan check, and the raw bytes), and the hostile
   * text, if there, as the literal characters.
   */
  static Seen pdf(byte[] pdf) {
    List<String> problems = new ArrayList<>();
    try {
      ScanContent.check(pdf);
    } catch (RuntimeException e) {
      problems.add("the platform's own PDF check refuses it: " + e.getMessage());
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    for (String name :
        List.of(
            "/JavaScript",
            "/JS",
            "/OpenAction",
            "/AA",
            "/Launch",
            "/SubmitForm",
            "/EmbeddedFile")) {
      if (Pattern.compile(Pattern.quote(name) + "(?![A-Za-z])").matcher(raw).find()) {
        problems.add("the PDF has " + name);
      }
    }
    String text;
    try {
      PdfReader reader = new PdfReader(pdf);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
      }
      text = all.toString();
    } catch (IOException | RuntimeException e) {
      problems.add("the PDF cannot be read: " + e);
      return Seen.of(false, problems);
    }
    boolean shown = text.contains(MARKER);
    if (shown && !text.contains("<script>alert(1)</script>")) {
      problems.add("the script text is not shown as its literal characters");
    }
    return Seen.of(shown, problems);
  }

  /**
   * An iCalendar text: lines end in CRLF and are at most 75 octets, it parses, every event has
   * {@code attendees} ATTENDEE properties each naming {@code attendee}, no text value has become a
   * line of its own, and LOCATION and SUMMARY are one line.
   */
  static Seen ics(String text, int attendees, String attendee) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
        problems.add("line " + (i + 1) + " has a bare CR or LF: " + shorten(line));
      }
      if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
        problems.add("line " + (i + 1) + " is longer than 75 octets: " + shorten(line));
      }
    }
    List<String> unfolded = new ArrayList<>();
    for (String line : text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
      unfolded.add(line);
    }
    long begins = unfolded.stream().filter(l -> l.equals("BEGIN:VEVENT")).count();
    long ends = unfolded.stream().filter(l -> l.equals("END:VEVENT")).count();
    if (begins != ends) {
      problems.add(begins + " BEGIN:VEVENT but " + ends + " END:VEVENT");
    }
    for (String line : unfolded) {
      String name = line.split("[;:]", 2)[0].toUpperCase(Locale.ROOT);
      // a name the user typed is a quoted parameter (CN="..."): what is outside quotes is a line
      String outsideQuotes = line.replaceAll("\"[^\"]*\"", "");
      if ((name.equals("ATTENDEE") || name.equals("BCC")) && outsideQuotes.contains("evil@")) {
        problems.add("an injected line: " + shorten(line));
      }
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (Exception e) {
      problems.add("it does not parse: " + e.getMessage());
      return Seen.of(false, problems);
    }
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    if (events.size() != begins) {
      problems.add(events.size() + " events parsed but " + begins + " BEGIN:VEVENT lines");
    }
    boolean shown = false;
    for (VEvent event : events) {
      List<Property> found = event.getProperties(Property.ATTENDEE);
      if (found.size() != attendees) {
        problems.add("an event has " + found.size() + " ATTENDEE, expected " + attendees);
      }
      for (Property a : found) {
        if (!a.getValue().equalsIgnoreCase("mailto:" + attendee)) {
          problems.add("an ATTENDEE is " + a.getValue() + ", expected mailto:" + attendee);
        }
      }
      for (String oneLine : List.of(Property.LOCATION, Property.SUMMARY)) {
        String value = event.getProperty(oneLine).map(Property::getValue).orElse("");
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
          problems.add(oneLine + " has a line break: " + shorten(value));
        }
        shown |= value.contains(MARKER);
      }
    }
    return Seen.of(shown, problems);
  }

  /**
   * A mail: sent to {@code recipient} only, with no Bcc header, a one-line subject, its HTML part
   * (if any) checked as {@link #html} and its calendar part (if any) as {@link #ics}.
   */
  static Seen mail(MimeMessage mail, String recipient) throws Exception {
    List<String> problems = new ArrayList<>();
    Address[] to = mail.getAllRecipients();
    if (to == null
        || to.length != 1
        || !(to[0] instanceof InternetAddress address)
        || !address.getAddress().equalsIgnoreCase(recipient)) {
      problems.add(
          "recipients are "
              + (to == null ? "none" : java.util.Arrays.toString(to))
              + ", expected "
              + recipient);
    }
    for (Header h : Collections.list(mail.getAllHeaders())) {
      if (h.getName().equalsIgnoreCase("Bcc")) {
        problems.add("a Bcc header: " + h.getValue());
      }
    }
    String subject = mail.getHeader("Subject", null);
    if (subject != null && MimeUtility.unfold(subject).matches("(?s).*[\r\n].*")) {
      problems.add("the subject is more than one line");
    }
    boolean shown = false;
    // the HTML part says the text's words: escaped, as on a page
    for (String html : parts(mail, "text/html")) {
      Seen page = html(html);
      shown |= page.shown();
      page.problems().forEach(p -> problems.add("HTML part: " + p));
    }
    for (String calendar : parts(mail, "text/calendar")) {
      Seen ics = ics(calendar, 1, recipient);
      shown |= ics.shown();
      ics.problems().forEach(p -> problems.add("calendar part: " + p));
    }
    return Seen.of(shown, problems);
  }

  private static List<String> parts(Part part, String type) throws Exception {
    List<String> found = new ArrayList<>();
    if (part.isMimeType(type)) {
      Object content = part.getContent();
      found.add(
          content instanceof String s
              ? s
              : new String(readAll((InputStream) content), StandardCharsets.UTF_8));
    } else if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        found.addAll(parts(multipart.getBodyPart(i), type));
      }
    }
    return found;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static String around(String text, int at) {
    return shorten(text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
  }

  private static String shorten(String s) {
    String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
