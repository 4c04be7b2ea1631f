package fi.aso.domain.consent;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static fi.aso.domain.consent.InformationCategory.SUBSTANCE_USE_AND_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

  private static final Organisation KODIT =
      Fixtures.organisation(1, "Joensuun Kodit", OrganisationType.RENTAL_HOUSING_COMPANY);
  private static final Organisation SOTE =
      Fixtures.organisation(2, "Siun sote", OrganisationType.ADULT_SOCIAL_WORK);
  private static final Organisation PARISH =
      Fixtures.organisation(3, "Seurakunta", OrganisationType.PARISH_DIACONIA);
  private static final Instant GIVEN = Instant.parse("2026-11-02T10:00:00Z");

  private final ClientCase clientCase = Fixtures.clientCase();
  private final List<Consent> versions = new ArrayList<>();

  private Consent give(
      Instant at, LocalDate until, Map<Organisation, Set<InformationCategory>> grants) {
    Consent consent =
        new ConsentHistory(versions)
            .give(
                clientCase, ConsentMethod.ELECTRONIC, "fi-2026-1", at, until, "caseworker", grants);
    versions.add(consent);
    return consent;
  }

  private Disclosure decide(Organisation organisation, InformationCategory category, Instant at) {
    return new ConsentHistory(versions).decide(organisation.id(), category, at);
  }

  @Test
  void withoutAnyConsentNothingIsDisclosed() {
    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, GIVEN))
        .isEqualTo(new Disclosure(false, Disclosure.Reason.NO_CONSENT, null));
  }

  @Test
  void aNamedOrganisationReceivesExactlyTheGrantedCategories() {
    give(
        GIVEN,
        LocalDate.of(2027, 5, 31),
        Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES)));
    Instant later = GIVEN.plus(Duration.ofDays(1));

    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, later).allowed()).isTrue();
    assertThat(decide(KODIT, HOUSING_HISTORY_AND_WISHES, later).version()).contains(1);
    assertThat(decide(KODIT, SUBSTANCE_USE_AND_HEALTH, later).reason())
        .isEqualTo(Disclosure.Reason.CATEGORY_NOT_GRANTED);
    assertThat(decide(SOTE, IDENTITY_AND_RELEASE, later).reason())
        .isEqualTo(Disclosure.Reason.NOT_NAMED);
  }

  @Test
  void nothingIsDisclosedBeforeTheConsentWasGiven() {
    give(GIVEN, LocalDate.of(2027, 5, 31), Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE)));

    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, GIVEN.minusSeconds(1)).reason())
        .isEqualTo(Disclosure.Reason.NO_CONSENT);
  }

  @Test
  void aConsentEndsAtTheEndOfItsLastDayInFinland() {
    give(GIVEN, LocalDate.of(2026, 11, 30), Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE)));

    // 30.11. 23:59 in Helsinki is 21:59 UTC; 1.12. 00:00 in Helsinki is 30.11. 22:00 UTC
    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, Instant.parse("2026-11-30T21:59:00Z")).allowed())
        .isTrue();
    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, Instant.parse("2026-11-30T22:00:00Z")).reason())
        .isEqualTo(Disclosure.Reason.EXPIRED);
  }

  @Test
  void withdrawingForOneOrganisationEndsOnlyItsAccessAtOnce() {
    Consent consent =
        give(
            GIVEN,
            LocalDate.of(2027, 5, 31),
            Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE), SOTE, Set.of(IDENTITY_AND_RELEASE)));
    Instant withdrawal = GIVEN.plus(Duration.ofDays(3));

    assertThat(consent.withdrawFor(KODIT.id(), "client", withdrawal)).isTrue();
    assertThat(consent.withdrawFor(PARISH.id(), "client", withdrawal)).isFalse();

    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, withdrawal.minusMillis(1)).allowed()).isTrue();
    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, withdrawal).reason())
        .isEqualTo(Disclosure.Reason.WITHDRAWN);
    assertThat(decide(SOTE, IDENTITY_AND_RELEASE, withdrawal).allowed()).isTrue();
  }

  @Test
  void withdrawingTheWholeConsentEndsEveryonesAccess() {
    Consent consent =
        give(GIVEN, LocalDate.of(2027, 5, 31), Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE)));
    Instant withdrawal = GIVEN.plus(Duration.ofDays(3));

    consent.withdraw("client", withdrawal);

    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, withdrawal).reason())
        .isEqualTo(Disclosure.Reason.WITHDRAWN);
  }

  @Test
  void aNewVersionReplacesTheOldOneForTheFuture() {
    give(
        GIVEN,
        LocalDate.of(2027, 5, 31),
        Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE), SOTE, Set.of(IDENTITY_AND_RELEASE)));
    Instant second = GIVEN.plus(Duration.ofDays(5));
    give(
        second,
        LocalDate.of(2027, 5, 31),
        Map.of(SOTE, Set.of(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH)));

    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, second.minusSeconds(1)).allowed()).isTrue();
    assertThat(decide(KODIT, IDENTITY_AND_RELEASE, second).reason())
        .isEqualTo(Disclosure.Reason.NOT_NAMED);
    assertThat(decide(SOTE, SUBSTANCE_USE_AND_HEALTH, second).version()).contains(2);
    assertThat(versions.get(0).supersededAt()).contains(second);
  }

  @Test
  void aConsentCannotEndBeforeItWasGiven() {
    assertThatThrownBy(
            () ->
                give(GIVEN, LocalDate.of(2026, 11, 1), Map.of(KODIT, Set.of(IDENTITY_AND_RELEASE))))
        .isInstanceOf(Refusal.class);
  }
}
