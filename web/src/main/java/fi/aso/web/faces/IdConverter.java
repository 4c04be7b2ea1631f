package fi.aso.web.faces;

import fi.aso.web.Ids;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The {@code ?id=} of a page ({@code <f:viewParam name="id" ... converter="aso.id"/>}): text that
 * is not an id becomes no id, and the page then says "not found" as for an unknown one.
 */
@FacesConverter("aso.id")
public class IdConverter implements Converter<Long> {

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    return Ids.parse(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }
}
