package fi.aso.application.audit;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import fi.aso.application.pdf.PdfDocument;
import fi.aso.application.pdf.PdfFonts;
import java.awt.Color;
import java.time.Instant;
import java.util.List;

/**
 * The access report as a PDF a case worker hands to the client who asks who has seen or received
 * their data (703/2023 §11): plain words in the client's language, people and organisations by
 * name, the period, and a line per who-and-what with when. No user names, codes or technical words:
 * only what {@link AccessReportBuilder} has put in words.
 */
public final class AccessReportPdf {

  private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);
  private static final Color MUTED = new Color(0x44, 0x4C, 0x56);
  private static final float LEADING = 13;

  private AccessReportPdf() {}

  /**
   * @param recipient the one the report was narrowed to, by name, or null for everyone
   */
  public static byte[] render(
      String clientName,
      AccessReportQuery query,
      String recipient,
      List<AccessReportGroup> groups,
      Instant made,
      AccessReportWords words) {
    Font title = PdfFonts.bold(16);
    Font bold = PdfFonts.bold(10);
    Font body = PdfFonts.regular(10);
    return PdfDocument.write(
        words.text("report.pdf.title"),
        document -> {
          document.add(new Paragraph(words.text("report.pdf.title"), title));
          document.add(new Paragraph(words.text("app.name"), body));
          document.add(new Paragraph(" "));
          line(document, words.text("report.pdf.client"), clientName, bold, body);
          line(
              document,
              words.text("report.pdf.period"),
              words.period(query.from(), query.to()),
              bold,
              body);
          if (recipient != null) {
            line(document, words.text("report.pdf.only"), recipient, bold, body);
          }
          line(document, words.text("report.pdf.made"), words.dateTime(made), bold, body);
          document.add(new Paragraph(" "));
          document.add(new Paragraph(words.text("report.pdf.intro"), body));
          document.add(new Paragraph(" "));
          if (groups.isEmpty()) {
            document.add(new Paragraph(words.text("report.pdf.none"), body));
          } else {
            document.add(table(groups, words, bold, body));
          }
          document.add(new Paragraph(" "));
          document.add(new Paragraph(words.text("report.pdf.questions"), body));
        });
  }

  private static void line(Document document, String label, String value, Font bold, Font body)
      throws DocumentException {
    Paragraph p = new Paragraph();
    p.add(new Phrase(label + ": ", bold));
    p.add(new Phrase(value, body));
    document.add(p);
  }

  private static PdfPCell cell(Phrase text) {
    PdfPCell cell = new PdfPCell(text);
    cell.setPadding(5);
    cell.setPaddingBottom(7);
    cell.setLeading(0, 1.3f);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  private static PdfPTable table(
      List<AccessReportGroup> groups, AccessReportWords words, Font bold, Font body) {
    Font muted = PdfFonts.regular(9);
    muted.setColor(MUTED);
    PdfPTable table = new PdfPTable(new float[] {5, 4, 3});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading : List.of("report.who", "report.what", "report.when")) {
      PdfPCell cell = new PdfPCell(new Phrase(words.text(heading), bold));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(5);
      table.addCell(cell);
    }
    for (AccessReportGroup g : groups) {
      Phrase who = new Phrase(LEADING, g.who(), body);
      if (g.organisation() != null) {
        who.add(new Chunk("\n" + g.organisation(), muted));
      }
      table.addCell(cell(who));
      table.addCell(cell(new Phrase(LEADING, g.what(), body)));
      table.addCell(cell(new Phrase(LEADING, g.when(), body)));
    }
    return table;
  }
}
