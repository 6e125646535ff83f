package dev.clearance.artifacts.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.manifest.SerializationMethod;
import dev.clearance.document.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts manifests to and from OMS v1.0 statements (predicate type {@value #PREDICATE_TYPE}):
 * subject = model name and root digest; predicate = {@code serialization} and {@code resources}
 * ({@code name}, {@code algorithm}, {@code digest}) in manifest order.
 */
public final class OmsStatements {

  /** The OMS v1.0 predicate type. */
  public static final String PREDICATE_TYPE = "https://model_signing/signature/v1.0";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OmsStatements() {}

  /** The statement that signs the manifest. */
  public static Statement toStatement(Manifest manifest) {
    ObjectNode predicate = MAPPER.createObjectNode();
    Serialization serialization = manifest.serialization();
    ObjectNode described = predicate.putObject("serialization");
    described.put("method", serialization.method().wireName());
    described.put("hash_type", Serialization.HASH_TYPE);
    if (serialization.method() == SerializationMethod.SHARDS) {
      described.put("shard_size", serialization.shardSize());
    }
    described.put("allow_symlinks", serialization.allowSymlinks());
    if (!serialization.ignorePaths().isEmpty()) {
      ArrayNode ignored = described.putArray("ignore_paths");
      serialization.ignorePaths().forEach(ignored::add);
    }
    ArrayNode resources = predicate.putArray("resources");
    for (ResourceDigest resource : manifest.resources()) {
      ObjectNode item = resources.addObject();
      item.put("name", resource.name());
      item.put("algorithm", Serialization.HASH_TYPE);
      item.put("digest", resource.sha256());
    }
    return new Statement(manifest.modelName(), manifest.rootDigest(), PREDICATE_TYPE, predicate);
  }

  /**
   * The signed resources, in the order they were signed.
   *
   * @param source names the bundle in messages
   * @throws InputException if the predicate type is not OMS v1.0 or the predicate is malformed
   *     (unknown method or hash type, bad digests)
   */
  public static List<ResourceDigest> signedResources(Statement statement, String source)
      throws InputException {
    requireOms(statement, source);
    List<ResourceDigest> resources = new ArrayList<>();
    for (JsonNode item : statement.predicate().path("resources")) {
      if (!Serialization.HASH_TYPE.equals(item.path("algorithm").asText())) {
        throw new InputException(
            source,
            0,
            "resource '"
                + item.path("name").asText()
                + "' uses algorithm '"
                + item.path("algorithm").asText()
                + "'",
            "Clearance verifies sha256 manifests only");
      }
      try {
        resources.add(
            new ResourceDigest(item.path("name").asText(""), item.path("digest").asText("")));
      } catch (IllegalArgumentException bad) {
        throw new InputException(source, 0, "malformed resource: " + bad.getMessage(), "");
      }
    }
    return resources;
  }

  /**
   * The serialization recorded in the predicate.
   *
   * @throws InputException if it is missing or names an unknown method or hash type
   */
  public static Serialization serialization(Statement statement, String source)
      throws InputException {
    requireOms(statement, source);
    JsonNode described = statement.predicate().path("serialization");
    String hashType = described.path("hash_type").asText("");
    if (!Serialization.HASH_TYPE.equals(hashType)) {
      throw new InputException(
          source, 0, "serialization hash_type '" + hashType + "'", "only sha256 is supported");
    }
    SerializationMethod method;
    try {
      method = SerializationMethod.fromWireName(described.path("method").asText(""));
    } catch (IllegalArgumentException unknown) {
      throw new InputException(source, 0, unknown.getMessage(), "expected files or shards");
    }
    long shardSize = described.path("shard_size").asLong(Serialization.DEFAULT_SHARD_SIZE);
    if (shardSize <= 0) {
      throw new InputException(source, 0, "shard_size must be positive", "");
    }
    List<String> ignored = new ArrayList<>();
    for (JsonNode path : described.path("ignore_paths")) {
      ignored.add(path.asText());
    }
    return new Serialization(
        method, shardSize, described.path("allow_symlinks").asBoolean(false), ignored);
  }

  private static void requireOms(Statement statement, String source) throws InputException {
    if (!PREDICATE_TYPE.equals(statement.predicateType())) {
      throw new InputException(
          source,
          0,
          "predicate type is '"
              + statement.predicateType()
              + "', expected '"
              + PREDICATE_TYPE
              + "'",
          "pass the model's signature bundle, not an attestation");
    }
  }
}
