package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.SeriesSummary;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.MeetingStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The chair's meeting calendar: the region's meetings (a month calendar and, for keyboards and
 * screen readers, the same as a list), a new ad-hoc meeting, and regular series.
 */
@Named
@ViewScoped
public class MeetingsBean implements Serializable {

  /** The calendar shows this far back and ahead. */
  static final int MONTHS_BACK = 1;

  static final int MONTHS_AHEAD = 6;

  @Inject MeetingCalendar calendar;
  @Inject Messages messages;
  @Inject MeetingListBean list;

  private transient List<MeetingSummary> meetings;
  private transient List<SeriesSummary> series;
  private transient ScheduleModel model;

  private LocalDate date = LocalDate.now(Times.ZONE).plusDays(7);
  private LocalTime start = LocalTime.of(9, 0);
  private LocalTime end = LocalTime.of(12, 0);
  private String place;

  private String seriesTitle;
  private String ordinal = "2";
  private String weekday = "TU";
  private String rrule;
  private LocalDate firstDate = LocalDate.now(Times.ZONE);
  private LocalTime seriesStart = LocalTime.of(9, 0);
  private LocalTime seriesEnd = LocalTime.of(12, 0);
  private String seriesPlace;
  private int monthsAhead = 6;
  private Long skipSeriesId;
  private LocalDate skipDate;

  public List<MeetingSummary> getMeetings() {
    if (meetings == null) {
      LocalDate today = LocalDate.now(Times.ZONE);
      meetings = calendar.between(today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD));
    }
    return meetings;
  }

  public ScheduleModel getModel() {
    if (model == null) {
      model = new DefaultScheduleModel();
      String context =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      for (MeetingSummary m : getMeetings()) {
        model.addEvent(
            DefaultScheduleEvent.builder()
                .title(title(m))
                // Finnish wall-clock times, which the page's calendar shows as they are (as UTC)
                .startDate(m.start().atZone(Times.ZONE).toLocalDateTime())
                .endDate(m.end().atZone(Times.ZONE).toLocalDateTime())
                .url(context + "/meetings/meeting.xhtml?id=" + m.id())
                .styleClass(
                    m.status() == MeetingStatus.CANCELLED ? "meeting-cancelled" : "meeting-planned")
                .build());
      }
    }
    return model;
  }

  /** "Kokous, 3 asiakasta" - never a client's name: the calendar may be seen over a shoulder. */
  public String title(MeetingSummary m) {
    String text = messages.get("meetings.event", m.slotCount());
    return m.status() == MeetingStatus.CANCELLED
        ? messages.get("meeting.status.CANCELLED") + ": " + text
        : text;
  }

  public List<SeriesSummary> getSeries() {
    if (series == null) {
      series = calendar.series();
    }
    return series;
  }

  public String scheduleAdHoc() {
    try {
      long id = calendar.scheduleAdHoc(Times.instant(date, start), Times.instant(date, end), place);
      return "/meetings/meeting?faces-redirect=true&id=" + id;
    } catch (Refusal e) {
      messages.refused("meetings.invalid", e);
      return null;
    }
  }

  /** The simple choice ("the 2nd Tuesday") unless a rule was written out. */
  public String getEffectiveRule() {
    if (rrule != null && !rrule.isBlank()) {
      return rrule.strip();
    }
    return "FREQ=MONTHLY;BYDAY=" + ordinal + weekday;
  }

  public void createSeries() {
    try {
      long id =
          calendar.createSeries(
              seriesTitle,
              getEffectiveRule(),
              firstDate,
              seriesStart,
              seriesEnd,
              seriesPlace,
              Set.of());
      int created = calendar.generate(id, LocalDate.now(Times.ZONE).plusMonths(monthsAhead));
      done(messages.get("meetings.series.created", created));
      seriesTitle = null;
      rrule = null;
    } catch (Refusal e) {
      messages.refused("meetings.series.invalid", e);
    }
  }

  public void generate(long seriesId) {
    try {
      int created = calendar.generate(seriesId, LocalDate.now(Times.ZONE).plusMonths(monthsAhead));
      done(messages.get("meetings.series.generated", created));
    } catch (Refusal e) {
      messages.refused("meetings.series.invalid", e);
    }
  }

  public void skip() {
    try {
      calendar.skipDate(skipSeriesId == null ? -1 : skipSeriesId, skipDate);
      done(messages.get("meetings.series.skipped"));
    } catch (Refusal | CaseAccessDenied e) {
      messages.refused("meetings.series.invalid", e);
    }
  }

  private void done(String text) {
    meetings = null;
    series = null;
    model = null;
    list.reset();
    messages.infoText(text);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getSeriesTitle() {
    return seriesTitle;
  }

  public void setSeriesTitle(String seriesTitle) {
    this.seriesTitle = seriesTitle;
  }

  public String getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(String ordinal) {
    this.ordinal = ordinal;
  }

  public String getWeekday() {
    return weekday;
  }

  public void setWeekday(String weekday) {
    this.weekday = weekday;
  }

  public String getRrule() {
    return rrule;
  }

  public void setRrule(String rrule) {
    this.rrule = rrule;
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public void setFirstDate(LocalDate firstDate) {
    this.firstDate = firstDate;
  }

  public LocalTime getSeriesStart() {
    return seriesStart;
  }

  public void setSeriesStart(LocalTime seriesStart) {
    this.seriesStart = seriesStart;
  }

  public LocalTime getSeriesEnd() {
    return seriesEnd;
  }

  public void setSeriesEnd(LocalTime seriesEnd) {
    this.seriesEnd = seriesEnd;
  }

  public String getSeriesPlace() {
    return seriesPlace;
  }

  public void setSeriesPlace(String seriesPlace) {
    this.seriesPlace = seriesPlace;
  }

  public int getMonthsAhead() {
    return monthsAhead;
  }

  public void setMonthsAhead(int monthsAhead) {
    this.monthsAhead = monthsAhead;
  }

  public Long getSkipSeriesId() {
    return skipSeriesId;
  }

  public void setSkipSeriesId(Long skipSeriesId) {
    this.skipSeriesId = skipSeriesId;
  }

  public LocalDate getSkipDate() {
    return skipDate;
  }

  public void setSkipDate(LocalDate skipDate) {
    this.skipDate = skipDate;
  }
}
