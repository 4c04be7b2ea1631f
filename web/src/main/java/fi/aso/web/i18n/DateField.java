package fi.aso.web.i18n;

import fi.aso.application.i18n.DateInput;
import fi.aso.application.i18n.Dates;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * A date field ({@code converter="aso.date"}): a text field, not the browser's date picker, whose
 * shown form follows the browser's own language rather than the page's, so no hint or error could
 * name it. The field shows "16.12.2026", its label says "pp.kk.vvvv" ({@code input.date.hint}) and
 * it reads that, or the ISO form "2026-12-16" ({@link DateInput}); anything else, a two-digit year
 * or a day that does not exist is refused with {@code input.date.invalid}, which names the same
 * form.
 */
@FacesConverter("aso.date")
public class DateField implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    return read(value, words(context));
  }

  /** The date typed (none for an empty field), or the refusal in these words. */
  static LocalDate read(String value, ResourceBundle words) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateInput.date(value).orElseThrow(() -> refused(words, "input.date.invalid"));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return Dates.field(value);
  }

  /** The page's words, in its language. */
  static ResourceBundle words(FacesContext context) {
    return context.getApplication().getResourceBundle(context, "msg");
  }

  /** The refusal in the page's language; the error summary puts the field's label before it. */
  static ConverterException refused(ResourceBundle words, String key) {
    String text = words.getString(key);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
