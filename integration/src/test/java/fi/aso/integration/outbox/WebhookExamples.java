package fi.aso.integration.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The signature checks published for partner systems (docs/webhooks), run as their own programs:
 * the Java one with this JVM's launcher, the Python one with the machine's python3 (CI installs
 * it). A missing interpreter fails the test: an example that is not run is not known to work.
 */
final class WebhookExamples {

  private static final Path DOCS =
      Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("docs/webhooks");

  private WebhookExamples() {}

  static List<List<String>> commands() {
    String java = ProcessHandle.current().info().command().orElseThrow();
    return List.of(
        List.of(java, DOCS.resolve("Verify.java").toString()),
        List.of("python3", DOCS.resolve("verify.py").toString()));
  }

  /** "exit code" + " " + what the program printed, for the key, header and body given. */
  static String run(List<String> command, String key, String header, byte[] body)
      throws IOException, InterruptedException {
    Path input = Files.createTempFile("webhook-body", ".json");
    try {
      Files.write(input, body);
      List<String> all = new ArrayList<>(command);
      all.add(key);
      all.add(header);
      Process process =
          new ProcessBuilder(all)
              .redirectInput(input.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish");
      }
      return process.exitValue() + " " + printed.strip();
    } finally {
      Files.delete(input);
    }
  }
}
