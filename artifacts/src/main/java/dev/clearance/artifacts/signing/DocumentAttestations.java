package dev.clearance.artifacts.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds and reads the statements that bind a document (model card, check report) to a model.
 * Predicate: {@code {"document": {"name": "README.md", "sha256": "...", "size": 1234}}}.
 */
public final class DocumentAttestations {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentAttestations() {}

  /**
   * The statement binding the document file to the manifest's root digest.
   *
   * @throws InputException if the document cannot be read
   */
  public static Statement statement(AttestationType type, Manifest manifest, Path document)
      throws InputException {
    ObjectNode predicate = MAPPER.createObjectNode();
    ObjectNode described = predicate.putObject("document");
    described.put("name", document.getFileName().toString());
    described.put("sha256", sha256(document));
    described.put("size", size(document));
    return new Statement(
        manifest.modelName(), manifest.rootDigest(), type.predicateType(), predicate);
  }

  /** The document's name as attested. */
  public static String documentName(Statement statement) {
    return statement.predicate().path("document").path("name").asText("");
  }

  /** The document's SHA-256 as attested (lowercase hex), or empty. */
  public static String documentSha256(Statement statement) {
    JsonNode value = statement.predicate().path("document").path("sha256");
    return value.asText("");
  }

  /**
   * SHA-256 of a file as lowercase hex.
   *
   * @throws InputException if it cannot be read
   */
  public static String sha256(Path file) throws InputException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (java.nio.file.NoSuchFileException missing) {
      throw new InputException(file.toString(), 0, "no such file", "check the path");
    } catch (IOException failure) {
      throw new InputException(file.toString(), 0, "cannot read: " + failure, "");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException(missing);
    }
  }

  private static long size(Path file) throws InputException {
    try {
      return Files.size(file);
    } catch (IOException failure) {
      throw new InputException(file.toString(), 0, "cannot read: " + failure, "");
    }
  }
}
