package dev.clearance.artifacts.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.document.InputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and reads audit attestations (REV-6, ACC-4): an in-toto Statement v1 whose subject is the
 * model's OMS root digest and whose predicate ({@link #PREDICATE_TYPE}) is an {@link
 * AuditPredicate}, signed by the auditor into a DSSE envelope in a Sigstore bundle with {@link
 * BundleSigner}, like the card and report attestations (docs/signing.md).
 */
public final class AuditAttestations {

  /** The predicate type of audit attestations. */
  public static final String PREDICATE_TYPE = "https://clearance.dev/attestation/audit/v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditAttestations() {}

  /** The statement attesting {@code predicate} about the model with {@code rootDigest}. */
  public static Statement statement(String modelName, String rootDigest, AuditPredicate predicate) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("firm", predicate.firm());
    json.put("auditor", predicate.auditor());
    json.put("scope", predicate.scope());
    json.put("result", predicate.result().wireName());
    ArrayNode conditions = json.putArray("conditions");
    predicate.conditions().forEach(conditions::add);
    ObjectNode report = json.putObject("report");
    report.put("name", predicate.reportName());
    report.put("sha256", predicate.reportSha256());
    report.put("size", predicate.reportSize());
    json.put("date", predicate.date().toString());
    return new Statement(modelName, rootDigest, PREDICATE_TYPE, json);
  }

  /**
   * The audit predicate of {@code statement}.
   *
   * @param source names the attestation in messages
   * @throws InputException if the predicate type is another one, or a field is missing or malformed
   *     (the message names it)
   */
  public static AuditPredicate predicate(Statement statement, String source) throws InputException {
    if (!PREDICATE_TYPE.equals(statement.predicateType())) {
      throw new InputException(
          source,
          0,
          "predicate type is '"
              + statement.predicateType()
              + "', expected '"
              + PREDICATE_TYPE
              + "' (an audit attestation)",
          "create it with clearance attest");
    }
    JsonNode json = statement.predicate();
    try {
      JsonNode report = json.path("report");
      return new AuditPredicate(
          text(json, "firm", source),
          text(json, "auditor", source),
          text(json, "scope", source),
          AuditResult.fromWireName(text(json, "result", source)),
          conditions(json.path("conditions"), source),
          text(report, "name", source),
          text(report, "sha256", source),
          size(report.path("size"), source),
          date(text(json, "date", source), source));
    } catch (IllegalArgumentException invalid) {
      throw new InputException(
          source,
          0,
          "invalid audit predicate: " + invalid.getMessage(),
          "create it with clearance attest");
    }
  }

  private static String text(JsonNode node, String field, String source) throws InputException {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new InputException(
          source, 0, "audit predicate field '" + field + "' is missing or not text", "");
    }
    return value.asText();
  }

  private static List<String> conditions(JsonNode node, String source) throws InputException {
    if (node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InputException(source, 0, "audit predicate field 'conditions' is not a list", "");
    }
    if (node.size() > AuditPredicate.MAX_CONDITIONS) {
      throw new InputException(
          source, 0, "more than " + AuditPredicate.MAX_CONDITIONS + " conditions", "");
    }
    List<String> conditions = new ArrayList<>();
    for (JsonNode condition : node) {
      if (!condition.isTextual()) {
        throw new InputException(source, 0, "a condition is not text", "");
      }
      conditions.add(condition.asText());
    }
    return conditions;
  }

  private static long size(JsonNode node, String source) throws InputException {
    if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new InputException(
          source, 0, "audit predicate field 'report.size' is missing or not a whole number", "");
    }
    return node.asLong();
  }

  private static LocalDate date(String text, String source) throws InputException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException malformed) {
      throw new InputException(
          source, 0, "audit predicate field 'date' is not a date (YYYY-MM-DD): " + text, "");
    }
  }
}
