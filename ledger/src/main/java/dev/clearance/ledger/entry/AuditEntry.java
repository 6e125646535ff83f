package dev.clearance.ledger.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.TreeHasher;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One decision in the audit log (spec ACC-1): who did what to which subject, when, the state before
 * and after, and why. Its {@link #leafData()} (canonical JSON, see {@link CanonicalJson}) is the
 * Merkle leaf. Details that must stay private until release are not in the entry; {@link
 * #commitment()} commits to them.
 *
 * <p>The leaf is the JSON object with exactly these members, in this (sorted) order: {@code
 * action}, {@code actor}, {@code after}, {@code before}, {@code commitment} (64 lower-case hex
 * digits or null), {@code reason}, {@code sequence} (integer), {@code subject}, {@code time}
 * (ISO-8601 UTC as {@link Instant#toString()} writes it), {@code version} (1). Absent optional
 * values are {@code null}.
 *
 * @param sequence the entry's 0-based position in the log (its leaf index)
 * @param time when the decision was made, at most microsecond precision (what PostgreSQL keeps)
 * @param actor who decided, e.g. a user or token identifier
 * @param action what was decided, e.g. {@code release.approve}
 * @param subject what it was about, e.g. a release identifier
 * @param before the state before, or null if none (a creation)
 * @param after the state after, or null if none (a deletion)
 * @param reason the stated reason, or null
 * @param commitment the commitment to private details, or null if there are none
 */
public record AuditEntry(
    long sequence,
    Instant time,
    String actor,
    String action,
    String subject,
    String before,
    String after,
    String reason,
    Commitment commitment) {

  /** The encoding version written into every leaf. */
  public static final int VERSION = 1;

  /** The largest leaf the parser accepts, and the largest entry the constructor accepts. */
  public static final int MAX_LEAF_BYTES = 64 * 1024;

  private static final Set<String> FIELDS =
      new TreeSet<>(
          Set.of(
              "action",
              "actor",
              "after",
              "before",
              "commitment",
              "reason",
              "sequence",
              "subject",
              "time",
              "version"));

  /**
   * @throws IllegalArgumentException if the sequence is negative or above 2^53 − 1, the time has
   *     sub-microsecond digits, actor, action or subject is empty, or a text has an unpaired
   *     surrogate or makes the leaf larger than {@value #MAX_LEAF_BYTES} bytes
   * @throws NullPointerException if time, actor, action or subject is null
   */
  public AuditEntry {
    if (sequence < 0 || sequence > CanonicalJson.MAX_SAFE_INTEGER) {
      throw new IllegalArgumentException(
          "sequence must be 0.." + CanonicalJson.MAX_SAFE_INTEGER + ", got " + sequence);
    }
    Objects.requireNonNull(time, "time");
    if (!time.truncatedTo(ChronoUnit.MICROS).equals(time)) {
      throw new IllegalArgumentException(
          "time "
              + time
              + " has sub-microsecond digits, which a database would drop and so change the leaf;"
              + " pass time.truncatedTo(ChronoUnit.MICROS)");
    }
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(subject, "subject");
    int length =
        CanonicalJson.encode(
                toJson(sequence, time, actor, action, subject, before, after, reason, commitment))
            .length;
    if (length > MAX_LEAF_BYTES) {
      throw new IllegalArgumentException(
          "the entry's leaf has " + length + " bytes, more than the limit of " + MAX_LEAF_BYTES);
    }
  }

  /** The canonical JSON bytes: the Merkle leaf data. */
  public byte[] leafData() {
    return CanonicalJson.encode(
        toJson(sequence, time, actor, action, subject, before, after, reason, commitment));
  }

  /** The leaf hash, SHA-256(0x00 || {@link #leafData()}). */
  public Hash leafHash() {
    return TreeHasher.create().leaf(leafData());
  }

  /**
   * Reads an entry from its leaf data, accepting only the exact canonical form {@link #leafData()}
   * writes.
   *
   * @throws EntryException naming the field that is missing, unknown or wrong, or the byte where
   *     the input stops being canonical
   */
  public static AuditEntry parse(byte[] leafData) throws EntryException {
    JsonNode json = CanonicalJson.parse(leafData, MAX_LEAF_BYTES);
    if (!json.isObject()) {
      throw new EntryException("an audit entry must be a JSON object, got " + json.getNodeType());
    }
    Set<String> names = new TreeSet<>();
    for (Iterator<String> iterator = json.fieldNames(); iterator.hasNext(); ) {
      names.add(iterator.next());
    }
    if (!names.equals(FIELDS)) {
      Set<String> missing = new TreeSet<>(FIELDS);
      missing.removeAll(names);
      Set<String> unknown = new TreeSet<>(names);
      unknown.removeAll(FIELDS);
      throw new EntryException("audit entry fields: missing " + missing + ", unknown " + unknown);
    }
    JsonNode version = json.get("version");
    if (!version.isIntegralNumber() || version.longValue() != VERSION) {
      throw new EntryException("audit entry version must be " + VERSION + ", got " + version);
    }
    JsonNode sequence = json.get("sequence");
    if (!sequence.isIntegralNumber() || sequence.longValue() < 0) {
      throw new EntryException("audit entry sequence must be an integer >= 0, got " + sequence);
    }
    Instant time;
    try {
      time = Instant.parse(text(json, "time", false));
    } catch (DateTimeParseException e) {
      throw new EntryException(
          "audit entry time is not an ISO-8601 UTC instant: " + e.getMessage(), e);
    }
    String commitmentHex = text(json, "commitment", true);
    Commitment commitment;
    try {
      commitment =
          commitmentHex == null || !commitmentHex.matches("[0-9a-f]{64}")
              ? null
              : new Commitment(Hash.fromHex(commitmentHex));
    } catch (IllegalArgumentException e) {
      throw new EntryException("audit entry commitment: " + e.getMessage(), e);
    }
    if (commitmentHex != null && commitment == null) {
      throw new EntryException(
          "audit entry commitment must be 64 lower-case hex digits, got '" + commitmentHex + "'");
    }
    AuditEntry entry;
    try {
      entry =
          new AuditEntry(
              sequence.longValue(),
              time,
              text(json, "actor", false),
              text(json, "action", false),
              text(json, "subject", false),
              text(json, "before", true),
              text(json, "after", true),
              text(json, "reason", true),
              commitment);
    } catch (IllegalArgumentException e) {
      throw new EntryException("audit entry: " + e.getMessage(), e);
    }
    if (!java.util.Arrays.equals(entry.leafData(), leafData)) {
      throw new EntryException(
          "audit entry is not in canonical form (time must be written as Instant.toString())");
    }
    return entry;
  }

  private static String text(JsonNode json, String field, boolean nullable) throws EntryException {
    JsonNode value = json.get(field);
    if (value.isNull() && nullable) {
      return null;
    }
    if (!value.isTextual()) {
      throw new EntryException(
          "audit entry "
              + field
              + " must be a string"
              + (nullable ? " or null" : "")
              + ", got "
              + value.getNodeType());
    }
    return value.textValue();
  }

  private static ObjectNode toJson(
      long sequence,
      Instant time,
      String actor,
      String action,
      String subject,
      String before,
      String after,
      String reason,
      Commitment commitment) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("action", action);
    json.put("actor", actor);
    json.put("after", after);
    json.put("before", before);
    json.put("commitment", commitment == null ? null : commitment.hash().hex());
    json.put("reason", reason);
    json.put("sequence", sequence);
    json.put("subject", subject);
    json.put("time", time.toString());
    json.put("version", VERSION);
    return json;
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("audit entry " + field + " must not be empty");
    }
  }
}
