package fi.aso.application.consent;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.ConsentDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded consent scan really is, decided by its bytes: the name and type the uploader
 * declared say nothing (an HTML page called {@code form.jpg} and sent as {@code image/jpeg} is
 * still a page that a browser may run). Apache Tika's detector (tika-core, by magic numbers) names
 * the type; only PDF, JPEG and PNG are taken, an image must have a readable header, and a PDF must
 * be free of what a scanned paper form never has ({@link PdfActiveContent}).
 */
public final class ScanContent {

  private static final MimeTypes TYPES =
      MimeTypes.getDefaultMimeTypes(ScanContent.class.getClassLoader());

  private ScanContent() {}

  /**
   * The scan's real type, one of {@link ConsentDocument#ACCEPTED_TYPES}; refuses anything else with
   * the reason.
   */
  public static String check(byte[] content) {
    if (content.length == 0 || content.length > ConsentDocument.MAX_BYTES) {
      throw new Refusal("consent.scanSize", "the scan must be at most 10 MB");
    }
    String type = detect(content);
    if (!ConsentDocument.ACCEPTED_TYPES.contains(type)) {
      throw new Refusal("consent.scanType", "the scan must be a PDF, JPEG or PNG file");
    }
    if (type.equals("application/pdf")) {
      PdfActiveContent.refuseIfAny(content);
    } else if (!readableImage(content, type)) {
      throw new Refusal(
          "consent.scanUnreadable",
          "the file begins as a JPEG or PNG image but cannot be read as one");
    }
    return type;
  }

  static String detect(byte[] content) {
    try (var in = new ByteArrayInputStream(content)) {
      // no name, no declared type: only the bytes count
      MediaType type = TYPES.detect(in, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
  }

  /** The image's header names a width and a height: enough to know it is what it says. */
  private static boolean readableImage(byte[] content, String type) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
    if (!readers.hasNext()) {
      return false;
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      reader.dispose();
    }
  }
}
