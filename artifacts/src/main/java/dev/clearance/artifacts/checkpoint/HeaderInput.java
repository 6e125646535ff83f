package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Little-endian reads from the header of an untrusted file through a 64 KiB buffer. Every read is
 * checked against the file's size and a cap on header bytes first, so a header that claims more
 * than there is gives an {@link InputException} instead of a large allocation or a long loop.
 */
final class HeaderInput {

  private static final String HINT =
      "the file is truncated or not a valid checkpoint; download it again or convert it anew";

  private final String file;
  private final SeekableByteChannel channel;
  private final long size;
  private final long maxPosition;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private long bufferStart;

  HeaderInput(String file, SeekableByteChannel channel, long maxHeaderBytes) throws InputException {
    this.file = file;
    this.channel = channel;
    try {
      this.size = channel.size();
    } catch (IOException unreadable) {
      throw unreadable(file, unreadable);
    }
    this.maxPosition = maxHeaderBytes;
    buffer.limit(0);
  }

  static InputException unreadable(String file, IOException cause) {
    return new InputException(
        file, 0, "cannot be read: " + cause.getMessage(), "check the file's permissions", cause);
  }

  long size() {
    return size;
  }

  long position() {
    return bufferStart + buffer.position();
  }

  long remaining() {
    return size - position();
  }

  /** Makes {@code count} bytes available in the buffer (count at most the buffer's capacity). */
  private void require(int count, String what) throws InputException {
    ensureWithin(count, what);
    if (buffer.remaining() >= count) {
      return;
    }
    long position = position();
    buffer.compact();
    bufferStart = position;
    try {
      channel.position(position + buffer.position());
      while (buffer.position() < count) {
        if (channel.read(buffer) < 0) {
          break;
        }
      }
    } catch (IOException unreadable) {
      throw unreadable(file, unreadable);
    }
    buffer.flip();
    if (buffer.remaining() < count) {
      throw new InputException(file, 0, "ends inside " + what + " (the file shrank?)", HINT);
    }
  }

  private void ensureWithin(long count, String what) throws InputException {
    long end = position() + count;
    if (count < 0 || end > size || end < 0) {
      throw new InputException(
          file,
          0,
          "%s needs %s bytes at offset %d but the file has %d bytes"
              .formatted(what, Long.toUnsignedString(count), position(), size),
          HINT);
    }
    if (end > maxPosition) {
      throw new InputException(
          file,
          0,
          "%s at offset %d lies beyond the header limit of %d bytes"
              .formatted(what, position(), maxPosition),
          "a real header is far smaller; raise HeaderLimits.maxHeaderBytes only for a file you"
              + " trust");
    }
  }

  int readInt(String what) throws InputException {
    require(Integer.BYTES, what);
    return buffer.getInt();
  }

  long readUnsignedInt(String what) throws InputException {
    return Integer.toUnsignedLong(readInt(what));
  }

  long readLong(String what) throws InputException {
    require(Long.BYTES, what);
    return buffer.getLong();
  }

  /** Reads and discards {@code count} bytes after checking that the file has them. */
  void skip(long count, String what) throws InputException {
    ensureWithin(count, what);
    if (count <= buffer.remaining()) {
      buffer.position(buffer.position() + (int) count);
      return;
    }
    bufferStart = position() + count;
    buffer.clear().limit(0);
  }

  /** Reads {@code count} bytes (already checked by the caller against its own cap). */
  byte[] readBytes(int count, String what) throws InputException {
    ensureWithin(count, what);
    byte[] bytes = new byte[count];
    int done = 0;
    while (done < count) {
      int chunk = Math.min(count - done, buffer.capacity());
      require(chunk, what);
      buffer.get(bytes, done, chunk);
      done += chunk;
    }
    return bytes;
  }

  /** Decodes strict UTF-8. */
  String utf8(byte[] bytes, String what) throws InputException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InputException(file, 0, what + " is not valid UTF-8", HINT);
    }
  }
}
