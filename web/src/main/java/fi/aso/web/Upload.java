package fi.aso.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An uploaded file read into memory, never more of it than the limit: a body larger than the limit
 * is not read to its end (which would cost the memory the limit is there to save) but answered as
 * too large.
 */
public final class Upload {

  private Upload() {}

  /** The whole body, or empty when it has more than {@code limit} bytes. */
  public static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
    byte[] content = in.readNBytes(limit + 1);
    return content.length > limit ? Optional.empty() : Optional.of(content);
  }
}
