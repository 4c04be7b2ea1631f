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
