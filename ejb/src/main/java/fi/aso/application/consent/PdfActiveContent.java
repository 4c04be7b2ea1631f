package fi.aso.application.consent;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import fi.aso.domain.Refusal;
import java.io.IOException;

/**
 * Refuses a PDF that carries what a scanned paper form never has and a reader may act on:
 * JavaScript (or an XFA form, which runs scripts), actions that run by themselves or launch
 * programs ({@code /OpenAction}, {@code /AA}, {@code /Launch}) and embedded files.
 *
 * <p>Checked with OpenPDF's parser rather than by searching the bytes: names can be written with
 * escapes ({@code /J#61vaScript}) and objects hidden in compressed object streams, which the parser
 * resolves. Every object of the file is looked at, with the dictionaries and arrays written inside
 * it, whether or not the document's page tree reaches it.
 */
final class PdfActiveContent {

  private static final PdfName XFA = new PdfName("XFA");
  private static final PdfName EMBEDDED_FILE = new PdfName("EmbeddedFile");
  private static final PdfName RICH_MEDIA = new PdfName("RichMedia");

  // direct objects nest only so deep in any real file; deeper is refused rather than followed
  private static final int MAX_DEPTH = 64;

  private PdfActiveContent() {}

  static void refuseIfAny(byte[] pdf) {
    PdfReader reader;
    try {
      reader = new PdfReader(pdf);
    } catch (IOException | RuntimeException e) {
      throw new Refusal(
          "consent.scanUnreadable",
          "the file begins as a PDF but cannot be read as one (damaged or password-protected)");
    }
    try {
      for (int i = 1; i < reader.getXrefSize(); i++) {
        inspect(reader.getPdfObject(i), 0);
      }
      inspect(reader.getTrailer(), 0);
    } finally {
      reader.close();
    }
  }

  private static void inspect(PdfObject object, int depth) {
    if (object == null) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw new Refusal(
          "consent.scanUnreadable", "the PDF nests its objects deeper than a scan ever does");
    }
    if (object instanceof PdfDictionary dictionary) {
      refuseIfActive(dictionary);
      for (PdfName key : dictionary.getKeys()) {
        PdfObject value = dictionary.get(key);
        // indirect objects are each looked at once, from the loop over the file's objects
        if (value != null && !value.isIndirect()) {
          inspect(value, depth + 1);
        }
      }
    } else if (object instanceof PdfArray array) {
      for (PdfObject element : array.getElements()) {
        if (element != null && !element.isIndirect()) {
          inspect(element, depth + 1);
        }
      }
    }
  }

  private static void refuseIfActive(PdfDictionary d) {
    PdfName action = d.getAsName(PdfName.S);
    if (d.contains(PdfName.JS)
        || d.contains(PdfName.JAVASCRIPT)
        || PdfName.JAVASCRIPT.equals(action)
        || d.contains(XFA)) {
      throw new Refusal(
          "consent.scanJavaScript",
          "the PDF contains JavaScript, which a scanned form never has: scan the paper form again"
              + " or save it as a plain PDF");
    }
    if (d.contains(PdfName.OPENACTION)
        || d.contains(PdfName.AA)
        || PdfName.LAUNCH.equals(action)
        || RICH_MEDIA.equals(d.getAsName(PdfName.SUBTYPE))) {
      throw new Refusal(
          "consent.scanAction",
          "the PDF runs actions by itself (OpenAction or AA), which a scanned form never does:"
              + " scan the paper form again or save it as a plain PDF");
    }
    if (d.contains(PdfName.EMBEDDEDFILES)
        || d.contains(PdfName.EF)
        || EMBEDDED_FILE.equals(d.getAsName(PdfName.TYPE))
        || PdfName.FILEATTACHMENT.equals(d.getAsName(PdfName.SUBTYPE))) {
      throw new Refusal(
          "consent.scanEmbedded",
          "the PDF carries embedded files, which a scanned form never has: scan the paper form"
              + " again or save it as a plain PDF");
    }
  }
}
