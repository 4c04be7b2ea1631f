package fi.aso.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * A PDF or an image goes out as {@code application/pdf}, not {@code application/pdf;charset=UTF-8}:
 * Payara appends the application's default charset (payara-web.xml's parameter-encoding, which the
 * forms need) to every Content-Type, bytes or not, and a charset on bytes misleads clients (the
 * contract check of the API found it). Text keeps its charset.
 */
@WebFilter(filterName = "binaryWithoutCharset", urlPatterns = "/*")
public class BinaryWithoutCharset extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new Bytes(response));
  }

  static boolean binary(String type) {
    if (type == null) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT).strip();
    return t.startsWith("application/pdf")
        || t.startsWith("image/") && !t.startsWith("image/svg")
        || t.startsWith("application/octet-stream");
  }

  /** Drops the charset whenever the type it is given is binary. */
  static final class Bytes extends HttpServletResponseWrapper {

    Bytes(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(type);
      if (binary(type)) {
        super.setCharacterEncoding((String) null);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Type".equalsIgnoreCase(name)) {
        setContentType(value);
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Type".equalsIgnoreCase(name)) {
        setContentType(value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
