package fi.aso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadTest {

  @Test
  void aBodyUpToTheLimitIsReadWhole() throws Exception {
    assertThat(Upload.readAtMost(new ByteArrayInputStream(new byte[10]), 10L, 10))
        .hasValueSatisfying(b -> assertThat(b).hasSize(10));
    assertThat(Upload.readAtMost(new ByteArrayInputStream(new byte[10]), null, 10)).isPresent();
  }

  @Test
  void aLargerBodyIsTooLargeAndIsReadPastOnlySoFar() throws Exception {
    InputStream declared = new ByteArrayInputStream(new byte[11]);
    assertThat(Upload.readAtMost(declared, 11L, 10)).isEmpty();
    assertThat(declared.available()).as("drained, so the sender hears the answer").isZero();

    InputStream undeclared = new ByteArrayInputStream(new byte[11]);
    assertThat(Upload.readAtMost(undeclared, null, 10)).isEmpty();

    InputStream huge = new ByteArrayInputStream(new byte[(int) Upload.DRAINED + 100]);
    assertThat(Upload.readAtMost(huge, Upload.DRAINED + 100, 10)).isEmpty();
    assertThat(huge.available()).as("not read to its end").isEqualTo(100);
  }
}
