package fi.aso.application.mail;

import fi.aso.application.i18n.Dates;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The words of the platform's mails, from the bundles the pages use ({@value #BUNDLE}, keys {@code
 * mail.*}), so a text is translated and checked in one place.
 *
 * <p>A mail says everything in Finnish with Swedish beside or below it: the platform records no
 * language for a partner's contact person (only staff users choose one), the authorities work in
 * both, and a mail is often forwarded inside the organisation. Subjects and calendar fields are one
 * short line, so they are Finnish only. English exists in the bundle for the pages' sake.
 */
public final class MailTexts {

  /** The base name of the page and mail bundles (faces-config names the same). */
  public static final String BUNDLE = "fi.aso.i18n.messages";

  private static final ResourceBundle FINNISH = bundle("fi");
  private static final ResourceBundle SWEDISH = bundle("sv");

  private MailTexts() {}

  public static String finnish(String key, String... args) {
    return text(FINNISH, key, args);
  }

  public static String swedish(String key, String... args) {
    return text(SWEDISH, key, args);
  }

  /** "Finnish / Swedish", for labels and short lines. */
  public static String both(String key, String... args) {
    return finnish(key, args) + " / " + swedish(key, args);
  }

  /** The Finnish line with the Swedish one below it. */
  public static String stacked(String key, String... args) {
    return finnish(key, args) + "\n" + swedish(key, args);
  }

  /**
   * The Finnish line with the Swedish one below it, each with its own arguments: a date or a time
   * is written as each language writes it ({@link Dates}).
   */
  public static String stacked(String key, Function<Dates, String[]> args) {
    return finnish(key, args.apply(Dates.in(FINNISH.getLocale())))
        + "\n"
        + swedish(key, args.apply(Dates.in(SWEDISH.getLocale())));
  }

  /**
   * "Aika / Tid: ke 16.12.2026 klo 9.40 / ons 16.12.2026 kl. 9.40": a line whose value each
   * language writes its own way (once when both write it alike).
   */
  public static String line(String labelKey, Function<Dates, String> value) {
    String finnish = value.apply(Dates.in(FINNISH.getLocale()));
    String swedish = value.apply(Dates.in(SWEDISH.getLocale()));
    return line(labelKey, finnish.equals(swedish) ? finnish : finnish + " / " + swedish);
  }

  /** The Finnish way of writing dates, for subjects and calendar fields (Finnish only). */
  public static Dates finnishDates() {
    return Dates.in(FINNISH.getLocale());
  }

  /** "Aika / Tid: value", one line of a mail. */
  public static String line(String labelKey, String value) {
    return both(labelKey) + ": " + value + "\n";
  }

  /** The last line of every mail to a partner. */
  public static String noPersonalData() {
    return both("mail.noPersonalData") + "\n";
  }

  /** As the pages do: a text with arguments is a {@link MessageFormat} pattern, else plain. */
  private static String text(ResourceBundle bundle, String key, String... args) {
    String text = bundle.getString(key);
    return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
  }

  /** Never the server's default locale: Finnish lives in the base bundle. */
  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }
}
