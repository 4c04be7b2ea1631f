package fi.aso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Times beyond what the database's timestamps hold (the fuzz test sent year +999999999 and year
 * -999999999): a busy time and a search are refused with a rule's code before they reach a query.
 */
class TimeBoundsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void aBusyTimeLiesBetweenAYearBackAndFiveYearsAheadAndASearchWithinTheYearsTheDatabaseHolds() {
    ContactPerson kalle =
        new ContactPerson(
            new Organisation("Kodit", OrganisationType.NGO, Fixtures.REGION),
            "Kalle",
            "kalle@kodit.test",
            null);
    Instant far = OffsetDateTime.MAX.toInstant();
    refused(
        () -> BusyTime.ofContact(Fixtures.REGION, kalle, NOW, far, "vapaa", "chair", NOW),
        "busy.time");
    refused(
        () ->
            BusyTime.ofContact(
                Fixtures.REGION, kalle, OffsetDateTime.MIN.toInstant(), NOW, "vapaa", "chair", NOW),
        "busy.time");
    assertThat(
            BusyTime.ofContact(
                    Fixtures.REGION,
                    kalle,
                    NOW.plus(Duration.ofDays(30)),
                    NOW.plus(Duration.ofDays(30)).plusSeconds(3600),
                    "Asukasilta",
                    "chair",
                    NOW)
                .note())
        .hasValue("Asukasilta");
    refused(() -> Bounds.search(NOW, far), "calendar.range");
    refused(() -> Bounds.search(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 2)), "calendar.range");
  }

  private static void refused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(code));
  }
}
