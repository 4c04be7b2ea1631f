package fi.aso.web.faces;

import fi.aso.application.retention.RetentionAdmin;
import fi.aso.application.retention.RetentionOverview;
import fi.aso.domain.Refusal;
import fi.aso.domain.retention.RetentionKind;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's administrator's retention page: the period of each kind of data with its default and
 * legal basis, changed in one form (all or none, with the API's rules: {@link RetentionAdmin});
 * what the next daily run would remove now (counts, and the cases by reference only); and what the
 * runs removed. A period typed wrong keeps what was typed and says which.
 */
@Named
@ViewScoped
public class RetentionBean implements Serializable {

  @Inject RetentionAdmin retention;
  @Inject RetentionOverview overview;
  @Inject Messages messages;

  /** What the administrator typed, by kind, while the form was refused. */
  private final Map<RetentionKind, String> typed = new EnumMap<>(RetentionKind.class);

  private transient List<RetentionAdmin.Period> periods;
  private transient List<RetentionOverview.Due> dryRun;
  private transient List<RetentionOverview.Run> log;

  public List<RetentionAdmin.Period> getPeriods() {
    if (periods == null) {
      periods = retention.periods();
    }
    return periods;
  }

  /** The field's value: what was typed if the form was refused, else the period in force. */
  public String shown(RetentionAdmin.Period period) {
    return typed.getOrDefault(period.kind(), String.valueOf(period.days()));
  }

  /** Whether the field's value was refused. */
  public boolean refused(RetentionKind kind) {
    return typed.containsKey(kind) && days(typed.get(kind)) == null;
  }

  public List<RetentionOverview.Due> getDryRun() {
    if (dryRun == null) {
      dryRun = overview.dryRun();
    }
    return dryRun;
  }

  /** How many things the next run would remove, of every kind. */
  public int getDueTotal() {
    return getDryRun().stream().mapToInt(RetentionOverview.Due::count).sum();
  }

  public List<RetentionOverview.Run> getLog() {
    if (log == null) {
      log = overview.log(1000);
    }
    return log;
  }

  /** Saves the periods changed in the form, all or none. */
  public void save() {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<RetentionKind, String> given = new EnumMap<>(RetentionKind.class);
    List<String> wrong = new ArrayList<>();
    Map<RetentionKind, Integer> changed = new HashMap<>();
    for (RetentionAdmin.Period p : getPeriods()) {
      String text = form.getOrDefault("days-" + p.kind(), "").strip();
      given.put(p.kind(), text);
      Integer days = days(text);
      if (days == null) {
        wrong.add(messages.get("retention.kind." + p.kind()));
      } else if (days != p.days()) {
        changed.put(p.kind(), days);
      }
    }
    if (!wrong.isEmpty()) {
      typed.putAll(given);
      messages.errorText(
          messages.get("retention.invalid")
              + " "
              + String.join(", ", wrong)
              + ": "
              + messages.get("refusal.retention.periodOutOfRange"));
      return;
    }
    try {
      retention.setPeriods(changed);
      typed.clear();
      messages.info(changed.isEmpty() ? "retention.unchanged" : "retention.saved");
    } catch (Refusal e) {
      typed.putAll(given);
      messages.refused("retention.invalid", e);
    }
    periods = null;
    dryRun = null;
  }

  /** Whole days the rules allow, or null. */
  private static Integer days(String text) {
    try {
      int days = Integer.parseInt(text.strip());
      return RetentionAdmin.allowed(days) ? days : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
