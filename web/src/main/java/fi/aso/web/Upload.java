package fi.aso.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An uploaded body read into memory, never more of it than the limit. A larger body is answered as
 * too large; what is left of it is read and thrown away up to {@link #DRAINED} bytes first, because
 * a client that is still sending when the server answers and closes sees a broken connection, not
 * the answer (what is larger still is cut off).
 */
public final class Upload {

  /** How much of a too large body is read past (and dropped) so that its sender hears why. */
  public static final long DRAINED = 64L * 1024 * 1024;

  private Upload() {}

  /**
   * The whole body, or empty when it has more than {@code limit} bytes ({@code declaredLength}, the
   * Content-Length if any, may tell so before anything is read).
   */
  public static Optional<byte[]> readAtMost(InputStream in, Long declaredLength, int limit)
      throws IOException {
    if (declaredLength != null && declaredLength > limit) {
      drain(in);
      return Optional.empty();
    }
    byte[] content = in.readNBytes(limit + 1);
    if (content.length > limit) {
      drain(in);
      return Optional.empty();
    }
    return Optional.of(content);
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[64 * 1024];
    long left = DRAINED;
    try {
      int read;
      while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= read;
      }
    } catch (IOException gone) {
      // the sender gave up: there is no one to answer
    }
  }
}
