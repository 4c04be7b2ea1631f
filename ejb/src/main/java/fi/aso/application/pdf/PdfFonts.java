package fi.aso.application.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF the platform makes (minutes, consent receipts): DejaVu Sans, shipped with
 * the application and embedded in the document, so every name is drawn as written, Finnish, Swedish
 * and Sámi letters alike (Á, Č, Ŋ, Ŧ, Ž are outside the PDF standard fonts' Windows-1252), and
 * nothing is fetched from anywhere.
 */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("DejaVuSans.ttf");
  private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  public static Font regular(float size) {
    return new Font(REGULAR, size);
  }

  public static Font bold(float size) {
    return new Font(BOLD, size);
  }

  private static BaseFont load(String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fi/aso/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the font " + name + " is missing from the application");
      }
      return BaseFont.createFont(
          name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
