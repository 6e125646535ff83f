package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One audit log entry as the registry serves it and {@code clearance log export} writes it: {@code
 * {"sequence": N, "leaf": "<canonical JSON>", "details": {"salt": hex, "details": {...}}}}, details
 * only when revealed.
 *
 * @param sequence the sequence number the record claims
 * @param leaf the leaf bytes (UTF-8 of the leaf text): what the Merkle tree hashes
 * @param details the revealed {@code {salt, details}} object, or null
 */
record LogRecord(long sequence, byte[] leaf, JsonNode details) {

  LogRecord {
    Objects.requireNonNull(leaf, "leaf");
  }

  /**
   * Reads a record from its JSON form.
   *
   * @throws IllegalArgumentException naming the member that is missing or of the wrong type
   */
  static LogRecord of(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("an entry must be a JSON object");
    }
    JsonNode sequence = json.get("sequence");
    if (sequence == null || !sequence.canConvertToLong() || !sequence.isIntegralNumber()) {
      throw new IllegalArgumentException("an entry needs a whole-number 'sequence'");
    }
    JsonNode leaf = json.get("leaf");
    if (leaf == null || !leaf.isTextual()) {
      throw new IllegalArgumentException("an entry needs the 'leaf' text");
    }
    JsonNode details = json.get("details");
    if (details != null && !details.isObject()) {
      throw new IllegalArgumentException("an entry's 'details' must be an object {salt, details}");
    }
    return new LogRecord(
        sequence.longValue(), leaf.textValue().getBytes(StandardCharsets.UTF_8), details);
  }
}
