package dev.clearance.artifacts.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.util.Objects;

/**
 * An in-toto Statement v1 with one subject identified by a SHA-256 digest, as used by OMS v1.0 and
 * Clearance's attestations.
 *
 * @param subjectName informative subject name (the model's name)
 * @param subjectSha256 lowercase hex SHA-256 of the subject (the OMS root digest)
 * @param predicateType URI naming the predicate's schema
 * @param predicate the predicate object (copied)
 */
public record Statement(
    String subjectName, String subjectSha256, String predicateType, JsonNode predicate) {

  /** The in-toto statement type. */
  public static final String TYPE = "https://in-toto.io/Statement/v1";

  /** The DSSE payload type of in-toto statements. */
  public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Statement {
    Objects.requireNonNull(subjectName, "subjectName");
    Objects.requireNonNull(subjectSha256, "subjectSha256");
    Objects.requireNonNull(predicateType, "predicateType");
    predicate = predicate == null ? MAPPER.createObjectNode() : predicate.deepCopy();
  }

  /** The statement as compact JSON bytes, fields in a fixed order. */
  public byte[] toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("_type", TYPE);
    ObjectNode subject = root.putArray("subject").addObject();
    subject.put("name", subjectName);
    subject.putObject("digest").put("sha256", subjectSha256);
    root.put("predicateType", predicateType);
    root.set("predicate", predicate);
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Parses a statement payload.
   *
   * @param source names the input in messages
   * @throws InputException if it is not JSON, not an in-toto v1 statement, or does not have exactly
   *     one subject with a SHA-256 digest
   */
  public static Statement parse(byte[] json, String source) throws InputException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException malformed) {
      throw new InputException(source, 0, "statement is not JSON: " + malformed.getMessage(), "");
    }
    if (root == null || !TYPE.equals(root.path("_type").asText())) {
      throw new InputException(source, 0, "not an in-toto Statement v1 (_type)", "");
    }
    JsonNode subjects = root.path("subject");
    if (!subjects.isArray() || subjects.size() != 1) {
      throw new InputException(source, 0, "statement must have exactly one subject", "");
    }
    JsonNode subject = subjects.get(0);
    String digest = subject.path("digest").path("sha256").asText("");
    if (!digest.matches("[0-9a-f]{64}")) {
      throw new InputException(source, 0, "subject has no SHA-256 digest", "");
    }
    return new Statement(
        subject.path("name").asText(""),
        digest,
        root.path("predicateType").asText(""),
        root.path("predicate"));
  }
}
