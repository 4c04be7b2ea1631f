package fi.aso.web.consent;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fi.aso.application.i18n.Dates;
import fi.aso.application.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The client's consent receipt (OpenPDF): the exact wording they accepted (by text version), the
 * agencies they accepted with what each may receive, validity, and how to withdraw. The font is the
 * embedded one of every PDF of the platform ({@link PdfFonts}), so a client's name comes out as
 * they wrote it, Sámi letters too.
 */
public final class ConsentReceiptPdf {

  private ConsentReceiptPdf() {}

  public static byte[] render(ClientConsentSession.Receipt receipt) {
    Locale locale = Locale.forLanguageTag(receipt.language());
    ResourceBundle text = ResourceBundle.getBundle("fi.aso.i18n.messages", locale);
    Dates dates = Dates.in(locale);
    Font title = PdfFonts.bold(16);
    Font heading = PdfFonts.bold(12);
    Font body = PdfFonts.regular(11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      String kind = receipt.withdrawal() ? "ewithdraw" : "econsent";
      document.addTitle(text.getString(kind + ".receipt.title"));
      document.open();
      document.add(new Paragraph(text.getString(kind + ".receipt.title"), title));
      document.add(new Paragraph(text.getString("app.name"), body));
      document.add(new Paragraph(" "));
      if (receipt.withdrawal()) {
        document.add(
            new Paragraph(
                text.getString("ewithdraw.receipt.given") + " " + dates.dateTime(receipt.givenAt()),
                body));
      } else {
        document.add(
            new Paragraph(
                text.getString("econsent.receipt.given")
                    + " "
                    + dates.dateTime(receipt.givenAt())
                    + " ("
                    + text.getString("econsent.receipt.version")
                    + " "
                    + receipt.version()
                    + ", "
                    + receipt.textVersion()
                    + ")",
                body));
      }
      document.add(
          new Paragraph(
              text.getString("econsent.receipt.confirmedBy") + " " + receipt.confirmedName(),
              body));
      if (!receipt.withdrawal()) {
        document.add(
            new Paragraph(
                text.getString("econsent.receipt.validUntil")
                    + " "
                    + dates.day(receipt.validUntil()),
                body));
      }
      document.add(new Paragraph(" "));
      document.add(new Paragraph(text.getString(kind + ".receipt.accepted"), heading));
      if (receipt.accepted().isEmpty()) {
        document.add(new Paragraph(text.getString("econsent.receipt.none"), body));
      } else {
        List agencies = new List(List.UNORDERED);
        for (ClientConsentSession.Accepted a : receipt.accepted()) {
          String categories =
              a.categories().stream()
                  .map(c -> text.getString("consent.category." + c))
                  .collect(Collectors.joining(", "));
          agencies.add(new ListItem(a.name() + ": " + categories, body));
        }
        document.add(agencies);
      }
      document.add(new Paragraph(" "));
      document.add(new Paragraph(text.getString("econsent.receipt.wording"), heading));
      String[] wording =
          receipt.withdrawal()
              ? new String[] {
                "ewithdraw.text.what", "ewithdraw.text.effect", "ewithdraw.text.noHarm"
              }
              : new String[] {
                "econsent.text.what",
                "econsent.text.voluntary",
                "econsent.text.refuse",
                "econsent.text.withdraw"
              };
      for (String key : wording) {
        document.add(new Paragraph(text.getString(key), body));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the consent receipt could not be made", e);
    }
    return out.toByteArray();
  }
}
