package fi.aso.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A meeting's time in words for the public pages, in the page's language and always in Finnish time
 * whatever the reader's zone: "ke 16.12.2026 klo 9.40–10.10", "ons 16.12.2026 kl. 9.40–10.10".
 */
@Named("meetingTimes")
@ApplicationScoped
public class MeetingTimes {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

  /** The span in the language of the page being rendered. */
  public String span(Instant start, Instant end) {
    return span(start, end, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public static String span(Instant start, Instant end, Locale locale) {
    if (start == null || end == null) {
      return "";
    }
    ZonedDateTime from = start.atZone(Times.ZONE);
    ZonedDateTime to = end.atZone(Times.ZONE);
    String weekday = DateTimeFormatter.ofPattern("EEE", locale).format(from).replace(".", "");
    ResourceBundle texts = ResourceBundle.getBundle("fi.aso.i18n.messages", locale);
    return new MessageFormat(texts.getString("time.span"), locale)
        .format(new Object[] {weekday, DATE.format(from), TIME.format(from), TIME.format(to)});
  }
}
