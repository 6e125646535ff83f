package dev.clearance.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.document.InputException;
import dev.clearance.ledger.Hash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release's log evidence as {@code GET /api/v1/orgs/{org}/models/{model}/releases/{version}/
 * log-evidence} serves it (ACC-4): {@code {subject, size, checkpoint, items: [{entry: {sequence,
 * leaf, details?: {salt, details}}, proof: {index, size, leafHash, hashes}}], origin,
 * verifierKey}}. Reading checks the shape only; {@link LogEvidenceCheck} checks the content.
 *
 * @param subject the release id the entries are about
 * @param checkpoint the signed checkpoint note the proofs lead to
 * @param verifierKey the key the registry says signs its checkpoints (never trusted: the pinned key
 *     is), or empty
 */
record LogEvidenceFile(
    String subject, String checkpoint, List<Item> items, Optional<String> verifierKey) {

  /** The largest evidence file read: 1000 entries of at most 64 KiB with their details. */
  static final long MAX_BYTES = 256L << 20;

  /** The most entries one evidence file holds (the registry sends at most 1000). */
  static final int MAX_ITEMS = 10_000;

  LogEvidenceFile {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(verifierKey, "verifierKey");
    items = List.copyOf(items);
  }

  /**
   * One entry and its inclusion proof.
   *
   * @param sequence the entry's sequence number as the evidence states it
   * @param leaf the exact leaf text
   * @param salt the revealed salt, or empty while the details are sealed
   * @param details the revealed details, or empty
   * @param proofIndex the proof's leaf index
   * @param proofSize the tree size the proof is for
   * @param proofLeafHash the leaf hash the registry states
   * @param proofHashes the inclusion path, bottom-up
   */
  record Item(
      long sequence,
      String leaf,
      Optional<byte[]> salt,
      Optional<JsonNode> details,
      long proofIndex,
      long proofSize,
      Hash proofLeafHash,
      List<Hash> proofHashes) {

    Item {
      Objects.requireNonNull(leaf, "leaf");
      Objects.requireNonNull(salt, "salt");
      Objects.requireNonNull(details, "details");
      Objects.requireNonNull(proofLeafHash, "proofLeafHash");
      proofHashes = List.copyOf(proofHashes);
    }
  }

  /**
   * Reads and shape-checks an evidence file.
   *
   * @throws InputException naming the file and the first member that is missing or malformed
   */
  static LogEvidenceFile read(Path file) throws InputException {
    String where = file.toString();
    JsonNode json;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InputException(where, 0, "not a file", hint());
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(
            where, 0, "a log evidence file is at most " + MAX_BYTES + " bytes", hint());
      }
      json = LogJson.mapper().readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      throw new InputException(where, 0, "not JSON: " + e.getOriginalMessage(), hint(), e);
    } catch (IOException e) {
      throw new InputException(where, 0, "cannot read: " + e.getMessage(), hint(), e);
    }
    if (json == null || !json.isObject()) {
      throw new InputException(where, 0, "log evidence must be a JSON object", hint());
    }
    String subject = text(where, json, "subject", "");
    String checkpoint = text(where, json, "checkpoint", "");
    Optional<String> verifierKey =
        json.has("verifierKey")
            ? Optional.of(text(where, json, "verifierKey", ""))
            : Optional.empty();
    JsonNode items = json.get("items");
    if (items == null || !items.isArray()) {
      throw new InputException(where, 0, "'items' must be an array", hint());
    }
    if (items.size() > MAX_ITEMS) {
      throw new InputException(
          where, 0, "'items' has " + items.size() + " entries, at most " + MAX_ITEMS, hint());
    }
    List<Item> read = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      read.add(item(where, items.get(i), "items[" + i + "]"));
    }
    return new LogEvidenceFile(subject, checkpoint, read, verifierKey);
  }

  private static Item item(String where, JsonNode item, String at) throws InputException {
    JsonNode entry = object(where, item, "entry", at);
    JsonNode proof = object(where, item, "proof", at);
    long sequence = number(where, entry, "sequence", at + ".entry");
    String leaf = text(where, entry, "leaf", at + ".entry");
    Optional<byte[]> salt = Optional.empty();
    Optional<JsonNode> details = Optional.empty();
    if (entry.hasNonNull("details")) {
      JsonNode revealed = object(where, entry, "details", at + ".entry");
      String saltHex = text(where, revealed, "salt", at + ".entry.details");
      try {
        salt = Optional.of(HexFormat.of().parseHex(saltHex));
      } catch (IllegalArgumentException e) {
        throw new InputException(
            where, 0, at + ".entry.details.salt is not hexadecimal", hint(), e);
      }
      details = Optional.of(object(where, revealed, "details", at + ".entry.details"));
    }
    long index = number(where, proof, "index", at + ".proof");
    long size = number(where, proof, "size", at + ".proof");
    Hash leafHash =
        hash(where, text(where, proof, "leafHash", at + ".proof"), at + ".proof.leafHash");
    JsonNode hashes = proof.get("hashes");
    if (hashes == null || !hashes.isArray() || hashes.size() > 64) {
      throw new InputException(
          where, 0, at + ".proof.hashes must be an array of at most 64 hashes", hint());
    }
    List<Hash> path = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      String member = at + ".proof.hashes[" + i + "]";
      if (!hashes.get(i).isTextual()) {
        throw new InputException(where, 0, member + " must be a base64 string", hint());
      }
      path.add(hash(where, hashes.get(i).asText(), member));
    }
    return new Item(sequence, leaf, salt, details, index, size, leafHash, path);
  }

  private static JsonNode object(String where, JsonNode parent, String name, String at)
      throws InputException {
    JsonNode value = parent.get(name);
    if (value == null || !value.isObject()) {
      throw new InputException(where, 0, qualified(at, name) + " must be a JSON object", hint());
    }
    return value;
  }

  private static String text(String where, JsonNode parent, String name, String at)
      throws InputException {
    JsonNode value = parent.get(name);
    if (value == null || !value.isTextual()) {
      throw new InputException(where, 0, qualified(at, name) + " must be a string", hint());
    }
    return value.asText();
  }

  private static long number(String where, JsonNode parent, String name, String at)
      throws InputException {
    JsonNode value = parent.get(name);
    if (value == null
        || !value.canConvertToLong()
        || !value.isIntegralNumber()
        || value.longValue() < 0) {
      throw new InputException(
          where, 0, qualified(at, name) + " must be a non-negative integer", hint());
    }
    return value.longValue();
  }

  private static Hash hash(String where, String base64, String at) throws InputException {
    try {
      return Hash.fromBase64(base64);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          where, 0, at + " must be a base64 SHA-256 hash: " + e.getMessage(), hint(), e);
    }
  }

  private static String qualified(String at, String name) {
    return at.isEmpty() ? "'" + name + "'" : at + "." + name;
  }

  private static String hint() {
    return "Pass the file that GET /api/v1/orgs/{org}/models/{model}/releases/{version}/"
        + "log-evidence returns, unchanged.";
  }
}
