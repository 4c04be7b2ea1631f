package fi.aso.application.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every purpose the code can write to the audit trail, read from the main sources: the purpose
 * argument of each {@code AuditRecord.success(...)} and {@code new AuditRecord(...)}, with what is
 * computed at run time (an id, a name, an enum) standing as {@value #ANY}. A purpose passed in as a
 * method's parameter is followed to the callers of that method; one kept in a local variable to its
 * assignment. Reading source is cruder than a compiler, but it sees every line that records, also
 * ones no test runs.
 */
final class RecordedPurposes {

  /** What stands for a part of a purpose computed at run time. */
  static final String ANY = "x";

  private static final Pattern RECORD =
      Pattern.compile("AuditRecord\\.success\\(|new AuditRecord\\(");
  private static final Pattern MAP_OR_ELSE =
      Pattern.compile(
          "^.*\\.map\\(\\s*\\w+\\s*->\\s*(.*)\\)\\s*\\.orElse\\((.*)\\)$", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern DECLARED_PARAMETER = Pattern.compile("^[\\w<>\\[\\], .?]+\\s+\\w+$");

  private final Map<Path, String> sources = new LinkedHashMap<>();

  private RecordedPurposes(List<Path> roots) {
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          sources.put(file, withoutComments(Files.readString(file)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The purposes recorded by the main code of the given source roots, with where each is made. */
  static Map<String, Set<String>> in(List<Path> roots) {
    return new RecordedPurposes(roots).purposes();
  }

  private Map<String, Set<String>> purposes() {
    Map<String, Set<String>> found = new java.util.TreeMap<>();
    sources.forEach(
        (file, text) -> {
          if (file.toString().contains("domain/audit")) {
            return; // the record itself, not a use of it
          }
          Matcher m = RECORD.matcher(text);
          while (m.find()) {
            List<String> args = arguments(text, m.end());
            int index = m.group().startsWith("new") ? 4 : 3;
            String where = file.getFileName() + ":" + line(text, m.start());
            for (String purpose : samples(args.get(index), file, m.start(), 0)) {
              found.computeIfAbsent(purpose, p -> new TreeSet<>()).add(where);
            }
          }
        });
    return found;
  }

  private List<String> samples(String expression, Path file, int at, int depth) {
    String e = expression.strip();
    if (depth > 4) {
      return List.of(ANY);
    }
    int question = topLevel(e, '?', 0);
    if (question > 0) {
      int colon = topLevel(e, ':', question + 1);
      List<String> both =
          new ArrayList<>(samples(e.substring(question + 1, colon), file, at, depth));
      both.addAll(samples(e.substring(colon + 1), file, at, depth));
      return both;
    }
    Matcher mapped = MAP_OR_ELSE.matcher(e);
    if (mapped.matches()) {
      List<String> both = new ArrayList<>(samples(mapped.group(1), file, at, depth));
      both.addAll(samples(mapped.group(2), file, at, depth));
      return both;
    }
    List<String> result = List.of("");
    for (String part : split(e, '+')) {
      List<String> options = part(part.strip(), file, at, depth);
      List<String> next = new ArrayList<>();
      for (String head : result) {
        for (String tail : options) {
          next.add(head + tail);
        }
      }
      result = next;
    }
    return result;
  }

  private List<String> part(String part, Path file, int at, int depth) {
    if (part.startsWith("\"") && part.endsWith("\"")) {
      return List.of(part.substring(1, part.length() - 1).replace("\\\"", "\""));
    }
    if (IDENTIFIER.matcher(part).matches()) {
      List<String> resolved = resolve(part, file, at, depth);
      if (!resolved.isEmpty()) {
        return resolved;
      }
    }
    return List.of(ANY);
  }

  /** A parameter: what its callers pass; a local variable: what it is set to; else run-time. */
  private List<String> resolve(String name, Path file, int at, int depth) {
    String text = sources.get(file);
    Matcher declaration =
        Pattern.compile(
                "\\b(\\w+)\\s*\\(([^()]*\\bString\\s+"
                    + name
                    + "\\b[^()]*)\\)\\s*(?:throws[^{]*)?\\{")
            .matcher(text.substring(0, at));
    int methodAt = -1;
    String method = null;
    List<String> parameters = null;
    while (declaration.find()) {
      methodAt = declaration.start();
      method = declaration.group(1);
      parameters = split(declaration.group(2), ',');
    }
    Matcher local =
        Pattern.compile("\\bString\\s+" + name + "\\s*=\\s*([^;]*);")
            .matcher(text.substring(0, at));
    int localAt = -1;
    String assigned = null;
    while (local.find()) {
      localAt = local.start();
      assigned = local.group(1);
    }
    if (localAt > methodAt && assigned != null) {
      return samples(assigned, file, localAt, depth + 1);
    }
    if (method == null) {
      return List.of();
    }
    int index = -1;
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).strip().endsWith(" " + name)) {
        index = i;
      }
    }
    List<String> passed = new ArrayList<>();
    Pattern call = Pattern.compile("\\b" + method + "\\s*\\(");
    String declaredIn = file.getFileName().toString().replace(".java", "");
    boolean privately =
        text.substring(text.lastIndexOf('\n', methodAt) + 1, methodAt).contains("private");
    for (Map.Entry<Path, String> source : sources.entrySet()) {
      if (privately
          ? !source.getKey().equals(file)
          : !source.getValue().matches("(?s).*\\b" + declaredIn + "\\b.*")) {
        continue; // a private method is called in its own file; another only where its class is
      }
      Matcher m = call.matcher(codeOnly(source.getValue()));
      while (m.find()) {
        List<String> args = arguments(source.getValue(), m.end());
        if (args.size() != parameters.size()
            || DECLARED_PARAMETER.matcher(args.get(index).strip()).matches()) {
          continue; // another method of the same name, or a declaration
        }
        passed.addAll(samples(args.get(index), source.getKey(), m.start(), depth + 1));
      }
    }
    return passed;
  }

  /** The arguments of the call whose opening parenthesis ends just before {@code from}. */
  private static List<String> arguments(String text, int from) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = endOfString(text, i);
        current.append(text, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          args.add(current.toString().strip());
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return args;
  }

  private static List<String> split(String expression, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int at;
    while ((at = topLevel(expression, separator, start)) >= 0) {
      parts.add(expression.substring(start, at));
      start = at + 1;
    }
    parts.add(expression.substring(start));
    return parts;
  }

  /** The first {@code c} at or after {@code from} outside strings, parentheses and lambdas. */
  private static int topLevel(String text, char c, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char here = text.charAt(i);
      if (here == '"') {
        i = endOfString(text, i);
      } else if (here == '(' || here == '[' || here == '{') {
        depth++;
      } else if (here == ')' || here == ']' || here == '}') {
        depth--;
      } else if (here == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfString(String text, int open) {
    int i = open + 1;
    while (text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /** The text with the contents of its strings blanked, for finding calls outside strings. */
  private static String codeOnly(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        int end = endOfString(text, i);
        for (int j = i + 1; j < end; j++) {
          out.setCharAt(j, ' ');
        }
        i = end;
      }
    }
    return out.toString();
  }

  private static int line(String text, int at) {
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The source with its comments blanked out (line numbers kept), strings left as they are. */
  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = endOfString(text, i);
        out.append(text, i, end + 1);
        i = end;
      } else if (c == '\'' && i + 2 < text.length()) {
        int end = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
        out.append(text, i, end + 1);
        i = end;
      } else if (text.startsWith("//", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        out.append('\n');
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        text.substring(i, end + 2).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end + 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
