package fi.aso.application.links;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.invitation.AnswerLinks;
import fi.aso.application.keys.KeyRing;
import fi.aso.application.meeting.JoinLinks;
import fi.aso.testing.TestServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

  private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
  private static final byte[] H2 = "h2h2h2h2h2h2h2h2h2h2h2h2h2h2h2h2".getBytes();
  private static final Instant SLOT_ENDS = Instant.parse("2026-03-12T10:30:00Z");

  private static SignedTokens at(Instant now) {
    return new SignedTokens(TestServices.protection(), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void aTokenIsValidForItsPurposeUntilItExpires() {
    String token = at(NOW).issue("p", 42, NOW.plus(Duration.ofDays(1)));

    assertThat(token).matches("[0-9A-Za-z_-]+").hasSizeLessThan(80);
    assertThat(at(NOW).verify("p", token)).isEqualTo(verified(SignedTokens.Status.VALID, 42));
    assertThat(at(NOW.plus(Duration.ofDays(1))).verify("p", token).isValid()).isTrue();
  }

  @Test
  void aLinkSignedBeforeAHashKeyRotationCountsWhileTheRetiredKeyIsConfigured() {
    String token = at(NOW).issue("p", 42, NOW.plus(Duration.ofDays(1)));
    KeyRing rotated = TestServices.HASH_KEYS.rotatedTo("h2", H2);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SignedTokens afterRotation =
        new SignedTokens(new DataProtection(TestServices.DATA_KEYS, rotated), clock);
    SignedTokens retiredKeyRemoved =
        new SignedTokens(new DataProtection(TestServices.DATA_KEYS, KeyRing.of("h2", H2)), clock);

    assertThat(afterRotation.verify("p", token).isValid()).isTrue();
    assertThat(afterRotation.issue("p", 42, NOW.plus(Duration.ofDays(1)))).isNotEqualTo(token);
    assertThat(retiredKeyRemoved.verify("p", token).status())
        .isEqualTo(SignedTokens.Status.INVALID);
  }

  @Test
  void anExpiredTokenIsRecognisedButNotValid() {
    String token = at(NOW).issue("p", 42, NOW.plus(Duration.ofDays(1)));

    SignedTokens.Verified later =
        at(NOW.plus(Duration.ofDays(1)).plusSeconds(1)).verify("p", token);

    assertThat(later.status()).isEqualTo(SignedTokens.Status.EXPIRED);
    assertThat(later.isValid()).isFalse();
  }

  @Test
  void aTamperedTokenIsInvalid() {
    SignedTokens tokens = at(NOW);
    String token = tokens.issue("p", 42, NOW.plus(Duration.ofDays(1)));
    String[] parts = token.split("-", 3);
    String laterExpiry =
        Long.toString(NOW.plus(Duration.ofDays(365)).getEpochSecond(), Character.MAX_RADIX);

    assertThat(tokens.verify("p", "43-" + parts[1] + "-" + parts[2]).status())
        .isEqualTo(SignedTokens.Status.INVALID);
    assertThat(tokens.verify("p", "042-" + parts[1] + "-" + parts[2]).status())
        .isEqualTo(SignedTokens.Status.INVALID);
    assertThat(tokens.verify("p", parts[0] + "-" + laterExpiry + "-" + parts[2]).status())
        .isEqualTo(SignedTokens.Status.INVALID);
    char last = token.charAt(token.length() - 1);
    String otherSignature = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(tokens.verify("p", otherSignature).status()).isEqualTo(SignedTokens.Status.INVALID);
    for (String junk : new String[] {null, "", "42", "42-x", "x-y-z", "-1--", "9".repeat(100)}) {
      assertThat(tokens.verify("p", junk).status()).as(junk).isEqualTo(SignedTokens.Status.INVALID);
    }
  }

  @Test
  void aTokenForAnotherPurposeIsInvalid() {
    SignedTokens tokens = at(NOW);
    JoinLinks join = new JoinLinks(tokens);
    AnswerLinks answer = new AnswerLinks(tokens);

    String joinToken = join.tokenFor(7, SLOT_ENDS);
    String answerToken = answer.tokenFor(7, SLOT_ENDS);

    assertThat(join.check(joinToken)).isEqualTo(verified(SignedTokens.Status.VALID, 7));
    assertThat(answer.check(answerToken)).isEqualTo(verified(SignedTokens.Status.VALID, 7));
    assertThat(answer.check(joinToken).status()).isEqualTo(SignedTokens.Status.INVALID);
    assertThat(join.check(answerToken).status()).isEqualTo(SignedTokens.Status.INVALID);
  }

  @Test
  void aJoinLinkLastsHoursAfterTheSlotAndAnAnswerLinkDays() {
    String joinToken = new JoinLinks(at(NOW)).tokenFor(7, SLOT_ENDS);
    String answerToken = new AnswerLinks(at(NOW)).tokenFor(7, SLOT_ENDS);
    Instant nextDay = SLOT_ENDS.plus(Duration.ofDays(1));

    assertThat(new JoinLinks(at(SLOT_ENDS.plus(Duration.ofHours(1)))).check(joinToken).isValid())
        .isTrue();
    assertThat(new JoinLinks(at(nextDay)).check(joinToken).status())
        .isEqualTo(SignedTokens.Status.EXPIRED);
    assertThat(new AnswerLinks(at(nextDay)).check(answerToken).isValid()).isTrue();
    assertThat(new AnswerLinks(at(SLOT_ENDS.plus(Duration.ofDays(8)))).check(answerToken).status())
        .isEqualTo(SignedTokens.Status.EXPIRED);
  }

  private static SignedTokens.Verified verified(SignedTokens.Status status, long id) {
    return new SignedTokens.Verified(status, id);
  }
}
