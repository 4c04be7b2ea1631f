package fi.aso.web.rest.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a method parameter is in the API's document when its Java type does not say it: a form
 * body's record ({@code @ApiSchema(TokenRequest.class) MultivaluedMap form}), or a query parameter
 * read as text that is an id ({@code @ApiSchema(type = "integer", format = "int64") String
 * meetingId}). MicroProfile's own {@code @Schema} cannot go on parameters here: Payara's scanner
 * fails the whole document on it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ApiSchema {

  /** The record the body is read as. */
  Class<?> value() default Void.class;

  /** The JSON type of a parameter: integer, number, boolean, string. */
  String type() default "";

  /** Its format, e.g. int64 or date. */
  String format() default "";

  /** What a query parameter narrows a list to, for the document. */
  String description() default "";
}
