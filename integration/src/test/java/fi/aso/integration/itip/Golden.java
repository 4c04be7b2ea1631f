package fi.aso.integration.itip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden file: the text a test expects, kept beside its input. A difference fails with a line
 * diff. {@code -Ditip.record=true} writes what the test saw instead (then look at {@code git
 * diff}); refused where the environment says CI, so that a build never re-records silently.
 */
final class Golden {

  static final String RECORD = "itip.record";

  private Golden() {}

  /** Compares {@code actual} with the file, or records it when asked to. */
  static void check(Path file, String actual) {
    boolean record = Boolean.getBoolean(RECORD);
    if (record && System.getenv("CI") != null) {
      throw new AssertionError(
          "-D" + RECORD + " is refused in CI: golden files are recorded by hand");
    }
    try {
      if (record) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            file + " does not exist; record it with -D" + RECORD + "=true and read it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionError(
            file
                + " differs from what the test saw (- expected, + seen; re-record with -D"
                + RECORD
                + "=true if the change is meant):\n"
                + diff(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines that differ, with two lines of context, from a longest common subsequence. */
  static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + a[i]);
        i++;
        j++;
      } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
        lines.add("+ " + b[j++]);
      } else {
        lines.add("- " + a[i++]);
      }
    }
    StringBuilder shown = new StringBuilder();
    int lastShown = -1;
    for (int k = 0; k < lines.size(); k++) {
      boolean near = false;
      for (int n = Math.max(0, k - 2); n <= Math.min(lines.size() - 1, k + 2); n++) {
        near |= !lines.get(n).startsWith("  ");
      }
      if (near) {
        if (lastShown >= 0 && lastShown < k - 1) {
          shown.append("  ...\n");
        }
        shown.append(String.format("%4d %s%n", k + 1, lines.get(k)));
        lastShown = k;
      }
    }
    return shown.toString();
  }
}
