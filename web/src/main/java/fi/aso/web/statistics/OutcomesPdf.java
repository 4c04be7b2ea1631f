package fi.aso.web.statistics;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.aso.application.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The dashboard as a printable summary (OpenPDF, A4 landscape): the filters, each chart as an image
 * with its table below it, and every indicator; the numbers worded as on the page.
 */
final class OutcomesPdf {

  private OutcomesPdf() {}

  static byte[] of(OutcomeView view, OutcomeTables words, String filters) {
    Font title = PdfFonts.bold(16);
    Font heading = PdfFonts.bold(12);
    Font body = PdfFonts.regular(10);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(words.text("statistics.title"));
      document.open();
      document.add(new Paragraph(words.text("statistics.title"), title));
      document.add(new Paragraph(filters, body));
      if (view.suppressed()) {
        document.add(new Paragraph(words.text("statistics.help.suppression"), body));
      }
      for (OutcomeTable table : view.charted()) {
        if (table != view.charted().getFirst()) {
          document.newPage(); // a chart and its table on a page of their own
        }
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(table.caption(), heading));
        Image chart = Image.getInstance(OutcomeCharts.png(view, table.id()));
        chart.scaleToFit(document.getPageSize().getWidth() - 72, 250);
        chart.setAlignment(Element.ALIGN_CENTER);
        document.add(chart);
        document.add(table(table, words, PdfFonts.regular(table.columns().size() > 12 ? 7 : 8)));
      }
      document.newPage();
      document.add(new Paragraph(view.indicators().caption(), heading));
      document.add(table(view.indicators(), words, PdfFonts.regular(7)));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the outcomes PDF could not be made", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static PdfPTable table(OutcomeTable table, OutcomeTables words, Font font) {
    PdfPTable pdf = new PdfPTable(table.columns().size() + 1);
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setSpacingBefore(8);
    float[] widths = new float[table.columns().size() + 1];
    java.util.Arrays.fill(widths, 1f);
    widths[0] = Math.max(3f, table.columns().size() / 2f);
    pdf.setWidths(widths);
    pdf.addCell(new Phrase(words.text("statistics.table.what"), font));
    table.columns().forEach(c -> pdf.addCell(new Phrase(c, font)));
    String hidden = words.text("statistics.hidden");
    for (OutcomeTable.Row row : table.rows()) {
      pdf.addCell(new Phrase(row.label(), font));
      for (OutcomeTable.Cell cell : row.cells()) {
        PdfPCell number =
            new PdfPCell(new Phrase(cell.text(row.unit(), words.locale(), hidden), font));
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        number.setNoWrap(true); // "100 %" on one line
        pdf.addCell(number);
      }
    }
    return pdf;
  }
}
