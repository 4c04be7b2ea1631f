package fi.aso.application.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a mail, made from its text part so that the two say the same thing in the same
 * order: paragraphs where the text has blank lines, line breaks where it has lines, and web
 * addresses (http and https only) as links. Every character of the text is escaped, so nothing a
 * user typed becomes markup; a link's address is the same escaped text as its words.
 */
public final class MailHtml {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

  private MailHtml() {}

  public static String of(String text) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\"></head>\n<body>\n");
    String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    for (String paragraph : normalised.strip().split("\n[ \t]*\n+")) {
      if (paragraph.isBlank()) {
        continue;
      }
      html.append("<p>");
      String[] lines = paragraph.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          html.append("<br>\n");
        }
        html.append(line(lines[i]));
      }
      html.append("</p>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String line(String line) {
    StringBuilder html = new StringBuilder();
    Matcher link = LINK.matcher(line);
    int at = 0;
    while (link.find()) {
      String address = escape(link.group());
      html.append(escape(line.substring(at, link.start())))
          .append("<a href=\"")
          .append(address)
          .append("\">")
          .append(address)
          .append("</a>");
      at = link.end();
    }
    return html.append(escape(line.substring(at))).toString();
  }

  /** Text as HTML: the five characters that can start or end markup or an attribute. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
