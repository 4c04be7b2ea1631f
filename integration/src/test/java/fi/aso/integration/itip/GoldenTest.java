package fi.aso.integration.itip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A golden file that differs fails with the lines that differ; a missing one is not recorded. */
class GoldenTest {

  @Test
  void aDifferenceFailsWithTheLinesThatDifferInContext(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("expected.txt");
    Files.writeString(file, "a\nb\nc\nd\ne\nf\ng\nh\n");

    Golden.check(file, "a\nb\nc\nd\ne\nf\ng\nh\n");
    assertThatThrownBy(() -> Golden.check(file, "a\nb\nc\nD\ne\nf\ng\nh\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Ditip.record=true")
        .hasMessageContaining("- d")
        .hasMessageContaining("+ D")
        .hasMessageContaining("  c")
        .hasMessageNotContaining("  a\n");
    assertThat(Files.readString(file)).as("not re-recorded").startsWith("a\nb\nc\nd\n");
  }

  @Test
  void aMissingGoldenFileFailsAndIsNotWritten(@TempDir Path dir) {
    Path file = dir.resolve("missing.txt");
    assertThatThrownBy(() -> Golden.check(file, "x\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not exist");
    assertThat(file).doesNotExist();
  }
}
