package fi.aso.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.workbench.NextStep;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.invitation.MessageKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Finnish, Swedish and English say the same things, and pages use only texts that exist. */
class MessageBundlesTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");

  @Test
  void swedishAndEnglishHaveExactlyTheFinnishKeys() throws IOException {
    Set<String> finnish = load("messages.properties").stringPropertyNames();
    assertThat(load("messages_sv.properties").stringPropertyNames()).isEqualTo(finnish);
    assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(finnish);
  }

  /**
   * A key written twice is one text lost without a word: Properties keeps the last, so the first
   * place's text silently becomes the second's (two branches each adding "referral.conflict").
   */
  @Test
  void noBundleHasAKeyTwice() throws IOException {
    for (String name :
        List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
      Set<String> seen = new TreeSet<>();
      Set<String> twice = new TreeSet<>();
      try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/fi/aso/i18n/" + name)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            continue;
          }
          String key = trimmed.split("\\s*[=:]", 2)[0].strip();
          if (!seen.add(key)) {
            twice.add(key);
          }
        }
      }
      assertThat(twice).as(name + ": keys written twice").isEmpty();
    }
  }

  @Test
  void everyTextAPageAsksForExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = PAGE_KEY.matcher(Files.readString(page));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyRefusalTheServicesCanMakeIsSaidInEachLanguage() throws IOException {
    Pattern refusal = Pattern.compile("(?:new Refusal|super)\\(\\s*\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
    Set<String> codes = new TreeSet<>();
    foundInServices(refusal).forEach(code -> codes.add("refusal." + code));
    assertThat(codes).as("refusal codes found in the services").hasSizeGreaterThan(50);
    for (String bundle :
        List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
      assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(codes);
    }
  }

  @Test
  void everyMailTextTheServicesAskForIsSaidInEachLanguage() throws IOException {
    // literal keys ("mail.label.time") and prefixes completed in code ("mail.action.intro." + when)
    Pattern mailKey = Pattern.compile("\"(mail\\.[a-zA-Z.]+)\"");
    Set<String> keys = foundInServices(mailKey);
    assertThat(keys).as("mail texts found in the services").hasSizeGreaterThan(10);
    for (MessageKind kind : MessageKind.values()) {
      keys.add("mail.invitation.subject." + kind);
      keys.add("mail.invitation.intro." + kind);
    }
    for (String bundle :
        List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
      Set<String> said = load(bundle).stringPropertyNames();
      for (String key : keys) {
        if (key.endsWith(".")) {
          assertThat(said).as(bundle).anyMatch(k -> k.startsWith(key));
        } else {
          assertThat(said).as(bundle).contains(key);
        }
      }
    }
  }

  @Test
  void everyAuditActionAndOutcomeHasAText() throws IOException {
    Properties finnish = load("messages.properties");
    for (AuditAction action : AuditAction.values()) {
      assertThat(finnish.getProperty("audit.action." + action)).as(action.name()).isNotBlank();
    }
    for (AuditOutcome outcome : AuditOutcome.values()) {
      assertThat(finnish.getProperty("audit.outcome." + outcome)).as(outcome.name()).isNotBlank();
    }
  }

  @Test
  void everyCaseStateClientGroupReferralTopicAndConsentCategoryHasAText() throws IOException {
    Properties finnish = load("messages.properties");
    // every enum shown on a page has a Finnish text for each value
    List<Map.Entry<String, Enum<?>[]>> shown =
        List.of(
            Map.entry("case.state.", fi.aso.domain.clientcase.CaseState.values()),
            Map.entry("case.kind.", fi.aso.domain.clientcase.ClientKind.values()),
            Map.entry("case.topic.", fi.aso.domain.clientcase.Referral.Topic.values()),
            Map.entry("organisation.type.", fi.aso.domain.organisation.OrganisationType.values()),
            Map.entry("organisation.channel.", fi.aso.domain.organisation.DeliveryChannel.values()),
            Map.entry("consent.category.", fi.aso.domain.consent.InformationCategory.values()),
            Map.entry("meeting.status.", fi.aso.domain.meeting.MeetingStatus.values()),
            Map.entry("clientAttendance.", fi.aso.domain.meeting.ClientAttendance.values()),
            Map.entry("invitationAnswer.", fi.aso.domain.meeting.InvitationAnswer.values()),
            Map.entry("delivery.status.", fi.aso.domain.invitation.DeliveryStatus.values()),
            Map.entry("reply.outcome.", fi.aso.domain.invitation.InboundReply.Outcome.values()),
            Map.entry("housingForm.", fi.aso.domain.meetingday.HousingForm.values()),
            Map.entry("attendance.", fi.aso.domain.meetingday.Attendance.values()),
            Map.entry("actionStatus.", fi.aso.domain.meetingday.ActionStatus.values()),
            Map.entry("responsible.", fi.aso.domain.meetingday.Responsible.values()),
            Map.entry("caseOutcome.", fi.aso.domain.clientcase.CaseOutcome.values()),
            Map.entry("followUp.label.", fi.aso.domain.meetingday.FollowUpPoint.Label.values()),
            Map.entry("service.kind.", fi.aso.domain.servicemap.ServiceKind.values()),
            Map.entry("service.area.", fi.aso.domain.servicemap.ServiceArea.values()),
            Map.entry("service.way.", fi.aso.domain.servicemap.ReferralWay.values()));
    for (Map.Entry<String, Enum<?>[]> texts : shown) {
      for (Enum<?> value : texts.getValue()) {
        assertThat(finnish.getProperty(texts.getKey() + value))
            .as(texts.getKey() + value.name())
            .isNotBlank();
      }
    }
  }

  @Test
  void everyNextStepOfTheHomePageIsSaidInEachLanguage() throws IOException {
    for (String bundle :
        List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
      Properties texts = load(bundle);
      for (NextStep.Kind kind : NextStep.Kind.values()) {
        if (kind != NextStep.Kind.AS_STATE) {
          String text = texts.getProperty("home.step." + kind);
          assertThat(text).as(bundle + ": " + kind).isNotBlank();
          // the page formats it with the step's day and count: the pattern must hold, and a
          // single count must read as one (1 kohta, not 1 kohtaa)
          for (int count : new int[] {1, 3}) {
            assertThat(java.text.MessageFormat.format(text, "1.2.2027", count))
                .as(bundle + ": " + kind)
                .doesNotContain("{", "}", "1 kohtaa", "1 punkter", "1 topics");
          }
        }
      }
      // the state says it when nothing more is known
      for (CaseState state : CaseState.values()) {
        assertThat(texts.getProperty("home.next." + state)).as(bundle + ": " + state).isNotBlank();
      }
    }
  }

  /** The first group of every match of {@code pattern} in ejb's main sources. */
  private static Set<String> foundInServices(Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("../ejb/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = pattern.matcher(Files.readString(source));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/fi/aso/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void aListsTotalSaysNoneWithoutAnEmptyRangeAndOneInTheSingular() throws IOException {
    for (String list : List.of("cases", "meetings", "actions", "deliveries")) {
      String key = list + ".search.total";
      for (String bundle :
          List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
        String pattern = load(bundle).getProperty(key);
        java.util.function.IntFunction<String> total =
            n ->
                new java.text.MessageFormat(pattern, java.util.Locale.forLanguageTag("fi"))
                    .format(new Object[] {n, n == 0 ? 0 : 1, Math.min(n, 25)});
        assertThat(total.apply(0)).as(bundle + " " + key).doesNotContain("0", "–", "-");
        assertThat(total.apply(1)).as(bundle + " " + key).startsWith("1 ").endsWith("1");
        assertThat(total.apply(29)).as(bundle + " " + key).startsWith("29 ").endsWith("25");
      }
    }
  }
}
