package fi.aso.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Hostile variants of a valid JSON request body, made from a seed (the same seed gives the same
 * attempts): the body as a whole broken (truncated, trailing garbage, wrong brackets, wrong
 * encoding or content type, absurdly deep), and each field of the body's record type (its
 * components, nested records and maps included, whether or not the valid body sends it) replaced by
 * a value of another type, null, an unknown choice, a date in an odd form or out of bounds, a
 * number out of range, or, for text, script and HTML, template syntax, NUL, CRLF with iCalendar and
 * mail header lines, invalid UTF-8, a lone surrogate and a 1 MB string.
 */
final class Mutations {

  /** Script and HTML that must never come back unescaped. */
  static final String SCRIPT = "<script>alert(1)</script>";

  static final String IMG = "\"><img src=x onerror=alert(1)>";

  /** Template syntax that must never be evaluated (Mustache/Angular, EL, Faces EL). */
  static final String TEMPLATES = "{{7*7}}${7*7}#{7*7}";

  /** A line break that would end an iCalendar property and add two lines, if it got through. */
  static final String ICAL = "\r\nATTENDEE:mailto:evil@x\r\nEND:VEVENT";

  /** A line break that would add a mail header, if it got through. */
  static final String MAIL = "\r\nBcc: evil@x";

  /** All of the above in one text, templates first so that a cut text still shows them. */
  static final String HOSTILE = TEMPLATES + " Fuzz " + SCRIPT + IMG + ICAL + MAIL;

  /** The same without line breaks, for one-line fields that refuse them. */
  static final String HOSTILE_LINE = TEMPLATES + " Fuzz " + SCRIPT + IMG + " ; , \\ :";

  static final int ONE_MB = 1 << 20;

  /** One request body to send. */
  record Attempt(String label, byte[] body, String contentType) {}

  private static final String SLOT = "__fuzz_value_4b1d__";

  private final Random random;

  Mutations(long seed) {
    this.random = new Random(seed);
  }

  /** The body broken as a whole: not JSON, not the right JSON, not in the right encoding. */
  List<Attempt> wholeBody(String valid) {
    String json = "application/json";
    List<Attempt> out = new ArrayList<>();
    String inner = valid.strip();
    String withoutBraces =
        inner.startsWith("{") && inner.endsWith("}") ? inner.substring(1, inner.length() - 1) : "";
    add(out, "body: empty", new byte[0], json);
    add(out, "body: null", "null", json);
    add(out, "body: an array", "[]", json);
    add(out, "body: the object in an array", "[" + inner + "]", json);
    add(out, "body: a string", Json.createValue(inner).toString(), json);
    add(out, "body: a number", "12", json);
    add(out, "body: truncated", inner.substring(0, Math.max(1, inner.length() / 2)), json);
    add(out, "body: only an opening brace", "{", json);
    add(out, "body: trailing garbage", inner + "}}", json);
    add(out, "body: trailing text", inner + " and more", json);
    add(out, "body: brackets for braces", "[" + withoutBraces + "]", json);
    add(out, "body: single quotes", inner.replace('"', '\''), json);
    add(out, "body: a comment", "/* fuzz */" + inner, json);
    add(out, "body: unquoted keys", inner.replaceAll("\"([A-Za-z]+)\":", "$1:"), json);
    add(out, "body: trailing comma", inner.replaceFirst("}$", ",}"), json);
    add(
        out,
        "body: a duplicate key with script",
        withoutBraces.isEmpty()
            ? "{\"a\":1,\"a\":" + Json.createValue(SCRIPT) + "}"
            : "{" + withoutBraces + "," + firstKey(inner) + ":" + Json.createValue(SCRIPT) + "}",
        json);
    add(out, "body: 100000 nested arrays", "[".repeat(100_000) + "]".repeat(100_000), json);
    add(
        out,
        "body: 20000 nested objects",
        "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000),
        json);
    add(out, "body: 20000 unknown fields", unknownFields(inner, 20_000), json);
    add(out, "body: a byte-order mark", concat(bytes(0xEF, 0xBB, 0xBF), utf8(inner)), json);
    add(out, "body: UTF-16", inner.getBytes(StandardCharsets.UTF_16LE), json);
    add(out, "body: a raw NUL byte", concat(utf8(inner), bytes(0)), json);
    add(
        out,
        "body: invalid UTF-8 between fields",
        concat(bytes('{'), bytes(0xC3, 0x28, 0xFF, 0xFE), utf8(withoutBraces + "}")),
        json);
    add(
        out,
        "body: declared Latin-1",
        inner.getBytes(StandardCharsets.ISO_8859_1),
        json + ";charset=ISO-8859-1");
    add(out, "body: an unknown charset", utf8(inner), json + ";charset=x-fuzz-8");
    add(out, "body: declared UTF-16, sent UTF-8", utf8(inner), json + ";charset=UTF-16");
    add(out, "body: as text/plain", utf8(inner), "text/plain");
    add(out, "body: as XML", utf8(inner), "application/xml");
    add(out, "body: as a form", utf8(inner), "application/x-www-form-urlencoded");
    add(out, "body: a broken media type", utf8(inner), "application/");
    for (String year : List.of("0001", "9999", "+999999999")) {
      // every date and time of the body at once, so that a start and its end stay in order
      add(
          out,
          "body: every date in year " + year,
          inner.replaceAll(
              "\"\\d{4}-(\\d{2}-\\d{2})",
              "\"" + java.util.regex.Matcher.quoteReplacement(year) + "-$1"),
          json);
    }
    add(out, "body: random bytes", randomBytes(1 + random.nextInt(2000)), json);
    add(out, "body: random bytes flipped", flip(utf8(inner)), json);
    add(out, "body: random range cut", cut(utf8(inner)), json);
    add(out, "body: random JSON", randomJson(0).toString(), json);
    return out;
  }

