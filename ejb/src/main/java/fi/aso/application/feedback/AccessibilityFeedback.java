package fi.aso.application.feedback;

import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.MailTexts;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.application.throttle.Throttle;
import fi.aso.domain.Refusal;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Feedback on the platform's accessibility (the channel the Act on the Provision of Digital
 * Services 306/2019 requires), from anyone, signed in or not: mailed to the active administrators
 * of the region it is about, through the mail gateway as other mails to staff. Nothing is stored:
 * the mail is the record. What the person typed is quoted line by line, without control characters,
 * so it cannot pass for the platform's own words or headers. Each address may send a few a time
 * ({@link #PER_ADDRESS}), counted where every node sees it.
 */
@Stateless
public class AccessibilityFeedback {

  /** The longest feedback taken (a page of text). */
  public static final int MAX_CHARS = 4000;

  /** The longest reply address taken. */
  public static final int MAX_ADDRESS_CHARS = 254;

  /** Five sends from one address, then a pause of half an hour (growing to two hours). */
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(5, Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(1));

  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

  @Inject RegionRepository regions;
  @Inject StaffUserRepository staff;
  @Inject MailGateway mail;
  @Inject Throttle throttle;

  Clock clock = Clock.systemUTC();

  public AccessibilityFeedback() {}

  /** For tests outside the container. */
  public AccessibilityFeedback(
      RegionRepository regions,
      StaffUserRepository staff,
      MailGateway mail,
      Throttle throttle,
      Clock clock) {
    this.regions = regions;
    this.staff = staff;
    this.mail = mail;
    this.throttle = throttle;
    this.clock = clock;
  }

  /** A region the feedback can be about, as the form lists it. */
  public record RegionChoice(long id, String name) {}

  public List<RegionChoice> regions() {
    return regions.findAll().stream().map(r -> new RegionChoice(r.id(), r.name())).toList();
  }

  /**
   * Mails the feedback to the region's administrators. Refuses empty or too long feedback, a reply
   * address that is not one, an unknown region and an address that has sent too much lately, all
   * before anything is counted or sent; returns how many administrators it was sent to.
   */
  public int send(Long regionId, String text, String replyAddress, String fromAddress) {
    String feedback = text == null ? "" : text.strip();
    if (feedback.isEmpty()) {
      throw new Refusal("feedback.empty", "write the feedback");
    }
    if (feedback.length() > MAX_CHARS) {
      throw new Refusal("feedback.tooLong", "at most " + MAX_CHARS + " characters", MAX_CHARS);
    }
    String reply = replyAddress == null ? "" : replyAddress.strip();
    if (!reply.isEmpty()
        && (reply.length() > MAX_ADDRESS_CHARS || !ADDRESS.matcher(reply).matches())) {
      throw new Refusal("feedback.address", "not an e-mail address");
    }
    Region region = regionId == null ? null : regions.find(regionId).orElse(null);
    if (region == null) {
      throw new Refusal("feedback.region", "choose the group the feedback is about");
    }
    List<String> administrators =
        staff.ofRegion(region.id()).stream()
            .filter(StaffUser::isActive)
            .filter(u -> u.roles().contains(Role.ADMIN))
            .flatMap(u -> u.email().filter(e -> !e.isBlank()).stream())
            .distinct()
            .toList();
    if (administrators.isEmpty()) {
      throw new Refusal("feedback.noRecipient", "the group has no administrator to send it to");
    }
    Instant now = clock.instant();
    Throttle.Attempt attempt =
        throttle.admit(
            List.of(
                new Throttle.Rule(
                    new ThrottleKey(ThrottleKey.Kind.FEEDBACK_ADDRESS, fromAddress), PER_ADDRESS)),
            now);
    if (!attempt.admitted()) {
      long minutes = (Duration.between(now, attempt.refusal().until()).toSeconds() + 59) / 60;
      throw new Refusal("feedback.tooMany", "too much feedback from this address", minutes);
    }
    String body = body(region, feedback, reply);
    try {
      for (String to : administrators) {
        mail.send(
            new OutgoingMail(to, MailTexts.finnish("mail.feedback.subject", region.name()), body));
      }
    } catch (RuntimeException e) {
      throw new Refusal("feedback.notSent", "the feedback could not be mailed now");
    }
    return administrators.size();
  }

  static String body(Region region, String feedback, String reply) {
    return MailTexts.stacked("mail.feedback.intro", region.name())
        + "\n\n"
        + quoted(feedback)
        + "\n\n"
        + MailTexts.both("mail.feedback.replyTo")
        + ":\n"
        + (reply.isEmpty() ? MailTexts.both("mail.feedback.noReplyAddress") : quoted(reply))
        + "\n\n"
        + MailTexts.stacked("mail.feedback.answer")
        + "\n";
  }

  /**
   * The person's text as a quotation: every line begins with "> ", line breaks are kept and other
   * control characters (a terminal's escapes, a bidirectional override) are shown as "?".
   */
  static String quoted(String text) {
    String clean =
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]|[\\p{Cf}]", "?");
    return "> " + clean.replace("\n", "\n> ");
  }
}
