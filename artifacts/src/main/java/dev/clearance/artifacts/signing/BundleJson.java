package dev.clearance.artifacts.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Reads and writes {@link Bundle}s as Sigstore bundle JSON. */
public final class BundleJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long MAX_BYTES = 256L << 20;

  private BundleJson() {}

  /** The bundle as JSON text: public key hint, no transparency log entries, one signature. */
  public static String write(Bundle bundle) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("mediaType", Bundle.MEDIA_TYPE);
    ObjectNode material = root.putObject("verificationMaterial");
    ObjectNode publicKey = material.putObject("publicKey");
    if (!bundle.keyHint().isEmpty()) {
      publicKey.put("hint", bundle.keyHint());
    }
    material.putArray("tlogEntries");
    ObjectNode envelope = root.putObject("dsseEnvelope");
    Base64.Encoder base64 = Base64.getEncoder();
    envelope.put("payload", base64.encodeToString(bundle.payload()));
    envelope.put("payloadType", bundle.payloadType());
    ObjectNode signature = envelope.putArray("signatures").addObject();
    signature.put("sig", base64.encodeToString(bundle.signature()));
    signature.put("keyid", "");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Reads a bundle file.
   *
   * @throws InputException if the file is missing, too large, not JSON, or lacks a DSSE envelope
   *     with one base64 signature
   */
  public static Bundle read(Path file) throws InputException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(file.toString(), 0, "bundle larger than 256 MiB", "");
      }
      return parse(Files.readAllBytes(file), file.toString());
    } catch (java.nio.file.NoSuchFileException missing) {
      throw new InputException(file.toString(), 0, "no such bundle file", "check --bundle");
    } catch (IOException failure) {
      throw new InputException(file.toString(), 0, "cannot read bundle: " + failure, "");
    }
  }

  /**
   * Parses bundle JSON.
   *
   * @param source names the input in messages
   * @throws InputException if it is not a Sigstore bundle with a DSSE envelope
   */
  public static Bundle parse(byte[] json, String source) throws InputException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException malformed) {
      int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
      throw new InputException(
          source, line, "bundle is not JSON: " + malformed.getOriginalMessage(), "");
    } catch (IOException failure) {
      throw new InputException(source, 0, "cannot read bundle: " + failure, "");
    }
    if (root == null || !root.isObject()) {
      throw new InputException(source, 0, "bundle is not a JSON object", "");
    }
    String mediaType = root.path("mediaType").asText("");
    if (!mediaType.startsWith("application/vnd.dev.sigstore.bundle")) {
      throw new InputException(
          source, 0, "not a Sigstore bundle (mediaType '" + mediaType + "')", "");
    }
    JsonNode envelope = root.path("dsseEnvelope");
    JsonNode signatures = envelope.path("signatures");
    if (!envelope.isObject() || !signatures.isArray() || signatures.size() != 1) {
      throw new InputException(
          source, 0, "bundle has no DSSE envelope with exactly one signature", "");
    }
    JsonNode publicKey = root.path("verificationMaterial").path("publicKey");
    String rawPem = "";
    if (publicKey.hasNonNull("rawBytes")) {
      rawPem =
          new String(
              base64(publicKey.path("rawBytes"), source, "rawBytes"), StandardCharsets.UTF_8);
    }
    return new Bundle(
        envelope.path("payloadType").asText(""),
        base64(envelope.path("payload"), source, "payload"),
        base64(signatures.get(0).path("sig"), source, "sig"),
        publicKey.path("hint").asText(""),
        rawPem);
  }

  private static byte[] base64(JsonNode node, String source, String field) throws InputException {
    if (!node.isTextual()) {
      throw new InputException(source, 0, "bundle field '" + field + "' is missing", "");
    }
    try {
      return Base64.getDecoder().decode(node.asText());
    } catch (IllegalArgumentException broken) {
      throw new InputException(
          source, 0, "bundle field '" + field + "' is not base64: " + broken.getMessage(), "");
    }
  }
}
