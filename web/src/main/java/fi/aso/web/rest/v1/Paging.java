package fi.aso.web.rest.v1;

import fi.aso.application.search.Keyset;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages the API's lists: {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT})
 * entries after {@code cursor}, in the list's stable order (a {@link Keyset}: its sort values, then
 * the id). The address of the next page goes out as {@code Link: <...>; rel="next"} ({@link
 * fi.aso.web.rest.NextPageLink}), the same address with the next cursor; a list whose body is a
 * page object also says the cursor as {@code next}. No link: this was the last page.
 */
@RequestScoped
public class Paging {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = PageRequest.MAX_LIMIT;

  /** The request attribute that holds the next page's address for the response filter. */
  public static final String NEXT = "fi.aso.web.rest.next";

  @Inject HttpServletRequest request;

  /** One page of a whole list (already filtered to what the caller may see). */
  public <T> List<T> page(List<T> all, Keyset<T> order, String limit, String cursor) {
    return linked(PageRequest.parse(null, limit, cursor, DEFAULT_LIMIT, MAX_LIMIT).of(all, order))
        .entries();
  }

  /** A search's page, with the next page's address as its Link. */
  public <T> Page<T> linked(Page<T> page) {
    if (page.next() != null) {
      request.setAttribute(NEXT, nextAddress(page.next()));
    }
    return page;
  }

  /**
   * This request's address with the cursor of the next page: the same filters, order and limit; an
   * offset is left out, the cursor says where to start. Relative to the host, so that it holds
   * behind a proxy.
   */
  private String nextAddress(String cursor) {
    List<String> kept = new ArrayList<>();
    String query = request.getQueryString();
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !name.equals("cursor") && !name.equals("offset")) {
          kept.add(pair);
        }
      }
    }
    kept.add("cursor=" + cursor); // base64url: nothing to escape
    return request.getRequestURI() + "?" + String.join("&", kept);
  }
}
