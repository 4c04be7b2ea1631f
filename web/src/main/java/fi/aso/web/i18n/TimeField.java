package fi.aso.web.i18n;

import fi.aso.application.i18n.DateInput;
import fi.aso.application.i18n.Dates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.util.ResourceBundle;

/**
 * A time field ({@code converter="aso.time"}): shows "9.40" (English "9:40") as the page writes
 * times, reads "9.40", "09:40" or a bare hour ({@link DateInput}); anything else is refused with
 * {@code input.time.invalid}, which gives the example its label's hint ({@code input.time.hint})
 * gives.
 */
@FacesConverter("aso.time")
public class TimeField implements Converter<LocalTime> {

  @Override
  public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
    return read(value, DateField.words(context));
  }

  /** The time typed (none for an empty field), or the refusal in these words. */
  static LocalTime read(String value, ResourceBundle words) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateInput.time(value).orElseThrow(() -> DateField.refused(words, "input.time.invalid"));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
    return Dates.in(context.getViewRoot().getLocale()).field(value);
  }
}
