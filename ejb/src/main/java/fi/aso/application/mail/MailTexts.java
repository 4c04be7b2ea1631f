package fi.aso.application.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
