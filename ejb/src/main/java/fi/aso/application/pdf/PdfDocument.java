package fi.aso.application.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** An A4 document with the platform's margins, written to bytes. */
public final class PdfDocument {

  /** What goes on the pages. */
  @FunctionalInterface
  public interface Content {
    void addTo(Document document) throws DocumentException;
  }

  private PdfDocument() {}

  public static byte[] write(String title, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      content.addTo(document);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF \"" + title + "\" could not be made", e);
    }
    return out.toByteArray();
  }
}
