package dev.clearance.artifacts.signing;

import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.document.InputException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a model folder offline against an OMS bundle and optional card and report attestations,
 * all signed by one trusted key: the signature, the signed manifest's consistency, the files
 * (added, removed, changed), and that each attested document is the one given.
 */
public final class ModelVerifier {

  private final PublicKey key;
  private final ModelHasher hasher;

  /** A verifier trusting the key and hashing with the given hasher. */
  public ModelVerifier(PublicKey key, ModelHasher hasher) {
    this.key = key;
    this.hasher = hasher;
  }

  /** What to verify. */
  public record Request(
      Path model,
      Bundle modelBundle,
      String bundleSource,
      Map<AttestationType, Attestation> attestations,
      List<String> extraIgnorePaths,
      boolean allowSymlinks) {

    public Request {
      attestations = Map.copyOf(attestations);
      extraIgnorePaths = List.copyOf(extraIgnorePaths);
    }
  }

  /**
   * An attestation to check: its bundle (empty if none was found) and the document to compare
   * (empty to use the attested name inside the model folder).
   */
  public record Attestation(Optional<Bundle> bundle, String source, Optional<Path> document) {}

  /**
   * Runs the verification.
   *
   * @throws InputException if the model cannot be hashed or a signed payload is malformed
   */
  public VerificationReport verify(Request request, HashProgress progress) throws InputException {
    List<String> problems = new ArrayList<>();
    Statement statement;
    try {
      statement = new BundleVerifier(key).verify(request.modelBundle(), request.bundleSource());
    } catch (VerificationException bad) {
      problems.add("bad signature: " + bad.getMessage());
      return new VerificationReport(
          "", "", "", List.of(), List.of(), List.of(), problems, List.of());
    }
    List<ResourceDigest> signed = OmsStatements.signedResources(statement, request.bundleSource());
    String listed = Manifest.rootDigest(signed);
    if (!listed.equals(statement.subjectSha256())) {
      problems.add(
          "the signed manifest is inconsistent: subject digest "
              + statement.subjectSha256()
              + ", resources hash to "
              + listed);
    }
    Serialization serialization =
        OmsStatements.serialization(statement, request.bundleSource())
            .ignoring(request.extraIgnorePaths())
            .withAllowSymlinks(request.allowSymlinks());
    Manifest expected = new Manifest(statement.subjectName(), serialization, signed);
    Manifest actual = hasher.hash(request.model(), serialization, progress);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Map<String, List<ResourceDigest>> expectedFiles = expected.byFile();
    Map<String, List<ResourceDigest>> actualFiles = actual.byFile();
    for (var entry : expectedFiles.entrySet()) {
      List<ResourceDigest> found = actualFiles.get(entry.getKey());
      if (found == null) {
        removed.add(entry.getKey());
      } else if (!found.equals(entry.getValue())) {
        changed.add(entry.getKey());
      }
    }
    for (String path : actualFiles.keySet()) {
      if (!expectedFiles.containsKey(path)) {
        added.add(path);
      }
    }
    List<String> confirmed = new ArrayList<>();
    for (var entry : request.attestations().entrySet()) {
      checkAttestation(
          entry.getKey(), entry.getValue(), request.model(), statement, problems, confirmed);
    }
    return new VerificationReport(
        statement.subjectName(),
        statement.subjectSha256(),
        actual.rootDigest(),
        added,
        removed,
        changed,
        problems,
        confirmed);
  }

  private void checkAttestation(
      AttestationType type,
      Attestation attestation,
      Path model,
      Statement modelStatement,
      List<String> problems,
      List<String> confirmed)
      throws InputException {
    if (attestation.bundle().isEmpty()) {
      problems.add("no signed " + type.word() + " attestation (" + attestation.source() + ")");
      return;
    }
    Statement statement;
    try {
      statement = new BundleVerifier(key).verify(attestation.bundle().get(), attestation.source());
    } catch (VerificationException bad) {
      problems.add("bad " + type.word() + " signature: " + bad.getMessage());
      return;
    }
    if (!type.predicateType().equals(statement.predicateType())) {
      problems.add(
          attestation.source()
              + ": predicate type '"
              + statement.predicateType()
              + "', expected '"
              + type.predicateType()
              + "'");
      return;
    }
    if (!statement.subjectSha256().equals(modelStatement.subjectSha256())) {
      problems.add(
          "the "
              + type.word()
              + " attestation is for another model (root digest "
              + statement.subjectSha256()
              + ", this model "
              + modelStatement.subjectSha256()
              + ")");
      return;
    }
    String name = DocumentAttestations.documentName(statement);
    Path document;
    if (attestation.document().isPresent()) {
      document = attestation.document().get();
    } else if (name.isEmpty()
        || name.contains("/")
        || name.contains("\\")
        || name.equals(".")
        || name.equals("..")) {
      problems.add(
          attestation.source()
              + ": attested "
              + type.word()
              + " name '"
              + name
              + "' is not a plain file name; pass the file explicitly");
      return;
    } else {
      document = model.resolve(name);
    }
    String actual = DocumentAttestations.sha256(document);
    String signed = DocumentAttestations.documentSha256(statement);
    if (!actual.equals(signed)) {
      problems.add(
          "the "
              + type.word()
              + " "
              + document
              + " does not match the signed one ('"
              + name
              + "'): sha256 "
              + actual
              + ", signed "
              + signed);
    } else {
      confirmed.add(type.word() + " " + name);
    }
  }
}