  /**
   * Each field of {@code type} (a record; its nested records and maps too) replaced in {@code
   * valid} by hostile values; fields the valid body leaves out are added.
   */
  List<Attempt> fields(JsonObject valid, Type type) {
    List<Attempt> out = new ArrayList<>();
    fields(valid, type, new ArrayList<>(), out);
    return out;
  }

  private void fields(JsonObject valid, Type type, List<Object> path, List<Attempt> out) {
    Class<?> raw = raw(type);
    if (raw == null || !raw.isRecord()) {
      return;
    }
    for (RecordComponent c : raw.getRecordComponents()) {
      List<Object> at = append(path, c.getName());
      field(valid, c.getGenericType(), at, out);
    }
  }

  private void field(JsonObject valid, Type type, List<Object> path, List<Attempt> out) {
    Class<?> raw = raw(type);
    JsonValue current = at(valid, path);
    String name = name(path);
    for (Value v : values(type, current)) {
      out.add(
          new Attempt(name + ": " + v.label(), replace(valid, path, v.json()), "application/json"));
    }
    if (raw != null && raw.isRecord()) {
      fields(valid, type, path, out);
    } else if (raw != null && Collection.class.isAssignableFrom(raw)) {
      Type element = argument(type, 0);
      Class<?> elementClass = raw(element);
      if (elementClass != null && elementClass.isRecord()) {
        fields(valid, element, append(path, 0), out);
      }
    } else if (raw != null && Map.class.isAssignableFrom(raw)) {
      Class<?> key = raw(argument(type, 0));
      String first =
          current instanceof JsonObject o && !o.isEmpty()
              ? o.keySet().iterator().next()
              : key != null && key.isEnum() ? key.getEnumConstants()[0].toString() : "key";
      for (Value v : values(argument(type, 1), null)) {
        out.add(
            new Attempt(
                name + "." + first + ": " + v.label(),
                replace(valid, append(path, first), v.json()),
                "application/json"));
      }
    }
  }

  /** A hostile value: its label and its JSON text (which may on purpose not be JSON). */
  record Value(String label, byte[] json) {}

