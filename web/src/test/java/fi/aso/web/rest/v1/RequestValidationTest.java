package fi.aso.web.rest.v1;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.meetingday.Responsible;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request bodies' constraints as the container checks them (Hibernate Validator, as in Payara),
 * and how a violation is said in the API's problem detail.
 */
class RequestValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aMissingBodyIsNamedAsTheRequestBody() throws NoSuchMethodException {
    Method add = ActionsResource.class.getMethod("add", ActionsResource.NewAction.class);

    Set<ConstraintViolation<ActionsResource>> violations =
        validator
            .forExecutables()
            .validateParameters(new ActionsResource(), add, new Object[] {null});

    assertThat(detail(violations)).isEqualTo("the request body is required");
  }

  @Test
  void eachMissingFieldIsNamedInTheDetail() {
    var action = new ActionsResource.NewAction(1, "find a flat", null, null, null, null);

    assertThat(detail(validator.validate(action)))
        .isEqualTo("due is required; responsible is required");
  }

  @Test
  void aCompleteBodyPasses() {
    var action =
        new ActionsResource.NewAction(
            1, "find a flat", Responsible.CASE_WORKER, null, null, LocalDate.of(2027, 1, 15));

    assertThat(validator.validate(action)).isEmpty();
  }

  @Test
  void aFieldInsideAListIsNamedWithItsIndex() {
    var times =
        new MeetingsResource.SlotTimes(
            3,
            List.of(
                new MeetingsResource.SlotTime(10, OffsetDateTime.parse("2027-01-12T09:00+02:00")),
                new MeetingsResource.SlotTime(11, null)));

    assertThat(detail(validator.validate(times))).isEqualTo("slots[1].start is required");
  }

  @Test
  void aNullInAListOrSetIsNamed() {
    // found by the fuzz test: [null] reached the resource and failed there (a 500)
    var consent =
        new ConsentsResource.PaperConsent(
            LocalDate.of(2027, 1, 1),
            "fi-2026-1",
            java.util.Arrays.asList((ConsentsResource.Grant) null),
            null);
    assertThat(detail(validator.validate(consent))).isEqualTo("grants[0] is required");

    var series =
        new MeetingSeriesResource.NewSeries(
            "Kuukausikokous",
            "FREQ=MONTHLY;BYDAY=2TU",
            LocalDate.of(2027, 1, 12),
            java.time.LocalTime.of(9, 0),
            java.time.LocalTime.of(12, 0),
            "Joensuu",
            new java.util.HashSet<>(java.util.Arrays.asList((LocalDate) null)));
    assertThat(detail(validator.validate(series))).isEqualTo("exceptions[] is required");

    var order = new MeetingsResource.SlotOrder(3, java.util.Arrays.asList(10L, null));
    assertThat(detail(validator.validate(order))).isEqualTo("slotIds[1] is required");
  }

  @Test
  void aSlotNeedsAPositiveLength() {
    var slot =
        new MeetingsResource.NewSlot(
            3, 7, OffsetDateTime.parse("2027-01-12T09:00+02:00"), 0, null, null, null, null);

    assertThat(detail(validator.validate(slot))).isEqualTo("lengthMinutes must be more than 0");
  }

  @Test
  void bodiesThatMayBeLeftOutHaveNoConstraints() {
    assertThat(validator.validate(new NetworkResource.Webhook(null))).isEmpty();
  }

  private static String detail(Set<? extends ConstraintViolation<?>> violations) {
    return Problems.detail(new ConstraintViolationException(violations));
  }
}
