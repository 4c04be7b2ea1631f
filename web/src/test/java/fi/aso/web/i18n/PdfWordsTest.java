package fi.aso.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.application.audit.AccessReportBuilder;
import fi.aso.application.audit.AccessReportPdf;
import fi.aso.application.audit.AccessReportQuery;
import fi.aso.application.audit.AccessReportWords;
import fi.aso.application.audit.ReportParties;
import fi.aso.application.audit.ReportParty;
import fi.aso.application.minutes.MinutesContent;
import fi.aso.application.minutes.MinutesCut;
import fi.aso.application.minutes.MinutesPdf;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.testing.ForeignWords;
import fi.aso.web.consent.ClientConsentSession;
import fi.aso.web.consent.ConsentReceiptPdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDFs the platform hands out (the consent receipt, the minutes, the client's own copy of the
 * minutes, the access report) read in Finnish and in Swedish without an English word or a constant
 * of the code, with dates written the language's way.
 */
class PdfWordsTest {

  /** Tuesday 8 December 2026 9.00 in Helsinki. */
  private static final Instant NINE = Instant.parse("2026-12-08T07:00:00Z");

  private static final long CASE = 7;

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv"})
  void theConsentReceiptAndTheWithdrawalReceipt(String language) {
    for (boolean withdrawal : new boolean[] {false, true}) {
      String text =
          text(
              ConsentReceiptPdf.render(
                  new ClientConsentSession.Receipt(
                      3,
                      "2026-1",
                      language,
                      NINE,
                      LocalDate.of(2027, 12, 1),
                      "Aino Virtanen",
                      List.of(
                          new ClientConsentSession.Accepted(
                              "Joensuun Kodit Oy", EnumSet.allOf(InformationCategory.class))),
                      withdrawal)),
              "receipt-" + language + (withdrawal ? "-withdrawal" : ""));
      assertThat(ForeignWords.in(text, language)).isEmpty();
      assertThat(text)
          .contains(language.equals("fi") ? "ti 8.12.2026 klo 9.00" : "tis 8.12.2026 kl. 9.00");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv"})
  void theMinutesAndTheClientsOwnCopy(String language) {
    MinutesContent content = minutes();
    Locale locale = Locale.of(language);
    String whole =
        text(
            MinutesPdf.render(
                content, MinutesCut.whole(content, "Paavo Puheenjohtaja"), 2, "APPROVED", locale),
            "minutes-" + language);
    String own =
        text(
            MinutesPdf.render(
                content,
                new MinutesCut(null, Map.of(CASE, EnumSet.allOf(InformationCategory.class))),
                2,
                "APPROVED",
                locale),
            "minutes-own-" + language);
    for (String text : List.of(whole, own)) {
      assertThat(ForeignWords.in(text, language)).isEmpty();
      assertThat(text)
          .contains(
              language.equals("fi")
                  ? "ti 8.12.2026 klo 9.00–11.00"
                  : "tis 8.12.2026 kl. 9.00–11.00")
          .contains("Joensuun Kodit Oy");
    }
    // the client's copy names its reader in the reader's language only
    assertThat(own)
        .contains(language.equals("fi") ? "Vastaanottaja: Asiakas" : "Mottagare: Klienten");
    assertThat(own).doesNotContain(language.equals("fi") ? "Klienten" : "Asiakas");
    assertThat(whole)
        .contains(language.equals("fi") ? "Vastuutyöntekijä" : "Ansvarig arbetstagare");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv"})
  void theAccessReport(String language) {
    AccessReportWords words = AccessReportWords.in(language);
    ReportParty chair =
        new ReportParty("u:chair", "Paavo Puheenjohtaja", "o:1", "Rikosseuraamuslaitos");
    ReportParty kalle = new ReportParty("c:1", "Kalle Kumppani", "o:2", "Joensuun Kodit Oy");
    ReportParties parties =
        new ReportParties(
            username -> username.equals("chair") ? Optional.of(chair) : Optional.empty(),
            Map.of("kalle@kodit.example", kalle));
    // purposes as the code records them, in English
    List<AuditEvent> events =
        List.of(
            event(AuditAction.CREATE, "referral", "caseworker", 0),
            event(AuditAction.READ, "REST API", "chair", 1),
            event(AuditAction.READ, "case page", "chair", 2),
            event(AuditAction.CREATE, "electronic consent given", "client", 3),
            event(AuditAction.UPDATE, "removed: consent withdrawn", "chair", 4),
            event(AuditAction.DISCLOSE, "INVITATION to EMAIL kalle@kodit.example", "outbox", 5),
            event(
                AuditAction.DISCLOSE,
                "minutes v1 to kalle@kodit.example: [IDENTITY_AND_RELEASE]",
                "chair",
                6),
            event(AuditAction.READ, "the client's own copy", "chair", 7),
            event(AuditAction.UPDATE, "consent withdrawn wholly", "system", 8));
    AccessReportQuery all = AccessReportQuery.of(null, null, null, null, null);
    String text =
        text(
            AccessReportPdf.render(
                "Aino Virtanen",
                all,
                null,
                new AccessReportBuilder(parties, words).groups(events, all),
                NINE.plusSeconds(86_400 * 3),
                words),
            "access-report-" + language);
    assertThat(ForeignWords.in(text, language)).isEmpty();
    assertThat(text).contains("Paavo Puheenjohtaja", "Kalle Kumppani");
    assertThat(text)
        .contains(language.equals("fi") ? "pe 11.12.2026 klo 9.00" : "fre 11.12.2026 kl. 9.00");
  }

  private static AuditEvent event(AuditAction action, String purpose, String actor, int day) {
    return AuditEvent.of(
        AuditRecord.success(action, "ClientCase", String.valueOf(CASE), purpose)
            .aboutClientCase(CASE),
        actor,
        NINE.plusSeconds(86_400L * day / 4),
        "r" + day,
        null);
  }

  /** A meeting of one client with every part filled, the case worker owning an action. */
  private static MinutesContent minutes() {
    return new MinutesContent(
        "Joensuu",
        NINE,
        NINE.plusSeconds(2 * 3600),
        "Yhdyskuntaseuraamustoimisto",
        List.of(
            new MinutesContent.SlotPart(
                CASE,
                "ASO-2026-0007",
                "Aino Virtanen",
                NINE,
                NINE.plusSeconds(1800),
                Map.of(Referral.Topic.WISHES, "Oma asunto Joensuusta."),
                "SUPPORTED_HOUSING",
                "Asumisohjaus",
                "Haetaan tuettua asuntoa.",
                List.of(
                    new MinutesContent.Person(null, null, null, "VIDEO", null),
                    new MinutesContent.Person(
                        "Kalle Kumppani", 2L, "Joensuun Kodit Oy", "PRESENT", null),
                    new MinutesContent.Person(
                        "Tiina Työntekijä", null, null, "EXCUSED", "Lausunto.")),
                List.of(
                    new MinutesContent.Action(
                        "Asuntohakemus", "CASE_WORKER", null, LocalDate.of(2026, 12, 16), "OPEN"),
                    new MinutesContent.Action(
                        "Tarjous",
                        "Joensuun Kodit Oy",
                        2L,
                        LocalDate.of(2026, 12, 18),
                        "IN_PROGRESS"),
                    new MinutesContent.Action(
                        "Käynti", "CLIENT", null, LocalDate.of(2026, 12, 21), "DONE")))));
  }

  /** The PDF's text (kept in target/pdf-words to look at). */
  private static String text(byte[] pdf, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "pdf-words"));
      Files.write(dir.resolve(name + ".pdf"), pdf);
      PdfReader reader = new PdfReader(pdf);
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
