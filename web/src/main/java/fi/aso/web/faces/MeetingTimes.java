package fi.aso.web.faces;

import fi.aso.application.i18n.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * A meeting's time for the public pages (answer, join), written as {@link Dates} writes it
 * everywhere. Unlike {@link Times}, which follows the signed-in user's chosen language, these pages
 * speak the language of the invitation they were opened from, which the page sets on its view.
 */
@Named("meetingTimes")
@ApplicationScoped
public class MeetingTimes {

  /** "ke 16.12.2026 klo 9.40–10.10" in the language of the page being rendered. */
  public String span(Instant start, Instant end) {
    if (start == null || end == null) {
      return "";
    }
    return Dates.in(FacesContext.getCurrentInstance().getViewRoot().getLocale()).span(start, end);
  }
}
