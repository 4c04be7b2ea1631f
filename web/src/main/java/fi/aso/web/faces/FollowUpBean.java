package fi.aso.web.faces;

import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meetingday.FollowUps;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseOutcome;
import fi.aso.domain.meetingday.HousingForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The case page's follow-up: the points after release, what was found at each, and closing the case
 * with its outcome. Each point's form is read from the request (only that form is sent).
 */
@Named
@ViewScoped
public class FollowUpBean implements Serializable {

  @Inject FollowUps followUps;
  @Inject CaseBean caseBean;
  @Inject Messages messages;

  private transient List<FollowUps.PointView> points;

  public List<FollowUps.PointView> getPoints() {
    if (points == null && caseBean.isRegionStaff() && caseBean.getId() != null) {
      points = followUps.points(caseBean.getId());
    }
    return points;
  }

  public void plan() {
    attempt(() -> followUps.plan(caseBean.getId()), "followUp.planned");
  }

  public void record(long pointId, long version) {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    attempt(
        () ->
            followUps.record(
                caseBean.getId(),
                pointId,
                version,
                yesNo(form.get("housedBefore")),
                form.get("how"),
                blank(form.get("housingForm"))
                    ? null
                    : HousingForm.valueOf(form.get("housingForm")),
                yesNo(form.get("stillHoused")),
                form.get("note")),
        "day.saved");
  }

  public void close() {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    attempt(
        () ->
            followUps.close(
                caseBean.getId(),
                blank(form.get("outcome")) ? null : CaseOutcome.valueOf(form.get("outcome")),
                form.get("outcomeNote")),
        "followUp.closed");
    caseBean.reload();
  }

  private void attempt(Runnable change, String doneKey) {
    try {
      change.run();
      messages.info(doneKey);
    } catch (ConcurrentEdit e) {
      messages.error("day.conflict");
    } catch (Refusal e) {
      messages.refused("followUp.invalid", e);
    }
    points = null;
  }

  private static Boolean yesNo(String value) {
    return blank(value) ? null : Boolean.valueOf(value);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public HousingForm[] getHousingForms() {
    return HousingForm.values();
  }

  public CaseOutcome[] getOutcomes() {
    return CaseOutcome.values();
  }
}
