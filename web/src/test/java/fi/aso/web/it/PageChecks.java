package fi.aso.web.it;

import com.deque.html.axecore.results.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page must be, checked on the page a browser shows, with every problem collected (not
 * the first only) so that one run lists them all: axe-core's WCAG 2.1 A/AA rules with no violation
 * of any impact, nothing wider than the window (WCAG 1.4.10 reflow; the width without the scroll
 * bar, under which a few pixels too many would hide), and on Finnish and Swedish pages no internal
 * constant and no English word.
 */
final class PageChecks {

  /**
   * An enum or other internal constant printed as it is: {@code CASE_WORKER}, {@code IN_PERSON}.
   */
  static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z]+\\b");

  /**
   * English words that are never Finnish or Swedish, whole words, any case; each one has been seen
   * on a page or in a PDF (the list) or is what a framework writes when left in English.
   * "via" is Swedish too, so it counts on Finnish pages only.
   */
  static final List<String> ENGLISH =
      List.of(
          "the",
          "client",
          "clients",
          "consent",
          "withdrawn",
          "electronic",
          "chair",
          "referral",
          "meeting",
          "minutes",
          "removed",
          "REST API",
          "sign-in",
          "staff",
          "invited",
          "accepted",
          "declined",
          "tentative",
          "pending",
          "planned",
          "cancelled",
          "today",
          "week",
          "month",
          "all-day",
          "previous",
          "next",
          "null",
          "true",
          "false",
          "undefined",
          "No records found",
          "Choose",
          "Upload",
          "Close");

  private static final Pattern ENGLISH_WORD =
      Pattern.compile(
          "(?<![\\p{L}-])("
              + String.join("|", ENGLISH.stream().map(Pattern::quote).toList())
              + ")(?![\\p{L}-])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FINNISH_ONLY = Pattern.compile("(?<!\\p{L})via(?!\\p{L})");

  /**
   * Findings another branch is fixing, so that this test fails only on new ones meanwhile: a page
   * (regex over the finding's page name), what was found there (a regex over the finding), and who
   * fixes it. Remove a line when its fix lands; a line that matches nothing fails the test, so none
   * outlives its fix.
   */
  record Routed(String page, String finding, String owner) {
    boolean matches(String problem) {
      int colon = problem.indexOf(": ");
      return problem.substring(0, colon).matches(page)
          && Pattern.compile(finding).matcher(problem.substring(colon + 2)).find();
    }
  }

  static final List<Routed> ROUTED = List.of();

  private final List<String> problems = new ArrayList<>();
  private final List<String> routed = new ArrayList<>();
  private final java.util.Set<Routed> used = new java.util.HashSet<>();

  /** Everything found so far that no other branch is fixing, one line each, naming the page. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** What was found and left to its {@link #ROUTED} owner. */
  List<String> routed() {
    return List.copyOf(routed);
  }

  /** The {@link #ROUTED} lines that matched nothing in the pages checked (their fix has landed). */
  List<Routed> unused() {
    return ROUTED.stream().filter(r -> !used.contains(r)).toList();
  }

  private void found(String problem) {
    for (Routed r : ROUTED) {
      if (r.matches(problem)) {
        used.add(r);
        routed.add(problem + " -> " + r.owner());
        return;
      }
    }
    problems.add(problem);
  }

  /** Runs every check on the page the browser shows; {@code page} names it in the findings. */
  void check(WebDriver browser, String page, String language) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Results axe = BrowserSession.axe(browser);
    axe.getViolations()
        .forEach(
            v ->
                found(
                    page
                        + ": axe "
                        + v.getId()
                        + " ("
                        + v.getImpact()
                        + ") "
                        + v.getNodes().stream().limit(4).map(n -> n.getTarget().toString()).toList()
                        + (v.getNodes().size() > 4 ? " and " + (v.getNodes().size() - 4) : "")));
    @SuppressWarnings("unchecked")
    List<Number> widths =
        (List<Number>)
            js.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    if (widths.get(0).intValue() > widths.get(1).intValue()) {
      String widest =
          String.valueOf(
              js.executeScript(
                  "var w = document.documentElement.clientWidth, out = [];"
                      + "document.querySelectorAll('body *').forEach(function (e) {"
                      + "  var r = e.getBoundingClientRect();"
                      + "  if (r.right > w + 1 && out.length < 3) {"
                      + "    out.push(e.tagName + (e.id ? '#' + e.id : '')"
                      + "      + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                      + "      + ' ' + Math.round(r.right)); } });"
                      + "return out.join(', ');"));
      found(
          page
              + ": wider than the window ("
              + widths.get(0)
              + " > "
              + widths.get(1)
              + "): "
              + widest);
    }
    if (language.equals("fi") || language.equals("sv")) {
      // what is marked translate="no" (a sign-in name, an address) is not a word of the page
      String text =
          String.valueOf(
              js.executeScript(
                  "var kept = document.querySelectorAll('[translate=no]');"
                      + "kept.forEach(function (e) { e.dataset.asoHidden = e.style.display;"
                      + "  e.style.display = 'none'; });"
                      + "var text = document.body.innerText;"
                      + "kept.forEach(function (e) { e.style.display = e.dataset.asoHidden; });"
                      + "return text;"));
      // hostile text FuzzIT types into names on purpose (the same deployment) is data, not a word
      // of the page
      text = text.replace("'; drop table client_case; --", "");
      words(page, text, CONSTANT, "constant");
      words(page, text, ENGLISH_WORD, "English");
      if (language.equals("fi")) {
        words(page, text, FINNISH_ONLY, "English");
      }
    }
  }

  private void words(String page, String text, Pattern pattern, String what) {
    Matcher found = pattern.matcher(text);
    List<String> hits = new ArrayList<>();
    while (found.find()) {
      int from = Math.max(0, found.start() - 30);
      int to = Math.min(text.length(), found.end() + 30);
      hits.add("\"" + text.substring(from, to).replace('\n', ' ') + "\"");
    }
    if (!hits.isEmpty()) {
      found(page + ": " + what + " " + hits.stream().distinct().limit(3).toList());
    }
  }
}
