package fi.aso.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on a resource that carries its version (the JPA version its changes are checked
 * against), for optimistic concurrency the HTTP way ({@link EntityTags}): a read answers the
 * version as a strong {@code ETag}; a write takes it in {@code If-Match} as well as in the body's
 * {@code version} (or {@code ?version=} of a DELETE), answers 412 when it is stale and 428 when
 * neither names one, and answers the new version as an {@code ETag}. The published document says
 * the same ({@code ApiContract}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Versioned {

  /**
   * Whether a write that names no version at all is refused (428). False where naming none has a
   * meaning of its own: a slot record's first save.
   */
  boolean required() default true;

  /**
   * Whether a success answers an {@code ETag}: false for a write after which the resource is gone
   * (a retired service).
   */
  boolean tagged() default true;
}