  private List<Value> values(Type type, JsonValue current) {
    Class<?> raw = raw(type);
    List<Value> out = new ArrayList<>();
    out.add(json("null", "null"));
    if (raw == String.class) {
      wrongTypes(out, "string");
      text(out);
    } else if (raw == long.class
        || raw == Long.class
        || raw == int.class
        || raw == Integer.class
        || raw == short.class
        || raw == Short.class) {
      wrongTypes(out, "number");
      number(out, current);
    } else if (raw == boolean.class || raw == Boolean.class) {
      wrongTypes(out, "boolean");
      out.add(text("\"true\" as text", "true"));
      out.add(text("yes", "yes"));
      out.add(json("TRUE", "TRUE"));
    } else if (raw != null && raw.isEnum()) {
      wrongTypes(out, "string");
      choice(out, raw, current);
    } else if (raw == LocalDate.class) {
      wrongTypes(out, "string");
      date(out);
    } else if (raw == OffsetDateTime.class || raw == Instant.class) {
      wrongTypes(out, "string");
      dateTime(out, current);
    } else if (raw == LocalTime.class) {
      wrongTypes(out, "string");
      for (String t : List.of("25:00", "9", "9.00", "24:00", "-01:00", "09:00:00.999999999", "")) {
        out.add(text("time " + t, t));
      }
    } else if (raw != null && Collection.class.isAssignableFrom(raw)) {
      wrongTypes(out, "array");
      collection(out, argument(type, 0), current);
    } else if (raw != null && Map.class.isAssignableFrom(raw)) {
      wrongTypes(out, "object");
      Class<?> key = raw(argument(type, 0));
      String first = key != null && key.isEnum() ? key.getEnumConstants()[0].toString() : "WISHES";
      out.add(json("an unknown key", "{\"NO_SUCH_TOPIC\":\"x\"}"));
      out.add(json("an empty key", "{\"\":\"x\"}"));
      out.add(json("a key in lower case", "{\"" + first.toLowerCase(Locale.ROOT) + "\":\"x\"}"));
      out.add(json("a null value", "{\"" + first + "\":null}"));
      out.add(json("a number value", "{\"" + first + "\":1}"));
      out.add(json("an object value", "{\"" + first + "\":{}}"));
      if (key != null && key.isEnum()) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (Object k : key.getEnumConstants()) {
          all.add(k.toString(), HOSTILE);
        }
        out.add(json("every key hostile", all.build().toString()));
      }
    } else if (raw != null && raw.isRecord()) {
      wrongTypes(out, "object");
      out.add(json("an empty object", "{}"));
    } else {
      wrongTypes(out, "unknown");
    }
    out.add(json("random JSON", randomJson(0).toString()));
    return out;
  }

  /** A value of every JSON type but the field's own. */
  private static void wrongTypes(List<Value> out, String own) {
    if (!own.equals("string")) {
      out.add(json("a string", "\"fuzz\""));
    }
    if (!own.equals("number")) {
      out.add(json("a number", "1"));
      out.add(json("a fraction", "1.5"));
    }
    if (!own.equals("boolean")) {
      out.add(json("a boolean", "true"));
    }
    if (!own.equals("array")) {
      out.add(json("an array", "[]"));
    }
    if (!own.equals("object")) {
      out.add(json("an object", "{}"));
    }
  }

  private void text(List<Value> out) {
    out.add(text("script", "Fuzz " + SCRIPT));
    out.add(text("HTML attribute breakout", IMG));
    out.add(text("template syntax", TEMPLATES));
    out.add(text("everything hostile", HOSTILE));
    out.add(text("NUL", "a\u0000b"));
    out.add(text("iCalendar lines after CRLF", "Fuzz" + ICAL));
    out.add(text("a mail header after CRLF", "Fuzz" + MAIL));
    out.add(text("bare LF and CR", "a\nb\rc"));
    out.add(text("terminal escapes and DEL", "\u0007\u001b[31mred\u007f"));
    out.add(text("bidi override and zero-width", "\u202egnp.exe\u200b\ufeff"));
    out.add(text("emoji and Finnish", "😀👍🏽 Ääkköset Åbo"));
    out.add(text("SQL", "'; drop table client_case; --"));
    out.add(text("a path", "../../../../etc/passwd"));
    out.add(text("empty", ""));
    out.add(text("blank", "   \t "));
    out.add(text("201 characters", "x".repeat(201)));
    out.add(text("301 multi-byte characters", "ä".repeat(301)));
    out.add(text("1001 characters", "y".repeat(1001)));
    out.add(text("10,000 characters in one line", randomLetters(10_000)));
    out.add(text("1 MB", oneMegabyte()));
    out.add(json("a lone surrogate", "\"a\\ud800b\""));
    out.add(
        raw("invalid UTF-8", bytes('"', 'a', 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, 0xC0, 0xAF, '"')));
    out.add(raw("a raw NUL byte", bytes('"', 'a', 0, 'b', '"')));
    out.add(
        raw("raw CRLF with a header", concat(bytes('"', 'a', '\r', '\n'), utf8("Bcc: evil@x\""))));
    out.add(text("random code points", randomText(1 + random.nextInt(300))));
  }

  private void number(List<Value> out, JsonValue current) {
    String base = current == null ? "1" : current.toString();
    out.add(text("the number as text", base));
    out.add(text("text", "abc"));
    for (String n :
        List.of(
            "-1",
            "0",
            "-0",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "1e400",
            "1e-400",
            "12345678901234567890123456789")) {
      out.add(json(n, n));
    }
    out.add(json("NaN", "NaN"));
    out.add(json("hexadecimal", "0x10"));
    out.add(json("a leading zero", "01"));
    out.add(json("random integer", Long.toString(random.nextLong())));
  }

  private static void choice(List<Value> out, Class<?> type, JsonValue current) {
    String base =
        current instanceof jakarta.json.JsonString s
            ? s.getString()
            : type.getEnumConstants()[0].toString();
    out.add(
        text(
            "a typo",
            base.length() > 3
                ? base.substring(0, base.length() - 2) + base.charAt(base.length() - 1)
                : base + "X"));
    out.add(text("lower case", base.toLowerCase(Locale.ROOT)));
    out.add(text("with spaces", " " + base + " "));
    out.add(text("empty", ""));
    out.add(text("its ordinal", "0"));
    out.add(text("script", SCRIPT));
    out.add(json("its ordinal as a number", "0"));
  }

  private static void date(List<Value> out) {
    LocalDate today = LocalDate.now(World.HELSINKI);
    for (String d :
        List.of(
            "1.1.1990",
            "1990-02-30",
            "2026-13-01",
            "0000-01-01",
            "-0001-01-01",
            "+100000-01-01",
            "9999-12-31",
            "1899-12-31",
            today.minusYears(200).toString(),
            today.plusYears(50).toString(),
            today.minusDays(1).toString(),
            "2026-01-01T00:00:00Z",
            "20260101",
            "")) {
      out.add(text("date " + d, d));
    }
    out.add(json("a date as a number", "20260101"));
  }

  private static void dateTime(List<Value> out, JsonValue current) {
    OffsetDateTime base =
        current instanceof jakarta.json.JsonString s
            ? OffsetDateTime.parse(s.getString())
            : OffsetDateTime.now(World.HELSINKI).plusDays(30).withNano(0);
    for (String t :
        List.of(
            base.toLocalDateTime().toString(),
            base.toLocalDate().toString(),
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "2026-06-01T25:00:00Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59+18:00",
            "2026-06-01T10:00:00+19:00",
            base.withYear(1).toString(),
            base.plusYears(100).toString(),
            base.minusYears(1).toString(),
            "1767225600",
            "")) {
      out.add(text("time " + t, t));
    }
    out.add(json("epoch seconds as a number", "1767225600"));
  }

  private void collection(List<Value> out, Type element, JsonValue current) {
    Class<?> e = raw(element);
    String one =
        current instanceof JsonArray a && !a.isEmpty()
            ? a.get(0).toString()
            : e != null && e.isEnum() ? "\"" + e.getEnumConstants()[0] + "\"" : "1";
    out.add(json("[null]", "[null]"));
    out.add(json("[script]", "[" + Json.createValue(SCRIPT) + "]"));
    out.add(json("[[]]", "[[]]"));
    out.add(json("[{}]", "[{}]"));
    out.add(json("a duplicate", "[" + one + "," + one + "]"));
    out.add(json("10,000 elements", "[" + (one + ",").repeat(9_999) + one + "]"));
    out.add(json("a trailing comma", "[" + one + ",]"));
    if (e != null && e.isEnum()) {
      out.add(json("an unknown choice", "[\"NO_SUCH_CHOICE\"]"));
    }
  }

  private static Value json(String label, String json) {
    return new Value(label, utf8(json));
  }

  private static Value text(String label, String text) {
    return new Value(label, utf8(Json.createValue(text).toString()));
  }

  private static Value raw(String label, byte[] bytes) {
    return new Value(label, bytes);
  }

  /** {@code valid} with the value at {@code path} replaced by the raw JSON text {@code value}. */
  static byte[] replace(JsonObject valid, List<Object> path, byte[] value) {
    String text = with(valid, path, 0).toString();
    String marker = "\"" + SLOT + "\"";
    int at = text.indexOf(marker);
    return concat(utf8(text.substring(0, at)), value, utf8(text.substring(at + marker.length())));
  }

  private static JsonValue with(JsonValue node, List<Object> path, int i) {
    if (i == path.size()) {
      return Json.createValue(SLOT);
    }
    Object step = path.get(i);
    if (step instanceof Integer index) {
      JsonArray array = node instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
      JsonArrayBuilder b = Json.createArrayBuilder();
      for (int k = 0; k < Math.max(array.size(), index + 1); k++) {
        b.add(
            k == index
                ? with(k < array.size() ? array.get(k) : JsonValue.EMPTY_JSON_OBJECT, path, i + 1)
                : array.get(k));
      }
      return b.build();
    }
    JsonObject object = node instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    JsonObjectBuilder b = Json.createObjectBuilder(object);
    b.add((String) step, with(object.get(step), path, i + 1));
    return b.build();
  }

  private static JsonValue at(JsonValue node, List<Object> path) {
    JsonValue here = node;
    for (Object step : path) {
      if (step instanceof Integer index && here instanceof JsonArray a && a.size() > index) {
        here = a.get(index);
      } else if (step instanceof String key && here instanceof JsonObject o) {
        here = o.get(key);
      } else {
        return null;
      }
    }
    return here;
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static String name(List<Object> path) {
    StringBuilder s = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer i) {
        s.append('[').append(i).append(']');
      } else {
        s.append(s.isEmpty() ? "" : ".").append(step);
      }
    }
    return s.toString();
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      Type a = p.getActualTypeArguments()[i];
      return a instanceof java.lang.reflect.WildcardType w ? w.getUpperBounds()[0] : a;
    }
    return Object.class;
  }

  private static String firstKey(String object) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^\\{\\s*(\"[^\"]+\")").matcher(object);
    return m.find() ? m.group(1) : "\"a\"";
  }

  private static String unknownFields(String valid, int count) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      s.append("\"fuzz").append(i).append("\":").append(i).append(',');
    }
    String rest = valid.strip();
    return rest.length() > 2 ? s + rest.substring(1) : s.append("\"end\":0}").toString();
  }

  /** The hostile text repeated to a million characters (with a few multi-byte ones). */
  static String oneMegabyte() {
    StringBuilder s = new StringBuilder(ONE_MB + 100);
    while (s.length() < ONE_MB) {
      s.append(SCRIPT).append(" ääkköset ");
    }
    s.setLength(ONE_MB);
    return s.toString();
  }

  private String randomLetters(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  /**
   * Code points from everywhere: controls, ASCII, Latin, CJK, emoji, private use (no surrogates).
   */
  private String randomText(int n) {
    StringBuilder s = new StringBuilder();
    int[][] ranges = {
      {0, 0x1F},
      {0x20, 0x7E},
      {0x80, 0x24F},
      {0x4E00, 0x4FFF},
      {0x1F600, 0x1F64F},
      {0xE000, 0xE0FF},
      {0x2028, 0x202E}
    };
    for (int i = 0; i < n; i++) {
      int[] r = ranges[random.nextInt(ranges.length)];
      s.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
    }
    return s.toString();
  }

  /** A random JSON value up to a few levels deep. */
  private JsonValue randomJson(int depth) {
    int kind = random.nextInt(depth > 2 ? 5 : 7);
    return switch (kind) {
      case 0 -> JsonValue.NULL;
      case 1 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case 2 -> Json.createValue(random.nextLong());
      case 3 -> Json.createValue(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
      case 4 -> Json.createValue(randomText(random.nextInt(40)));
      case 5 -> {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
          a.add(randomJson(depth + 1));
        }
        yield a.build();
      }
      default -> {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
          o.add(randomLetters(1 + random.nextInt(8)), randomJson(depth + 1));
        }
        yield o.build();
      }
    };
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** A few bytes replaced by random ones. */
  private byte[] flip(byte[] body) {
    byte[] b = body.clone();
    for (int i = 0; i < 1 + b.length / 20 && b.length > 0; i++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }

  /** A random range taken out. */
  private byte[] cut(byte[] body) {
    if (body.length < 2) {
      return new byte[0];
    }
    int from = random.nextInt(body.length - 1);
    int to = from + 1 + random.nextInt(body.length - from - 1);
    return concat(
        java.util.Arrays.copyOfRange(body, 0, from),
        java.util.Arrays.copyOfRange(body, to, body.length));
  }

  private static void add(List<Attempt> out, String label, String body, String type) {
    out.add(new Attempt(label, utf8(body), type));
  }

  private static void add(List<Attempt> out, String label, byte[] body, String type) {
    out.add(new Attempt(label, body, type));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
