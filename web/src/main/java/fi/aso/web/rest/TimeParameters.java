package fi.aso.web.rest;

import fi.aso.web.rest.v1.Problems;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * ISO-8601 dates and times in query parameters (2026-12-08, 2026-12-08T09:00:00+02:00). JAX-RS
 * knows no java.time types; a value that does not parse is a 400 with a clear problem, not the 404
 * the specification gives for unconvertible query parameters.
 */
@Provider
public class TimeParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) converter(LocalDate::parse, "a date like 2026-12-08");
    }
    if (rawType == OffsetDateTime.class) {
      return (ParamConverter<T>)
          converter(OffsetDateTime::parse, "a time like 2026-12-08T09:00:00+02:00");
    }
    return null;
  }

  /** The zone of the API's plain dates. */
  public static final java.time.ZoneId HELSINKI = java.time.ZoneId.of("Europe/Helsinki");

  /**
   * The start of a period a filter gives as a date (the first moment of that Europe/Helsinki day)
   * or as an instant with offset; {@code null} when none is given; anything else a 400 naming it.
   */
  public static java.time.Instant start(String value, String name) {
    return moment(value, name, false);
  }

  /**
   * The end of a period a filter gives as a date (the day is included: the first moment after it)
   * or as an instant with offset (not included).
   */
  public static java.time.Instant end(String value, String name) {
    return moment(value, name, true);
  }

  private static java.time.Instant moment(String value, String name, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.contains("T")) {
        return OffsetDateTime.parse(value.strip()).toInstant();
      }
      LocalDate day = LocalDate.parse(value.strip());
      return (end ? day.plusDays(1) : day).atStartOfDay(HELSINKI).toInstant();
    } catch (DateTimeParseException e) {
      throw new fi.aso.application.search.InvalidParameter(
          Problems.INVALID_REQUEST,
          name,
          name + " is a date like 2026-12-08 or a time like 2026-12-08T09:00:00+02:00");
    }
  }

  private static <T> ParamConverter<T> converter(Function<String, T> parse, String expected) {
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return parse.apply(value);
        } catch (DateTimeParseException e) {
          throw new BadRequestException(
              Problems.problem(
                  Response.Status.BAD_REQUEST,
                  "Invalid request",
                  "expected " + expected,
                  Problems.INVALID_REQUEST));
        }
      }

      @Override
      public String toString(T value) {
        return value.toString();
      }
    };
  }
}
