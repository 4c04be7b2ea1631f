package fi.aso.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.ConsentDocument;
import fi.aso.testing.ScanFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Scans judged by their bytes, with real files made for the purpose. */
class ScanContentTest {

  @Test
  void aPdfAPngAndAJpegAreTakenAsWhatTheirBytesShow() {
    assertThat(ScanContent.check(ScanFiles.pdf())).isEqualTo("application/pdf");
    assertThat(ScanContent.check(ScanFiles.png())).isEqualTo("image/png");
    assertThat(ScanContent.check(ScanFiles.jpeg())).isEqualTo("image/jpeg");
  }

  @Test
  void aWebPageIsNotAScanWhateverItIsCalled() {
    assertThat(refusal(ScanFiles.html()).code()).isEqualTo("consent.scanType");
    assertThat(refusal("MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1)).code())
        .isEqualTo("consent.scanType");
  }

  @Test
  void aPageThatBeginsLikeAJpegOrAPdfButIsNoneIsRefusedAsUnreadable() {
    byte[] fakeJpeg = concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, ScanFiles.html());
    assertThat(ScanContent.detect(fakeJpeg)).isEqualTo("image/jpeg");
    assertThat(refusal(fakeJpeg).code()).isEqualTo("consent.scanUnreadable");
    assertThat(refusal("%PDF-1.4 allekirjoitettu".getBytes(StandardCharsets.US_ASCII)).code())
        .isEqualTo("consent.scanUnreadable");
  }

  @Test
  void aPdfWithJavaScriptAnAutomaticActionOrAnEmbeddedFileIsRefusedSayingWhich() {
    assertThat(refusal(ScanFiles.pdfWithJavaScript()))
        .satisfies(r -> assertThat(r.code()).isEqualTo("consent.scanJavaScript"))
        .hasMessageContaining("JavaScript");
    assertThat(refusal(ScanFiles.pdfThatActsWhenOpened()))
        .satisfies(r -> assertThat(r.code()).isEqualTo("consent.scanAction"))
        .hasMessageContaining("OpenAction");
    assertThat(refusal(ScanFiles.pdfWithEmbeddedFile()))
        .satisfies(r -> assertThat(r.code()).isEqualTo("consent.scanEmbedded"))
        .hasMessageContaining("embedded files");
  }

  @Test
  void javaScriptBehindEscapedNamesInsideAPageIsFoundToo() {
    byte[] hidden = ScanFiles.pdfWithHiddenJavaScript();
    assertThat(new String(hidden, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript");

    assertThat(refusal(hidden).code()).isEqualTo("consent.scanJavaScript");
  }

  @Test
  void anEmptyFileOrOneOverTheLimitIsRefusedBeforeItIsLookedAt() {
    assertThat(refusal(new byte[0]).code()).isEqualTo("consent.scanSize");
    byte[] oversize = Arrays.copyOf(ScanFiles.pdf(), ConsentDocument.MAX_BYTES + 1);
    assertThat(refusal(oversize).code()).isEqualTo("consent.scanSize");
  }

  private static Refusal refusal(byte[] content) {
    return catchThrowableOfType(Refusal.class, () -> ScanContent.check(content));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
