package fi.aso.web.it;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** Real files to upload as consent scans (a scanner's PDF or PNG) and ones to be refused. */
final class ScanFiles {

  private ScanFiles() {}

  static byte[] pdf(String text) {
    return pdf(text, writer -> {});
  }

  static byte[] pdfWithJavaScript() {
    return pdf("Suostumus", writer -> writer.addJavaScript("app.alert('x');"));
  }

  static byte[] png() {
    BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] html() {
    return "<html><body><script>alert(document.cookie)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] pdf(String text, Consumer<PdfWriter> extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(text));
    extra.accept(writer);
    document.close();
    return out.toByteArray();
  }
}
