package dev.clearance.artifacts.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * DSSE v1 pre-authentication encoding: {@code "DSSEv1" SP len(type) SP type SP len(body) SP body},
 * lengths in ASCII decimal (secure-systems-lab/dsse, protocol.md).
 */
public final class Pae {

  private Pae() {}

  /** The bytes that are signed for the given payload type and payload. */
  public static byte[] encode(String payloadType, byte[] payload) {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + type.length + 32);
    out.writeBytes(
        ("DSSEv1 " + type.length + " " + payloadType + " " + payload.length + " ")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /**
   * The encoding signed by OMS reference releases before v1.0 (model_signing v0.2): prefix {@code
   * DSSEV1} and the payload written as Python's {@code repr} of a bytes object. Only used to verify
   * old signatures.
   */
  public static byte[] encodeLegacy(String payloadType, byte[] payload) {
    String text =
        "DSSEV1 "
            + payloadType.length()
            + " "
            + payloadType
            + " "
            + payload.length
            + " "
            + pythonBytesRepr(payload);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String pythonBytesRepr(byte[] bytes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte value : bytes) {
      hasSingle |= value == '\'';
      hasDouble |= value == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (byte value : bytes) {
      int unsigned = value & 0xff;
      if (unsigned == quote || unsigned == '\\') {
        out.append('\\').append((char) unsigned);
      } else if (unsigned == '\t') {
        out.append("\\t");
      } else if (unsigned == '\n') {
        out.append("\\n");
      } else if (unsigned == '\r') {
        out.append("\\r");
      } else if (unsigned < 0x20 || unsigned >= 0x7f) {
        out.append(String.format("\\x%02x", unsigned));
      } else {
        out.append((char) unsigned);
      }
    }
    return out.append(quote).toString();
  }
}
