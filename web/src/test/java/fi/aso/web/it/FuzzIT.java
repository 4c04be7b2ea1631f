package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input to every endpoint that takes any, on the real WAR; then the hostile text that was
 * stored, where it is rendered.
 *
 * <p>The endpoints come from the OpenAPI document (a new one is fuzzed without editing this test);
 * what each takes (its body's record type, query parameters, media types, roles) from the WAR's own
 * JAX-RS classes, since the document's schemas do not list fields; a valid body of each from {@link
 * RegionBoundaryIT.RegionB#body}. The fuzz runs in a region of its own, made through the API by its
 * own people ({@link RegionBoundaryIT.RegionB#make}), so that what it stores is seen by no other
 * test. {@link Mutations} makes the hostile variants from a seed, printed at the start: {@code
 * -Daso.fuzz.seed=N} repeats a run's choices; {@code -Daso.fuzz.requests=N} sets how many body
 * variants are sent (the rest of them are sampled by the seed; the hostile texts always go).
 *
 * <p>Every answer must be below 500 and carry no stack trace or class name; every error of the API
 * must be {@code application/problem+json} with a code. Then the region's people store the hostile
 * texts in every field that is rendered (names, place, referral, action, busy time, follow-up,
 * organisation, contact person, staff, series), and the pages that show them, the minutes PDF, the
 * invitation mail with its iCalendar part and the contact person's calendar feed are checked: no
 * unescaped markup, no evaluated template, no active content, no injected iCalendar line or mail
 * header.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

  /** The roles the fuzz acts as, in the order it prefers them, with the world's user of each. */
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("CHAIR", "chair");
    USERS.put("CASE_WORKER", "caseworker");
    USERS.put("ADMIN", "admin");
    USERS.put("PARTNER", "partner");
  }

  /** Endpoints whose accepted change would take away what the others work on: fuzzed last. */
  private static final List<String> LAST =
      List.of("/cancellation", "/closing", "/withdrawals", "/deactivation", "/reactivation");

  /** Field values always sent; the others are sampled to the budget. */
  private static final Set<String> CORE_VALUES =
      Set.of(
          "null",
          "a string",
          "a number",
          "an array",
          "script",
          "HTML attribute breakout",
          "template syntax",
          "everything hostile",
          "NUL",
          "iCalendar lines after CRLF",
          "a mail header after CRLF",
          "1 MB",
          "invalid UTF-8",
          "a lone surrogate",
          "a typo",
          "date 1.1.1990",
          "date +100000-01-01",
          "9223372036854775808",
          "1e400");

  /** Whole-body variants always sent. */
  private static final Set<String> CORE_BODIES =
      Set.of(
          "body: empty",
          "body: truncated",
          "body: trailing garbage",
          "body: brackets for braces",
          "body: invalid UTF-8 between fields",
          "body: 100000 nested arrays",
          "body: an unknown charset",
          "body: every date in year 0001",
          "body: every date in year 9999",
          "body: every date in year +999999999");

  /** A stack trace, an exception or a Java class or package name. */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|Caused by|\\tat |\\bat (fi|java|javax|jakarta|org|com|sun)\\.|\\b(java|javax|jakarta|sun|com\\.sun"
              + "|org\\.eclipse|org\\.glassfish|org\\.postgresql|org\\.jboss|fish\\.payara|fi\\.aso)"
              + "\\.[a-zA-Z]");

  /** Path parameter values that name nothing, or are not numbers at all (already encoded). */
  private static final List<String> BAD_IDS =
      List.of(
          "abc",
          "-1",
          "0",
          "1.5",
          "1e3",
          "99999999999999999999",
          "9223372036854775807",
          "%00",
          "%0D%0ABcc:%20evil@x",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%2e%2e%2f%2e%2e%2fetc",
          "%E2%80%AE1",
          "%C3%28",
          "%20");

  @ArquillianResource URL deployed;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private URI base;
  private Random random;

  /** What was sent and what came back. */
  private final Map<String, Integer> byKind = new TreeMap<>();

  private final Map<String, Integer> byEndpoint = new TreeMap<>();
  private final Map<String, String> callers = new TreeMap<>();
  private final Map<Integer, Integer> byStatus = new TreeMap<>();
  private final List<String> serverErrors = new ArrayList<>();
  private final Map<String, Integer> failuresByVariant = new TreeMap<>();
  private final Map<String, String> failureExamples = new TreeMap<>();
  private final Map<String, Map<Integer, Integer>> coreStatuses = new TreeMap<>();
  private final Map<Integer, Integer> refusedByServer = new TreeMap<>();
  private final List<String> leaks = new ArrayList<>();
  private final List<String> notProblems = new ArrayList<>();
  private final List<String> noAnswers = new ArrayList<>();
  private int requests;
  private int retried;

  /** What was rendered and how. */
  private final Map<String, Integer> renderings = new TreeMap<>();

  private final List<String> unescaped = new ArrayList<>();
  private final List<String> stored = new ArrayList<>();

  @Test
  void hostileInputGetsNoServerErrorNoTraceAndComesBackEscapedWhereverItIsShown() throws Exception {
    long seed = Long.getLong("aso.fuzz.seed", new SecureRandom().nextLong());
    int budget = Integer.getInteger("aso.fuzz.requests", 2600);
    System.out.println("FuzzIT seed " + seed + " (repeat with -Daso.fuzz.seed=" + seed + ")");
    random = new Random(seed);
    Mutations mutations = new Mutations(seed);
    base = Platform.base(deployed);
    long began = System.nanoTime();

    World demo = new World(base);
    RegionBoundaryIT.RegionB region = RegionBoundaryIT.RegionB.make(base, demo, true);
    World world = region.world();
    // the staff endpoints work on an account of the fuzz's own, not on the region's chair
    long account = fuzzAccount(world, region);
    region.ids().put("staff", account);
    region.versions().put("staff", staffVersion(world, account));
    long setUp = System.nanoTime();

    ApiOperations operations = ApiOperations.read();
    List<String[]> endpoints = Endpoints.of(demo.web().get("openapi").body());
    assertThat(endpoints).hasSizeGreaterThan(40);
    List<String> missing = new ArrayList<>();
    List<Job> jsonJobs = new ArrayList<>();
    List<Job> otherJobs = new ArrayList<>();
    for (String[] endpoint : endpoints) {
      var found = operations.find(endpoint[0], endpoint[1]);
      if (found.isEmpty()) {
        missing.add(endpoint[0] + " " + endpoint[1]);
        continue;
      }
      ApiOperations.Operation op = found.get();
      String what = op.method() + " " + Endpoints.normalised(op.template());
      Caller caller = caller(op, demo, world);
      callers.put(what, caller.user());
      if (op.takesJson()) {
        jsonJobs.addAll(jsonJobs(op, what, caller, region, mutations));
      } else if (op.takesBody() && op.consumes().contains("application/pdf")) {
        otherJobs.addAll(scanJobs(op, what, caller, region));
      } else if (op.takesBody() && op.permitAll()) {
        otherJobs.addAll(tokenJobs(op, what, seed));
      }
      if (!op.query().isEmpty()) {
        otherJobs.addAll(queryJobs(op, what, caller, region));
      }
      if (!Endpoints.kinds(op.template()).isEmpty()) {
        otherJobs.addAll(pathJobs(op, what, caller, region));
      }
    }
    assertThat(missing)
        .as("every operation of the OpenAPI document is a method of the WAR's classes")
        .isEmpty();
    List<Job> jobs = new ArrayList<>(sample(jsonJobs, budget));
    jobs.addAll(otherJobs);
    jobs.addAll(hugeBodies(region, world));
    jobs.addAll(pageJobs(region, world));
    jobs.sort(Comparator.comparing(j -> LAST.stream().anyMatch(j.what()::endsWith)));

    long fuzzed = 0;
    long rendered = 0;
    try {
      for (Job job : jobs) {
        send(job);
      }
      fuzzed = System.nanoTime();
      renderings(region, world);
      rendered = System.nanoTime();
    } finally {
      System.out.println(
          summary(
              seed,
              budget,
              jsonJobs.size(),
              setUp - began,
              Math.max(0, fuzzed - setUp),
              Math.max(0, rendered - fuzzed)));
    }
    assertThat(requests).as("generated requests").isGreaterThanOrEqualTo(2_000);
    assertThat(noAnswers).as("requests the platform did not answer").isEmpty();
    assertThat(serverErrors).as("answers with a 5xx status").isEmpty();
    assertThat(leaks).as("answers with a stack trace or a class name").isEmpty();
    assertThat(notProblems)
        .as("API errors that are not application/problem+json with a code")
        .isEmpty();
    assertThat(unescaped).as("hostile text rendered unescaped or active").isEmpty();
    assertThat(renderings.values().stream().mapToInt(Integer::intValue).sum())
        .as("renderings in which the hostile text was found and checked")
        .isGreaterThanOrEqualTo(10);
    assertThat(renderings.keySet())
        .as("the hostile text was found in HTML, PDF, iCalendar and mail")
        .contains("HTML", "PDF", "iCalendar feed", "invitation mail");
  }

  // ---------------------------------------------------------------------------------------------
  // who calls

  /** A user and their token. */
  private record Caller(String user, Supplier<String> token) {}

  private static Caller caller(ApiOperations.Operation op, World demo, World world) {
    if (op.permitAll()) {
      return new Caller("anonymous", () -> null);
    }
    for (var role : USERS.entrySet()) {
      if (op.roles().contains(role.getKey())) {
        // the fuzz's region has no partner user: a partner is the demo region's
        World in = role.getKey().equals("PARTNER") ? demo : world;
        return new Caller(role.getValue(), () -> token(in, role.getValue()));
      }
    }
    throw new AssertionError(op.method() + " " + op.template() + " names no role FuzzIT knows");
  }

  private static String token(World world, String user) {
    try {
      return world.token(user);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // what is sent

  /** One request: its group and label for the summary, and how to send it. */
  private record Job(String kind, String what, String label, Send send) {}

  @FunctionalInterface
  private interface Send {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  private Send sending(Supplier<HttpRequest> request) {
    return () ->
        ApiExchanges.recorded(
            http.send(request.get(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private List<Job> jsonJobs(
      ApiOperations.Operation op,
      String what,
      Caller caller,
      RegionBoundaryIT.RegionB region,
      Mutations mutations)
      throws Exception {
    String valid = region.body(what).text();
    Class<?> type = Mutations.raw(op.bodyType());
    assertThat(
            valid.equals("{}")
                && type != null
                && type.isRecord()
                && type.getRecordComponents().length > 0)
        .as(
            what
                + " takes a body, and FuzzIT knows no valid one: add a minimal valid body to"
                + " RegionBoundaryIT.RegionB.body")
        .isFalse();
    String path = fill(op.template(), region);
    List<Mutations.Attempt> attempts = new ArrayList<>(mutations.wholeBody(valid));
    attempts.addAll(mutations.fields(Mutations.parse(valid), op.bodyType()));
    List<Job> jobs = new ArrayList<>();
    for (Mutations.Attempt a : attempts) {
      jobs.add(
          new Job(
              "JSON body",
              what,
              a.label(),
              sending(
                  () ->
                      request(
                          op.method(), path, caller.token().get(), a.contentType(), a.body()))));
    }
    return jobs;
  }

  /** Every core variant, and as many of the others as the budget leaves, chosen by the seed. */
  private List<Job> sample(List<Job> all, int budget) {
    List<Job> core = new ArrayList<>();
    List<Job> rest = new ArrayList<>();
    for (Job j : all) {
      String value = variant(j.label());
      (CORE_BODIES.contains(j.label()) || CORE_VALUES.contains(value) ? core : rest).add(j);
    }
    Collections.shuffle(rest, random);
    List<Job> kept = new ArrayList<>(core);
    kept.addAll(rest.subList(0, Math.max(0, Math.min(rest.size(), budget - core.size()))));
    // in the order they were made: per endpoint, whole body first
    Map<Job, Integer> order = new java.util.IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i), i);
    }
    kept.sort(Comparator.comparingInt(order::get));
    return kept;
  }

  /** A consent scan that is not one, or is one with a hostile name. */
  private List<Job> scanJobs(
      ApiOperations.Operation op, String what, Caller caller, RegionBoundaryIT.RegionB region) {
    String path = fill(op.template(), region);
    byte[] pdf = ScanFiles.pdf("Fuzz " + Mutations.SCRIPT);
    Object[][] scans = {
      {"empty", "application/pdf", new byte[0], null},
      {"HTML as JPEG", "image/jpeg", ScanFiles.html(), null},
      {"HTML as PDF", "application/pdf", ScanFiles.html(), null},
      {"a PDF with JavaScript", "application/pdf", ScanFiles.pdfWithJavaScript(), null},
      {"half a PDF", "application/pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2), null},
      {"only a PDF header", "application/pdf", Mutations.utf8("%PDF-1.4\n"), null},
      {"random bytes as PNG", "image/png", randomBytes(5000), null},
      {"a PNG as PDF", "application/pdf", ScanFiles.png(), null},
      {"a PDF as JSON", "application/json", pdf, null},
      {"a PDF as GIF", "image/gif", pdf, null},
      {"a script as its name", "application/pdf", pdf, Mutations.SCRIPT + ".pdf"},
      {"a path as its name", "application/pdf", pdf, "../../../../etc/passwd"},
      {"a 1000 character name", "application/pdf", pdf, "n".repeat(1000) + ".pdf"},
      {"a header as its name", "application/pdf", pdf, "x.pdf\"; filename=evil.html"},
    };
    List<Job> jobs = new ArrayList<>();
    for (Object[] s : scans) {
      jobs.add(
          new Job(
              "scan upload",
              what,
              (String) s[0],
              sending(
                  () -> {
                    HttpRequest.Builder b =
                        builder(
                            op.method(), path, caller.token().get(), (String) s[1], (byte[]) s[2]);
                    if (s[3] != null) {
                      b.header("X-File-Name", (String) s[3]);
                    }
                    return b.build();
                  })));
    }
    return jobs;
  }

  /**
   * Bad token requests, each from an address of its own (the IT server trusts 127.0.0.1 as a proxy)
   * and with a user name no one has, so that no other test's sign-in is throttled. Few of them get
   * as far as a password check, which is slow on purpose.
   */
  private List<Job> tokenJobs(ApiOperations.Operation op, String what, long seed) {
    String name = "fuzz-" + Long.toHexString(seed);
    String form = "application/x-www-form-urlencoded";
    Object[][] forms = {
      {"no body", form, ""},
      {"no user name", form, "password=x"},
      {"no password", form, "username=" + name},
      {"an empty password", form, "username=" + name + "&password="},
      {"a blank user name", form, "username=%20%20&password="},
      {"NUL as the name", form, "username=%00&password="},
      {"invalid percent-encoding", form, "username=%ZZ&password=%"},
      {"invalid UTF-8", form, "username=%C3%28&password="},
      {"a 1 MB name", form, "username=" + "a".repeat(Mutations.ONE_MB) + "&password="},
      {"as JSON", "application/json", "{\"username\":\"" + name + "\",\"password\":\"x\"}"},
      {"as text", "text/plain", "username=" + name + "&password=x"},
      {"script as the name", form, "username=" + enc(Mutations.SCRIPT + name) + "&password=x"},
      {"CRLF in the name", form, "username=" + enc(name + Mutations.MAIL) + "&password=x"},
    };
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < forms.length; i++) {
      Object[] f = forms[i];
      String address = "198.51.100." + (10 + i);
      jobs.add(
          new Job(
              "token form",
              what,
              (String) f[0],
              sending(
                  () ->
                      builder(
                              op.method(),
                              op.template(),
                              null,
                              (String) f[1],
                              Mutations.utf8((String) f[2]))
                          .header("X-Forwarded-For", address)
                          .build())));
    }
    return jobs;
  }

  /** Query parameters of the wrong type or form, one parameter at a time. */
  private List<Job> queryJobs(
      ApiOperations.Operation op, String what, Caller caller, RegionBoundaryIT.RegionB region) {
    // a removal's ids name nothing, so that no value of its version can remove anything
    boolean removal = op.method().equals("DELETE");
    String path = removal ? fillNothing(op.template()) : fill(op.template(), region);
    Map<String, String> valid = new LinkedHashMap<>();
    op.query().forEach((name, type) -> valid.put(name, validQuery(Mutations.raw(type))));
    List<Job> jobs = new ArrayList<>();
    for (var parameter : op.query().entrySet()) {
      List<String> values = new ArrayList<>(badQueries(Mutations.raw(parameter.getValue())));
      for (String value : values) {
        Map<String, String> query = new LinkedHashMap<>(valid);
        query.put(parameter.getKey(), value);
        String uri =
            path
                + "?"
                + String.join(
                    "&",
                    query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        jobs.add(
            new Job(
                "query parameter",
                what,
                parameter.getKey() + "=" + shorten(value),
                sending(() -> request(op.method(), uri, caller.token().get(), null, null))));
      }
      jobs.add(
          new Job(
              "query parameter",
              what,
              parameter.getKey() + " twice",
              sending(
                  () ->
                      request(
                          op.method(),
                          path + "?" + parameter.getKey() + "=1&" + parameter.getKey() + "=x",
                          caller.token().get(),
                          null,
                          null))));
    }
    // every time parameter at the same far end at once, so that the range itself is short
    List<String> times =
        op.query().entrySet().stream()
            .filter(e -> Mutations.raw(e.getValue()) != Long.class)
            .map(Map.Entry::getKey)
            .toList();
    if (times.size() > 1) {
      for (String far : farTimes(Mutations.raw(op.query().get(times.get(0))))) {
        Map<String, String> query = new LinkedHashMap<>(valid);
        times.forEach(t -> query.put(t, far));
        String uri =
            path
                + "?"
                + String.join(
                    "&",
                    query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        jobs.add(
            new Job(
                "query parameter",
                what,
                "all at " + far,
                sending(() -> request(op.method(), uri, caller.token().get(), null, null))));
      }
    }
    return jobs;
  }

  private static List<String> farTimes(Class<?> type) {
    return type == LocalDate.class
        ? List.of("%2B100000-01-01", "-999999999-01-01", "0001-01-01", "9999-12-31")
        : List.of(
            "%2B999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z");
  }

  private static String validQuery(Class<?> type) {
    if (type == LocalDate.class) {
      return LocalDate.now(World.HELSINKI).toString();
    }
    if (type == OffsetDateTime.class) {
      return enc(OffsetDateTime.now(World.HELSINKI).withNano(0).toString());
    }
    return "0";
  }

  private static List<String> badQueries(Class<?> type) {
    List<String> values =
        new ArrayList<>(
            List.of(
                "",
                "%00",
                "%0D%0ABcc:%20evil@x",
                "%C3%28",
                "%FF%FE",
                enc(Mutations.SCRIPT),
                "9".repeat(10_000),
                "1%20OR%201%3D1",
                enc(Mutations.TEMPLATES)));
    if (type == LocalDate.class) {
      values.addAll(
          List.of("1.1.1990", "1990-02-30", "%2B100000-01-01", "-999999999-01-01", "0001-01-01"));
    } else if (type == OffsetDateTime.class) {
      values.addAll(
          List.of(
              "2026-01-01T00:00",
              "%2B999999999-12-31T23:59:59Z",
              "-999999999-01-01T00:00:00Z",
              "2026-01-01T00:00:00%2B19:00",
              "0001-01-01T00:00:00Z"));
    } else {
      values.addAll(List.of("-1", "99999999999999999999", "1.5", "abc", "1e400"));
    }
    return values;
  }

  /** Path parameters that name nothing or are not numbers, a few per parameter, by the seed. */
  private List<Job> pathJobs(
      ApiOperations.Operation op, String what, Caller caller, RegionBoundaryIT.RegionB region)
      throws Exception {
    List<String> kinds = Endpoints.kinds(op.template());
    String valid = op.takesJson() ? region.body(what).text() : null;
    List<Job> jobs = new ArrayList<>();
    for (int position = 0; position < kinds.size(); position++) {
      List<String> values = new ArrayList<>(BAD_IDS);
      Collections.shuffle(values, random);
      for (String value : values.subList(0, 4)) {
        String path = fill(op.template(), region, position, value);
        jobs.add(
            new Job(
                "path parameter",
                what,
                kinds.get(position) + "=" + value,
                sending(
                    () ->
                        request(
                            op.method(),
                            path,
                            caller.token().get(),
                            valid == null ? null : "application/json",
                            valid == null ? null : Mutations.utf8(valid)))));
      }
    }
    return jobs;
  }

  /** One 20 MB body of each kind: a JSON text field, a scan, a sign-in form. */
  private List<Job> hugeBodies(RegionBoundaryIT.RegionB region, World world) {
    int size = 20 * 1024 * 1024;
    String caseworker = "caseworker";
    List<Job> jobs = new ArrayList<>();
    jobs.add(
        new Job(
            "20 MB body",
            "POST cases",
            "a 20 MB name",
            sending(
                () -> {
                  StringBuilder json = new StringBuilder(size + 200).append("{\"fullName\":\"");
                  json.append("a".repeat(size)).append("\",\"dateOfBirth\":\"1985-03-14\"}");
                  return request(
                      "POST",
                      "/api/v1/cases",
                      token(world, caseworker),
                      "application/json",
                      Mutations.utf8(json.toString()));
                })));
    jobs.add(
        new Job(
            "20 MB body",
            "PUT meetings/*/slot-order",
            "20 MB of slot ids",
            sending(
                () -> {
                  StringBuilder json =
                      new StringBuilder(size + 200).append("{\"version\":0,\"slotIds\":[");
                  while (json.length() < size) {
                    json.append("1234567,");
                  }
                  json.append("1]}");
                  return request(
                      "PUT",
                      "/api/v1/meetings/" + region.id("meetings") + "/slot-order",
                      token(world, "chair"),
                      "application/json",
                      Mutations.utf8(json.toString()));
                })));
    jobs.add(
        new Job(
            "20 MB body",
            "PUT cases/*/consents/*/scan",
            "a 20 MB scan",
            sending(
                () ->
                    request(
                        "PUT",
                        "/api/v1/cases/" + region.id("cases") + "/consents/1/scan",
                        token(world, caseworker),
                        "application/pdf",
                        randomBytes(size)))));
    jobs.add(
        new Job(
            "20 MB body",
            "POST auth/token",
            "a 20 MB form",
            sending(
                () ->
                    builder(
                            "POST",
                            "/api/v1/auth/token",
                            null,
                            "application/x-www-form-urlencoded",
                            Mutations.utf8("username=" + "b".repeat(size) + "&password="))
                        .header("X-Forwarded-For", "198.51.100.99")
                        .build())));
    return jobs;
  }

  /**
   * The pages and downloads that take an id or a token in their address, with ones that name
   * nothing or are not ids, as the region's chair (signed in) and as anyone.
   */
  private List<Job> pageJobs(RegionBoundaryIT.RegionB region, World world) throws Exception {
    WebClient chair = new WebClient(base);
    World.Login login = region.login("chair");
    assertThat(chair.signIn(login.username(), login.password()).statusCode()).isEqualTo(302);
    List<String> addresses =
        List.of(
            "cases/case.xhtml?id=",
            "cases/report.xhtml?id=",
            "cases/access-report.pdf?id=",
            "meetings/meeting.xhtml?id=",
            "meetings/day.xhtml?id=",
            "meetings/minutes.pdf?meeting=" + region.id("meetings") + "&id=",
            "minutes/copy.pdf?id=",
            "cases/consent-scan?case=" + region.id("cases") + "&version=",
            "calendar/",
            "answer/",
            "join/",
            "consent/receipt.pdf?t=",
            "consent/start.xhtml?t=");
    List<Job> jobs = new ArrayList<>();
    for (String address : addresses) {
      List<String> values = new ArrayList<>(BAD_IDS);
      values.add(enc(Mutations.SCRIPT));
      Collections.shuffle(values, random);
      for (String value : values.subList(0, 5)) {
        String uri = address + value + (address.equals("calendar/") ? ".ics" : "");
        jobs.add(
            new Job(
                "page or download",
                address.replaceAll("\\?.*", ""),
                uri,
                sending(() -> HttpRequest.newBuilder(base.resolve(uri)).GET().build())));
        jobs.add(
            new Job(
                "page or download",
                address.replaceAll("\\?.*", "") + " (chair)",
                uri,
                () -> chair.get(uri)));
      }
    }
    return jobs;
  }

  // ---------------------------------------------------------------------------------------------
  // sending and checking

  private void send(Job job) {
    String what = job.kind() + " " + job.what() + " [" + job.label() + "]";
    HttpResponse<String> answer;
    try {
      try {
        answer = job.send().send();
      } catch (IOException closed) {
        // the server closes a connection after some refusals (a request line too long); a request
        // sent on it at that moment gets no bytes: it is sent once more, on a new connection
        retried++;
        answer = job.send().send();
      }
    } catch (IOException e) {
      requests++;
      noAnswers.add(what + ": " + e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    requests++;
    byKind.merge(job.kind(), 1, Integer::sum);
    byEndpoint.merge(job.what(), 1, Integer::sum);
    byStatus.merge(answer.statusCode(), 1, Integer::sum);
    String said = what + " answered " + answer.statusCode() + ": " + shorten(answer.body());
    String variant = variant(job.label());
    if (CORE_VALUES.contains(variant) || CORE_BODIES.contains(variant)) {
      coreStatuses
          .computeIfAbsent(variant, v -> new TreeMap<>())
          .merge(answer.statusCode(), 1, Integer::sum);
    }
    if (answer.statusCode() >= 500) {
      serverErrors.add(said);
      failure("5xx: " + job.kind() + " " + variant, said);
    }
    String body = answer.body() == null ? "" : answer.body();
    // the pages' own script names Faces' parameters (jakarta.faces.ViewState): not a leak
    String looked = body.replace("jakarta.faces.", "faces.");
    if (LEAK.matcher(looked).find()) {
      leaks.add(what + " answered " + answer.statusCode() + " with " + leakNear(looked));
      failure("leak: " + job.kind() + " " + variant, leaks.get(leaks.size() - 1));
    }
    answer
        .headers()
        .map()
        .forEach(
            (name, values) ->
                values.stream()
                    .filter(v -> LEAK.matcher(v).find())
                    .forEach(v -> leaks.add(what + " header " + name + ": " + v)));
    // the platform's filters mark every answer it gives; the server refuses some requests before
    // the platform sees them (an address with an encoded NUL, a request line too long), with a 4xx
    boolean platform = answer.headers().firstValue("X-Request-Id").isPresent();
    if (!platform) {
      // (a page's redirect to the sign-in form comes from the container too)
      refusedByServer.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() < 300) {
        notProblems.add(said + " (not from the platform, yet not refused)");
        failure("not from the platform: " + job.kind() + " " + variant, said);
      }
    } else if (answer.uri().getPath().startsWith("/api/") && answer.statusCode() >= 400) {
      String type = answer.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json") || !body.contains("\"code\"")) {
        notProblems.add(said + " (" + type + ")");
        failure("not a problem: " + job.kind() + " " + variant, said + " (" + type + ")");
      }
    }
  }

  private void failure(String group, String example) {
    failuresByVariant.merge(group, 1, Integer::sum);
    failureExamples.putIfAbsent(group, example);
  }

  /** What was varied, without the field: "NUL" of "fullName: NUL". */
  private static String variant(String label) {
    int at = label.indexOf(": ");
    return label.startsWith("body: ") || at < 0 ? label : label.substring(at + 2);
  }

  private static String leakNear(String body) {
    var m = LEAK.matcher(body);
    m.find();
    return shorten(
        body.substring(Math.max(0, m.start() - 60), Math.min(body.length(), m.end() + 60)));
  }

  private HttpRequest request(String method, String path, String token, String type, byte[] body) {
    return builder(method, path, token, type, body).build();
  }

  private HttpRequest.Builder builder(
      String method, String path, String token, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    return b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  // ---------------------------------------------------------------------------------------------
  // the rendering half

  /**
   * The region's people store the hostile texts where they are rendered (each with the region's
   * tag, so that it is found again), then the renderings are read and checked.
   */
  private void renderings(RegionBoundaryIT.RegionB region, World world) throws Exception {
    WebClient web = world.web();
    String admin = world.token("admin");
    String chair = world.token("chair");
    String caseworker = world.token("caseworker");
    String tag = "Shown-" + region.suffix() + " ";
    LocalDate today = LocalDate.now(World.HELSINKI);

    // an organisation taking invitations by e-mail, with a contact person, both named hostilely
    String organisation =
        store(
                "organisation name",
                tag,
                text ->
                    web.postJsonWithToken(
                        "api/v1/organisations",
                        admin,
                        "{\"name\":"
                            + World.quote(text)
                            + ",\"type\":\"NGO\",\"preferredChannel\":\"EMAIL\"}"))
            .text();
    long organisationId = World.organisation(organisation);
    String contactMail = "fuzz-" + region.suffix() + "@fuzz.test";
    Stored contactName =
        store(
            "contact person name",
            tag,
            text ->
                web.postJsonWithToken(
                    "api/v1/organisations/" + organisationId + "/contacts",
                    admin,
                    "{\"name\":"
                        + World.quote(text)
                        + ",\"email\":\""
                        + contactMail
                        + "\",\"phone\":"
                        + World.quote(Mutations.TEMPLATES + " 040 123")
                        + "}"));
    long contact = World.json(contactName.answer().body()).getJsonNumber("id").longValue();
    storeIfTaken(
        "staff display name",
        tag,
        text ->
            web.postJsonWithToken(
                "api/v1/staff",
                admin,
                "{\"username\":\"fuzz-shown-"
                    + region.suffix()
                    + "\",\"displayName\":"
                    + World.quote(text)
                    + ",\"email\":\"fuzz-shown-"
                    + region.suffix()
                    + "@raja.test\",\"roles\":[\"CASE_WORKER\"],\"organisationId\":"
                    + region.id("prison")
                    + "}"));

    // a client named hostilely, with hostile referral texts, consenting to that organisation
    Stored referred =
        store(
            "client name and referral texts",
            tag,
            text ->
                web.postJsonWithToken(
                    "api/v1/cases",
                    caseworker,
                    "{\"fullName\":"
                        + World.quote(tag + Mutations.HOSTILE_LINE)
                        + ",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\",\"institutionId\":"
                        + region.id("prison")
                        + ",\"expectedReleaseDate\":\""
                        + today.plusMonths(2)
                        + "\",\"referral\":{\"PREVIOUS_HOUSING\":"
                        + World.quote(text)
                        + ",\"WISHES\":"
                        + World.quote(text)
                        + ",\"HOUSING_SKILLS\":"
                        + World.quote(text)
                        + ",\"OTHER_SUPPORT_NEEDS\":"
                        + World.quote(text)
                        + "}}"));
    JsonObject opened = World.json(referred.answer().body());
    World.Client client =
        new World.Client(
            opened.getJsonNumber("id").longValue(),
            opened.getString("reference"),
            tag + Mutations.HOSTILE_LINE);
    world.consent(client, World.grant(organisation, World.IDENTITY, World.HOUSING));

    // a meeting at a hostile place, the client on it, the contact person invited by e-mail
    OffsetDateTime start = World.at(60, 9);
    Stored place =
        store(
            "meeting place",
            tag,
            text ->
                web.postJsonWithToken(
                    "api/v1/meetings",
                    chair,
                    "{\"start\":\""
                        + start
                        + "\",\"end\":\""
                        + start.plusHours(3)
                        + "\",\"place\":"
                        + World.quote(text)
                        + "}"));
    long meeting = World.json(place.answer().body()).getJsonNumber("id").longValue();
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, contact);
    Stored action =
        store(
            "action",
            tag,
            text ->
                web.postJsonWithToken(
                    "api/v1/actions",
                    chair,
                    "{\"slotId\":"
                        + slot
                        + ",\"what\":"
                        + World.quote(text)
                        + ",\"responsible\":\"ORGANISATION\",\"organisationId\":"
                        + organisationId
                        + ",\"due\":\""
                        + today.plusWeeks(3)
                        + "\"}"));
    long actionId = World.json(action.answer().body()).getJsonNumber("id").longValue();
    storeIfTaken(
        "action progress note",
        tag,
        text ->
            web.putJsonWithToken(
                "api/v1/actions/" + actionId,
                chair,
                "{\"version\":"
                    + actionVersion(world, actionId)
                    + ",\"status\":\"IN_PROGRESS\",\"note\":"
                    + World.quote(text)
                    + "}"));
    storeIfTaken(
        "busy time note",
        tag,
        text ->
            web.postJsonWithToken(
                "api/v1/busy-times",
                chair,
                "{\"whose\":\"CONTACT\",\"id\":"
                    + contact
                    + ",\"start\":\""
                    + start.plusDays(1)
                    + "\",\"end\":\""
                    + start.plusDays(1).plusHours(1)
                    + "\",\"note\":"
                    + World.quote(text)
                    + "}"));
    storeIfTaken(
        "meeting series title and place",
        tag,
        text ->
            web.postJsonWithToken(
                "api/v1/meeting-series",
                chair,
                "{\"title\":"
                    + World.quote(text)
                    + ",\"rrule\":\"FREQ=MONTHLY;BYDAY=3TU\",\"firstDate\":\""
                    + today.plusMonths(8)
                    + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":"
                    + World.quote(text)
                    + "}"));
    HttpResponse<String> points =
        web.postJsonWithToken("api/v1/cases/" + client.id() + "/follow-up", caseworker, "");
    assertThat(points.statusCode()).as(points.body()).isEqualTo(200);
    JsonObject point =
        World.json("{\"p\":" + points.body() + "}").getJsonArray("p").getJsonObject(0);
    storeIfTaken(
        "follow-up notes",
        tag,
        text ->
            web.putJsonWithToken(
                "api/v1/cases/" + client.id() + "/follow-up/" + point.getJsonNumber("id"),
                caseworker,
                "{\"version\":"
                    + point.getJsonNumber("version")
                    + ",\"housedBeforeRelease\":true,\"howHoused\":"
                    + World.quote(text)
                    + ",\"note\":"
                    + World.quote(text)
                    + "}"));

    // the pages that show them
    WebClient chairPages = signedIn(region, "chair");
    WebClient workerPages = signedIn(region, "caseworker");
    WebClient adminPages = signedIn(region, "admin");
    page(chairPages, "meetings/meeting.xhtml?id=" + meeting);
    page(chairPages, "meetings/day.xhtml?id=" + meeting);
    page(chairPages, "meetings/index.xhtml");
    page(chairPages, "cases/case.xhtml?id=" + client.id());
    page(chairPages, "cases/report.xhtml?id=" + client.id());
    page(chairPages, "cases/index.xhtml");
    page(chairPages, "actions/index.xhtml");
    page(chairPages, "index.xhtml");
    page(workerPages, "cases/case.xhtml?id=" + client.id());
    page(workerPages, "actions/index.xhtml");
    page(adminPages, "admin/network.xhtml");
    page(adminPages, "admin/staff.xhtml");

    // the minutes as a PDF, through the API and the page's download
    HttpResponse<String> draft =
        web.postJsonWithToken("api/v1/meetings/" + meeting + "/minutes", chair, "");
    assertThat(draft.statusCode()).as(draft.body()).isIn(200, 201);
    long minutes = World.json(draft.body()).getJsonNumber("id").longValue();
    HttpResponse<byte[]> pdf =
        web.getBytesWithToken("api/v1/meetings/" + meeting + "/minutes/" + minutes + "/pdf", chair);
    assertThat(pdf.statusCode()).isEqualTo(200);
    seen("PDF", "the minutes", Renderings.pdf(pdf.body()));

    // the contact person's calendar feed and their invitation mail
    HttpResponse<String> feed =
        web.postJsonWithToken(
            "api/v1/organisations/" + organisationId + "/contacts/" + contact + "/calendar-feed",
            admin,
            "");
    assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
    URI feedUrl = URI.create(World.json(feed.body()).getString("url"));
    HttpResponse<String> ics =
        http.send(
            HttpRequest.newBuilder(base.resolve(feedUrl.getRawPath().substring(1))).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(ics.statusCode()).isEqualTo(200);
    seen("iCalendar feed", "the contact person's feed", Renderings.ics(ics.body(), 0, contactMail));
    MimeMessage invitation =
        EmbeddedServices.awaitMail(
            "the invitation to " + contactMail, EmbeddedServices.mailTo(contactMail));
    seen("invitation mail", "to " + contactMail, Renderings.mail(invitation, contactMail));
    if (EmbeddedServices.mail().getReceivedMessagesForDomain("x").length > 0) {
      unescaped.add("a mail went to the injected address evil@x");
    }
  }

  /**
   * Stores the hostile text, or its one-line form, if the platform takes either; what it refuses is
   * not stored, and so not rendered (said in the summary).
   */
  private void storeIfTaken(String what, String tag, Call call) throws Exception {
    HttpResponse<String> answer = call.with(tag + Mutations.HOSTILE);
    if (answer.statusCode() / 100 != 2) {
      answer = call.with(tag + Mutations.HOSTILE_LINE);
      what += " (one line)";
    }
    stored.add(answer.statusCode() / 100 == 2 ? what : what + " refused: " + answer.statusCode());
  }

  /** What was stored, and the answer that stored it. */
  private record Stored(String text, HttpResponse<String> answer) {}

  /**
   * Stores the hostile text through the call; if refused (a one-line field may refuse line breaks),
   * the hostile text without line breaks.
   */
  private Stored store(String what, String tag, Call call) throws Exception {
    HttpResponse<String> answer = call.with(tag + Mutations.HOSTILE);
    if (answer.statusCode() / 100 == 2) {
      stored.add(what);
      return new Stored(tag + Mutations.HOSTILE, answer);
    }
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(400);
    HttpResponse<String> oneLine = call.with(tag + Mutations.HOSTILE_LINE);
    assertThat(oneLine.statusCode() / 100).as(what + " (one line): " + oneLine.body()).isEqualTo(2);
    stored.add(what + " (one line)");
    return new Stored(tag + Mutations.HOSTILE_LINE, oneLine);
  }

  @FunctionalInterface
  private interface Call {
    HttpResponse<String> with(String text) throws Exception;
  }

  private static long actionVersion(World world, long action) throws Exception {
    String list =
        world.web().getWithToken("api/v1/actions/organisation", world.token("chair")).body();
    return World.json("{\"a\":" + list + "}").getJsonArray("a").stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getJsonNumber("id").longValue() == action)
        .findFirst()
        .map(o -> o.getJsonNumber("version").longValue())
        .orElse(0L);
  }

  private WebClient signedIn(RegionBoundaryIT.RegionB region, String role) throws Exception {
    WebClient client = new WebClient(base);
    World.Login login = region.login(role);
    assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(302);
    return client;
  }

  private void page(WebClient client, String address) throws Exception {
    HttpResponse<String> page = client.get(address);
    if (page.statusCode() != 200) {
      (page.statusCode() >= 500 ? serverErrors : unescaped)
          .add("HTML " + address + " answered " + page.statusCode() + ": " + shorten(page.body()));
      return;
    }
    seen("HTML", address, Renderings.html(page.body()));
  }

  private void seen(String kind, String where, Renderings.Seen seen) {
    if (seen.shown()) {
      renderings.merge(kind, 1, Integer::sum);
    }
    seen.problems().forEach(p -> unescaped.add(kind + " " + where + ": " + p));
  }

  // ---------------------------------------------------------------------------------------------
  // the fuzz's region

  /** A staff account of the fuzz's own in the region, made by its administrator. */
  private static long fuzzAccount(World world, RegionBoundaryIT.RegionB region) throws Exception {
    HttpResponse<String> made =
        world
            .web()
            .postJsonWithToken(
                "api/v1/staff",
                world.token("admin"),
                "{\"username\":\"fuzz-target-"
                    + region.suffix()
                    + "\",\"displayName\":\"Fuzz Target\",\"email\":\"fuzz-target-"
                    + region.suffix()
                    + "@raja.test\",\"roles\":[\"CASE_WORKER\"],\"organisationId\":"
                    + region.id("prison")
                    + "}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return World.json(made.body()).getJsonNumber("id").longValue();
  }

  private static long staffVersion(World world, long account) throws Exception {
    String list = world.web().getWithToken("api/v1/staff", world.token("admin")).body();
    return World.json("{\"s\":" + list + "}").getJsonArray("s").stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getJsonNumber("id").longValue() == account)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("version")
        .longValue();
  }

  /** The template with the region's object of each parameter's kind. */
  private static String fill(String template, RegionBoundaryIT.RegionB region) {
    return fill(template, region, -1, null);
  }

  /** The same with the parameter at {@code position} replaced by {@code value}. */
  private static String fill(
      String template, RegionBoundaryIT.RegionB region, int position, String value) {
    List<String> kinds = Endpoints.kinds(template);
    var parameter = Pattern.compile("\\{[^}]+}").matcher(template);
    StringBuilder path = new StringBuilder();
    int i = 0;
    while (parameter.find()) {
      String id = i == position ? value : String.valueOf(region.id(kinds.get(i)));
      parameter.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(id));
      i++;
    }
    parameter.appendTail(path);
    return path.toString();
  }

  /** The template with ids that name nothing. */
  private static String fillNothing(String template) {
    return template.replaceAll("\\{[^}]+}", "9000000001");
  }

  // ---------------------------------------------------------------------------------------------
  // the summary

  private String summary(
      long seed, int budget, int jsonVariants, long setUp, long fuzzed, long rendered) {
    StringBuilder s = new StringBuilder("\n=== FuzzIT ===\n");
    s.append("seed ").append(seed).append(" (-Daso.fuzz.seed=").append(seed).append(")\n");
    s.append("requests ")
        .append(requests)
        .append(" (JSON body variants made ")
        .append(jsonVariants)
        .append(", sent at most ")
        .append(budget)
        .append(")\n");
    s.append("by kind ").append(byKind).append('\n');
    s.append("by status ").append(byStatus).append('\n');
    s.append("by endpoint\n");
    byEndpoint.forEach(
        (e, n) ->
            s.append("  ")
                .append(n)
                .append("  ")
                .append(e)
                .append(callers.containsKey(e) ? " (as " + callers.get(e) + ")" : "")
                .append('\n'));
    s.append("stored hostile text: ").append(stored).append('\n');
    s.append("renderings checked (hostile text found in them) ").append(renderings).append('\n');
    s.append("failures: 5xx ")
        .append(serverErrors.size())
        .append(", stack traces or class names ")
        .append(leaks.size())
        .append(", errors not problem+json ")
        .append(notProblems.size())
        .append(", no answer ")
        .append(noAnswers.size())
        .append(", unescaped renderings ")
        .append(unescaped.size())
        .append('\n');
    s.append("answers to the variants always sent, by status\n");
    coreStatuses.forEach((v, st) -> s.append("  ").append(v).append(' ').append(st).append('\n'));
    s.append("answered by the server before the platform saw them, by status ")
        .append(refusedByServer)
        .append(" (sent again after a dropped connection: ")
        .append(retried)
        .append(")\n");
    failuresByVariant.forEach(
        (v, n) ->
            s.append("  ")
                .append(n)
                .append("x ")
                .append(v)
                .append("\n      e.g. ")
                .append(failureExamples.get(v))
                .append('\n'));
    for (List<String> list : List.of(noAnswers, unescaped)) {
      list.stream().limit(40).forEach(f -> s.append("  ").append(f).append('\n'));
      if (list.size() > 40) {
        s.append("  ... and ").append(list.size() - 40).append(" more\n");
      }
    }
    s.append(
        String.format(
            "time: set-up %.1f s, fuzz %.1f s, renderings %.1f s%n",
            setUp / 1e9, fuzzed / 1e9, rendered / 1e9));
    return s.toString();
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
  }
}
