package fi.aso.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;

/**
 * Before a page with messages is drawn, each field a message is about is marked invalid and tied to
 * its message in the summary ({@code aria-invalid="true"}, {@code aria-describedby}), so a screen
 * reader says what is wrong when the field gets the focus (WCAG 3.3.1).
 */
public class FieldErrors implements SystemEventListener {

  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<String> ids = context.getClientIdsWithMessages();
    ErrorSummary summary = null;
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId == null) {
        continue;
      }
      if (summary == null) {
        summary = CDI.current().select(ErrorSummary.class).get();
      }
      String item = summary.itemAbout(clientId);
      UIComponent field = context.getViewRoot().findComponent(clientId);
      if (field instanceof UIInput && item != null) {
        field.getPassThroughAttributes().put("aria-invalid", "true");
        Object described = field.getPassThroughAttributes().get("aria-describedby");
        field
            .getPassThroughAttributes()
            .put("aria-describedby", described == null ? item : described + " " + item);
      }
    }
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }
}
