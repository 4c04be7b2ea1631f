package fi.aso.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Every form posts back to its page's own address with the page's view parameters ({@code
 * cases/case.xhtml?id=7}, a list's filters), so the address bar still names the page after a
 * full-page post and a reload or a bookmark opens the same page. Faces' own form action is the bare
 * view ({@code case.xhtml}), which lost the {@code ?id=} on every post.
 *
 * <p>Only form actions change: links and redirects build their parameters themselves ({@code
 * includeViewParams}), and this handler answers them as before. Failed posts keep the user's input
 * and the message on the page, which a post-redirect-get could not; {@code resources/js/aso.js}
 * turns the posted page into a plain entry of the history, so a reload asks for the page again
 * instead of posting the form twice.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {

  public AddressKeepingViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = getWrapped().getActionURL(context, viewId);
    UIViewRoot view = context.getViewRoot();
    if (view == null
        || !viewId.equals(view.getViewId())
        || !(UIComponent.getCurrentComponent(context) instanceof UIForm)) {
      return url;
    }
    String query = viewParameters(context, view);
    if (query.isEmpty()) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + query;
  }

  /** {@code id=7&list=mine}: the view parameters that have a value, in the page's order. */
  static String viewParameters(FacesContext context, UIViewRoot view) {
    StringJoiner query = new StringJoiner("&");
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        query.add(encode(parameter.getName()) + "=" + encode(value));
      }
    }
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
