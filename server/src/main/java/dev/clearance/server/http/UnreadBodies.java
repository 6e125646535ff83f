package dev.clearance.server.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reads and discards the rest of a request body that the server refuses unread (413), before the
 * answer goes out. A server that answers and closes while the client is still sending makes the
 * client's next write fail with a reset, and most clients then report the broken connection instead
 * of the answer that had arrived (RFC 9112 section 9.6, tear-down). Bodies up to {@link
 * #DRAIN_LIMIT} are read to their end, so such a client gets the 413 and its error body; larger
 * ones are left unread, and the connection closes as before.
 */
final class UnreadBodies {

  /** The most bytes read and thrown away for one refused request. */
  static final long DRAIN_LIMIT = 16L << 20;

  private UnreadBodies() {}

  /**
   * Discards what is left of {@code request}'s body when it declares a length of at most {@code
   * limit} bytes, or, without a declared length, up to {@code limit} bytes. Failures are ignored:
   * the client may have gone, and the answer is written (or lost) either way.
   */
  static void drain(HttpServletRequest request, long limit) {
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      return;
    }
    try {
      ServletInputStream body = request.getInputStream();
      byte[] buffer = new byte[64 << 10];
      long read = 0;
      int count;
      while (read < limit
          && (count = body.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
        read += count;
      }
    } catch (IOException | RuntimeException ignored) {
      // The body cannot be read (the client went away, or it was read as text already).
    }
  }
}
