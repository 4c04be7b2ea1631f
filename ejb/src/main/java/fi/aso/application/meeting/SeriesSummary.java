package fi.aso.application.meeting;

import fi.aso.domain.meeting.MeetingSeries;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A regular meeting series as pages and the API show it. */
public record SeriesSummary(
    long id,
    String title,
    String rrule,
    LocalDate firstDate,
    LocalTime start,
    LocalTime end,
    String place,
    Set<LocalDate> exceptions) {

  public static SeriesSummary of(MeetingSeries s) {
    return new SeriesSummary(
        s.id(),
        s.title(),
        s.rrule(),
        s.firstDate(),
        s.startTime(),
        s.endTime(),
        s.place(),
        s.exceptions());
  }
}
