package fi.aso.web.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A versioned resource's entity tag: its JPA version alone, as a strong tag ({@code "7"}). The tag
 * is scoped, as HTTP's are, by the address it was read from; a meeting's slots and invitees have no
 * version of their own (the meeting's guards them), so a change under a meeting takes and answers
 * the meeting's tag. The version alone, rather than kind, id and version, keeps the tag and the
 * body's {@code version} one number, so that a client may use either.
 */
public final class EntityTags {

  /** The field of a body, or the query parameter of a DELETE, that names the version as read. */
  public static final String VERSION = "version";

  /** What the 428 and 412 answers say, and the document describes. */
  public static final String REQUIRED_CODE = "version.required";

  public static final String STALE_CODE = "conflict.changed";

  public static final String MISMATCH_CODE = "version.mismatch";

  private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

  private EntityTags() {}

  /** The tag of a version. */
  public static EntityTag of(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /**
   * A change of a meeting (or of its slots and invitees) done: 204 with the meeting's new tag. A
   * meeting's change is checked and locked with a forced increment ({@code
   * MeetingRights.toChange}), so the version after it is exactly one more than the one it was based
   * on; counting it here rather than reading it again after the commit keeps someone else's change
   * in between from being tagged as the caller's.
   */
  public static Response changedMeeting(long basedOn) {
    return Response.noContent().tag(of(basedOn + 1)).build();
  }

  /** The same for a change that made something new under the meeting: 201 with its id. */
  public static Response createdUnderMeeting(long basedOn, Object created) {
    return Response.status(Response.Status.CREATED).entity(created).tag(of(basedOn + 1)).build();
  }

  /**
   * The version an {@code If-Match} names: empty if there is none; refused if it is not one strong
   * tag of a version as an {@code ETag} gave it ({@code *}, a list or a weak tag included).
   */
  static OptionalLong ifMatch(String header) {
    if (header == null) {
      return OptionalLong.empty();
    }
    var matcher = STRONG_VERSION.matcher(header.strip());
    if (!matcher.matches()) {
      throw new BadIfMatch();
    }
    return OptionalLong.of(Long.parseLong(matcher.group(1)));
  }

  /** An If-Match that names no single version. */
  static final class BadIfMatch extends RuntimeException {
    BadIfMatch() {
      super("If-Match names one version as the ETag header gave it, e.g. \"7\" (with the quotes)");
    }
  }

  /** Whether the operation changes something (anything but a read). */
  public static boolean isWrite(Method method) {
    return !method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(HEAD.class);
  }

  /** Whether the operation is a write that takes If-Match (and answers 412). */
  public static boolean conditional(Method method) {
    return method.isAnnotationPresent(Versioned.class) && isWrite(method);
  }

  /** Whether a write with no version at all is refused with 428. */
  public static boolean required(Method method) {
    return conditional(method) && method.getAnnotation(Versioned.class).required();
  }

  /** Whether the operation's successes carry an ETag. */
  public static boolean tagged(Method method) {
    Versioned versioned = method.getAnnotation(Versioned.class);
    return versioned != null && versioned.tagged();
  }

  /** Whether the write names its version in the query ({@code DELETE ...?version=}). */
  public static boolean versionInQuery(Method method) {
    if (!method.isAnnotationPresent(DELETE.class)) {
      return false;
    }
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null && VERSION.equals(query.value())) {
        return true;
      }
    }
    return false;
  }

  /** The version a response body carries in its {@code version} component, if it has one. */
  static OptionalLong versionOf(Object entity) {
    if (entity == null || !entity.getClass().isRecord()) {
      return OptionalLong.empty();
    }
    for (RecordComponent component : entity.getClass().getRecordComponents()) {
      if (VERSION.equals(component.getName())) {
        try {
          return component.getAccessor().invoke(entity) instanceof Number n
              ? OptionalLong.of(n.longValue())
              : OptionalLong.empty();
        } catch (ReflectiveOperationException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }
}
