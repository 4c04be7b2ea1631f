package fi.aso.web.faces;

import fi.aso.application.search.Page;
import fi.aso.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The address of a searched list: its filter is the page's own query string (a plain GET form), so
 * a refresh, a bookmark or a link to the next page shows the same search. Pages read their
 * parameters here and link to their other pages with the same filter.
 */
@Named
@RequestScoped
public class ListAddress {

  @Inject Messages messages;

  /** A parameter of the address as typed, or {@code null}. */
  public String param(String name) {
    Map<String, String> params = external().getRequestParameterMap();
    return params.get(name);
  }

  /**
   * A parameter of the address, or {@code absent} when the address does not name it at all: a list
   * opened from the menu shows its default filter, while a form sent with the field left empty asks
   * for "any".
   */
  public String param(String name, String absent) {
    return external().getRequestParameterMap().containsKey(name) ? param(name) : absent;
  }

  /**
   * The search the address asks for; when it asks for something refused (a wrong date, an order the
   * list does not know), the list's default search, and the page says why.
   */
  public <T> Page<T> search(Supplier<Page<T>> asked, Supplier<Page<T>> otherwise) {
    try {
      return asked.get();
    } catch (Refusal e) {
      messages.refused("search.invalid", e);
      return otherwise.get();
    }
  }

  /**
   * This page's address with the same query and the list starting at {@code offset}: the query as
   * the browser sent it, decoded and encoded again, without the old offset.
   */
  public String at(int offset) {
    String query = ((HttpServletRequest) external().getRequest()).getQueryString();
    Map<String, String> filter = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        filter.putIfAbsent(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return at(filter, offset);
  }

  /**
   * This page's address with the filter given (one a view kept from the address it was opened with,
   * for the pages after a post back to it) and the list starting at {@code offset}.
   */
  public String at(Map<String, String> filter, int offset) {
    List<String> kept = new ArrayList<>();
    filter.forEach(
        (name, value) -> {
          // an empty field is kept: for some lists it means "any" where none means the default
          if (!name.isEmpty() && !name.equals("offset") && value != null) {
            kept.add(encode(name) + "=" + encode(value));
          }
        });
    kept.add("offset=" + offset);
    return external().getRequestContextPath()
        + FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?"
        + String.join("&", kept);
  }

  /** The parameters of the address that are among {@code names}, as given. */
  public Map<String, String> filter(String... names) {
    Map<String, String> params = external().getRequestParameterMap();
    Map<String, String> filter = new LinkedHashMap<>();
    for (String name : names) {
      if (params.containsKey(name)) {
        filter.put(name, params.get(name));
      }
    }
    return filter;
  }

  /** "Page 2 of 3", for the page of the list starting at {@code offset}. */
  public String pageOf(Page<?> page, int offset) {
    return messages.get("search.pageOf", page.pageAt(offset), page.pageCount());
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return ""; // a broken escape typed by hand: the pair is left out
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
