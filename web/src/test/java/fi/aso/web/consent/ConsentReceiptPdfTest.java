package fi.aso.web.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.domain.consent.InformationCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentReceiptPdfTest {

  @Test
  void aSamiNameComesOutAsWritten() throws IOException {
    String name = "Áile Ŋuolja-Čáhppes";
    byte[] pdf =
        ConsentReceiptPdf.render(
            new ClientConsentSession.Receipt(
                3,
                "2026-1",
                "fi",
                Instant.parse("2026-12-01T10:15:00Z"),
                LocalDate.of(2027, 12, 1),
                name,
                List.of(
                    new ClientConsentSession.Accepted(
                        "Ŧeahkká Žiegga Oy", Set.of(InformationCategory.IDENTITY_AND_RELEASE))),
                false));
    // kept for a look with pdftoppm
    Files.write(Path.of("target/consent-receipt-sami.pdf"), pdf);

    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);

    assertThat(text).contains(name, "Ŧeahkká Žiegga Oy", "Kuitti suostumuksesta");
  }
}
