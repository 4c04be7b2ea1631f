package fi.aso.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The page's messages as a summary people can act on (the GOV.UK and Suomi.fi pattern): a message
 * about a field names the field by its label and links to it ("Alkaa: Pakollinen tieto."), so three
 * "Pakollinen tieto." no longer look alike; the field gets {@code aria-invalid} and is tied to its
 * message with {@code aria-describedby} ({@link FieldErrors}).
 */
@Named
@RequestScoped
public class ErrorSummary {

  /**
   * One message: {@code id} its element's id, {@code fieldId} the field's client id (null: about
   * the page), {@code label} the field's label (null: none found).
   */
  public record Item(String id, String fieldId, String label, String text, String styleClass) {}

  private List<Item> items;

  public List<Item> getItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    // the summary's repeat is also walked while the form is taken in, before validation has said
    // anything: only what is read for drawing the page is kept
    if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      return read(context);
    }
    if (items == null) {
      items = read(context);
    }
    return items;
  }

  /** The id of the summary item about this field, if there is one. */
  String itemAbout(String clientId) {
    return getItems().stream()
        .filter(i -> clientId.equals(i.fieldId()))
        .map(Item::id)
        .findFirst()
        .orElse(null);
  }

  private static List<Item> read(FacesContext context) {
    List<Item> read = new ArrayList<>();
    Map<String, String> labels = null;
    Iterator<String> ids = context.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      String label = null;
      if (clientId != null) {
        if (labels == null) {
          labels = labels(context);
        }
        label = labels.get(clientId);
      }
      for (FacesMessage message : context.getMessageList(clientId)) {
        read.add(
            new Item(
                "msg-" + read.size(),
                clientId,
                label,
                message.getSummary(),
                styleClass(message.getSeverity())));
      }
    }
    return read;
  }

  /** Every field's label by the field's client id (labels inside repeated rows are left out). */
  private static Map<String, String> labels(FacesContext context) {
    Map<String, String> labels = new HashMap<>();
    collect(context, context.getViewRoot(), labels);
    return labels;
  }

  private static void collect(FacesContext context, UIComponent parent, Map<String, String> into) {
    for (UIComponent child : parent.getChildren()) {
      if (child instanceof HtmlOutputLabel label && label.getFor() != null) {
        UIComponent field = field(label);
        Object text = field instanceof UIInput ? text(label) : null;
        if (text != null) {
          into.putIfAbsent(field.getClientId(context), String.valueOf(text));
        }
      }
      collect(context, child, into);
    }
  }

  /** The field a label is for; none when it cannot be found from here (e.g. in another row). */
  private static UIComponent field(HtmlOutputLabel label) {
    try {
      return label.findComponent(label.getFor());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A label's text; none when it can only be worked out inside a repeated row (its expression names
   * the row's variable, which is not there outside the row).
   */
  private static Object text(HtmlOutputLabel label) {
    try {
      return label.getValue();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String styleClass(FacesMessage.Severity severity) {
    if (severity.compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
      return "message message-error";
    }
    return severity.compareTo(FacesMessage.SEVERITY_WARN) == 0
        ? "message message-warn"
        : "message message-info";
  }
}
