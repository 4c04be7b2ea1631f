package fi.aso.web.i18n;

import java.util.List;
import java.util.Locale;

/** The platform's languages. Finnish is the default. */
public final class SupportedLocales {

  public static final Locale FINNISH = Locale.forLanguageTag("fi");
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale DEFAULT = FINNISH;
  public static final List<Locale> ALL = List.of(FINNISH, SWEDISH, ENGLISH);

  private SupportedLocales() {}

  /** The supported locale for a language code; anything else falls back to Finnish. */
  public static Locale resolve(String language) {
    return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
  }
}
