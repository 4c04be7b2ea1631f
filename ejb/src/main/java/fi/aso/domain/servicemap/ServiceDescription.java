package fi.aso.domain.servicemap;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.consent.InformationCategory;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything about a service that its editors say: kind, names (Finnish required, Swedish and
 * English where the service has them), who it is for, how to refer a client, when it is open, how
 * to reach it and what a referral to it needs to carry (the consent's information categories).
 * Checked as a whole before anything changes ({@link #checked()}), so a refused form or CSV row
 * changes nothing.
 */
public record ServiceDescription(
    ServiceKind kind,
    String nameFi,
    String nameSv,
    String nameEn,
    String targetGroup,
    Set<ReferralWay> referralWays,
    String openingHours,
    String phone,
    String email,
    String address,
    String webAddress,
    Set<InformationCategory> informationNeeds) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,48}");
  private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s]+");

  /**
   * The description as it is kept: texts stripped (blank: none), sets copied; or a {@link Refusal}
   * naming the first rule it breaks.
   */
  public ServiceDescription checked() {
    if (kind == null) {
      throw new Refusal("services.kind", "a service has a kind");
    }
    String fi = text(nameFi, 200, "the Finnish name");
    if (fi == null) {
      throw new Refusal("services.nameFi", "a service has a Finnish name");
    }
    Set<ReferralWay> ways = set(referralWays, ReferralWay.class, "services.referralWay");
    if (ways.isEmpty()) {
      throw new Refusal("services.referralWay", "a service says how a client is referred to it");
    }
    String mail = text(email, 200, "the e-mail address");
    if (mail != null && !EMAIL.matcher(mail).matches()) {
      throw new Refusal("services.email", "the e-mail address is like name@example.fi");
    }
    String tel = text(phone, 50, "the phone number");
    if (tel != null && !PHONE.matcher(tel).matches()) {
      throw new Refusal("services.phone", "a phone number has digits, spaces, + - ( )");
    }
    String web = text(webAddress, 500, "the web address");
    if (web != null && !WEB.matcher(web).matches()) {
      throw new Refusal("services.web", "a web address starts with https://");
    }
    return new ServiceDescription(
        kind,
        fi,
        text(nameSv, 200, "the Swedish name"),
        text(nameEn, 200, "the English name"),
        text(targetGroup, 1000, "the target group"),
        ways,
        text(openingHours, 500, "the opening hours"),
        tel,
        mail,
        text(address, 300, "the address"),
        web,
        set(informationNeeds, InformationCategory.class, "services.informationNeed"));
  }

  /** The name in a language (fi, sv or en), Finnish where the service has none in it. */
  public String name(String language) {
    return nameIn(language, nameFi, nameSv, nameEn);
  }

  /**
   * Of a service's names, the one in a language (fi, sv or en), Finnish where it has none in it
   * (also for the views that carry the names without the description).
   */
  public static String nameIn(String language, String nameFi, String nameSv, String nameEn) {
    String name =
        switch (language == null ? "fi" : language) {
          case "sv" -> nameSv;
          case "en" -> nameEn;
          default -> nameFi;
        };
    return name == null || name.isBlank() ? nameFi : name;
  }

  private static String text(String value, int max, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Texts.atMost(value.strip(), max, what);
  }

  /** A copy of the set; a missing set is empty, a missing element is refused with the code. */
  private static <E extends Enum<E>> Set<E> set(Collection<E> values, Class<E> type, String code) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values == null) {
      return Collections.unmodifiableSet(copy);
    }
    for (E value : values) {
      if (value == null) {
        throw new Refusal(code, "a list of choices has an empty choice");
      }
      copy.add(value);
    }
    // in the enum's order, as pages and the CSV list them
    return Collections.unmodifiableSet(copy);
  }
}
