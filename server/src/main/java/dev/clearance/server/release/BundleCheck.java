package dev.clearance.server.release;

import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ResourceDigest;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.manifest.SerializationMethod;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.BundleVerifier;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.OmsStatements;
import dev.clearance.artifacts.signing.Statement;
import dev.clearance.artifacts.signing.VerificationException;
import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.blob.BlobStore;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.FileKind;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.signing.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies a release's uploaded signature bundle when it is checked (ART-2, ACC-4), offline, with
 * the keys its organization registered: the DSSE signature (OMS v1.0 bundle as {@code clearance
 * sign} and the OMS reference write it), the signed manifest's consistency (subject = root over the
 * listed resources), that every uploaded file the manifest lists has the signed SHA-256, and the
 * card and report attestations uploaded next to the bundle ({@code model.sig.card.json}, {@code
 * model.sig.report.json}: subject = the same root, document = the uploaded file of that name). A
 * release without a bundle is not verified (empty); anything else that fails is a 422 saying what
 * failed and how to fix it.
 */
final class BundleCheck {

  /** Largest bundle or attestation read (an OMS bundle lists one digest per file or shard). */
  static final long MAX_BUNDLE_BYTES = 16L << 20;

  private final BlobStore blobs;

  BundleCheck(BlobStore blobs) {
    this.blobs = blobs;
  }

  /**
   * @param keys every key of {@code org}, revoked ones included
   * @throws ApiException 422 when a bundle was uploaded but does not verify
   * @throws IOException when a stored file cannot be read
   */
  Optional<VerifiedBundle> verify(Organization org, List<ReleaseFile> files, List<SigningKey> keys)
      throws IOException {
    List<ReleaseFile> bundles = files.stream().filter(f -> f.kind() == FileKind.BUNDLE).toList();
    if (bundles.isEmpty()) {
      return Optional.empty();
    }
    if (bundles.size() > 1) {
      throw refused(
          "several_bundles",
          "several signature bundles were uploaded: "
              + bundles.stream().map(ReleaseFile::name).collect(Collectors.joining(", ")),
          Map.of("files", bundles.stream().map(ReleaseFile::name).toList()),
          "Upload one: the model.sig that `clearance sign` wrote for the whole model folder.");
    }
    ReleaseFile bundleFile = bundles.get(0);
    String source = bundleFile.name();
    Bundle bundle = parse(bundleFile);
    SigningKey key = signer(org, bundle, source, keys);
    Statement statement;
    List<ResourceDigest> signed;
    Serialization serialization;
    try {
      statement = new BundleVerifier(SigningKeys.publicKey(key)).verify(bundle, source);
      signed = OmsStatements.signedResources(statement, source);
      serialization = OmsStatements.serialization(statement, source);
    } catch (VerificationException bad) {
      throw badSignature(source, bad.getMessage(), key, org);
    } catch (InputException malformed) {
      throw invalidBundle(source, malformed);
    }
    String listed = Manifest.rootDigest(signed);
    if (!listed.equals(statement.subjectSha256())) {
      throw refused(
          "invalid_bundle",
          source
              + ": the signed manifest is inconsistent: subject digest "
              + statement.subjectSha256()
              + ", its resources hash to "
              + listed,
          Map.of("file", source),
          "Sign the model folder again with `clearance sign` and upload the new bundle.");
    }
    Manifest manifest = new Manifest(statement.subjectName(), serialization, signed);
    Map<String, AttestationType> attestationFiles = new LinkedHashMap<>();
    for (AttestationType type : AttestationType.values()) {
      attestationFiles.put(besides(type, source), type);
    }
    Map<String, ReleaseFile> byName =
        files.stream().collect(Collectors.toMap(ReleaseFile::name, Function.identity()));
    List<String> checked = new ArrayList<>();
    List<String> notSigned = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    Map<String, List<ResourceDigest>> signedFiles = manifest.byFile();
    for (ReleaseFile file : files) {
      if (file == bundleFile || attestationFiles.containsKey(file.name())) {
        continue;
      }
      List<ResourceDigest> expected = signedFiles.get(file.name());
      if (expected == null) {
        notSigned.add(file.name());
      } else if (expected.equals(digests(file, serialization))) {
        checked.add(file.name());
      } else {
        mismatches.add(file.name());
      }
    }
    if (!mismatches.isEmpty()) {
      throw refused(
          "signed_file_mismatch",
          "uploaded "
              + (mismatches.size() == 1 ? "file " : "files ")
              + String.join(", ", mismatches)
              + (mismatches.size() == 1 ? " does" : " do")
              + " not match the signed model in "
              + source
              + mismatchDetail(mismatches, byName, signedFiles, serialization.method()),
          Map.of("files", mismatches, "bundle", source),
          "Upload the files exactly as they were signed, or sign the model folder again"
              + " (`clearance sign FOLDER --key private.pem --out model.sig`) and upload the new"
              + " bundle.");
    }
    List<String> attested = new ArrayList<>();
    for (Map.Entry<String, AttestationType> entry : attestationFiles.entrySet()) {
      ReleaseFile file = byName.get(entry.getKey());
      if (file != null) {
        attested.add(attestation(entry.getValue(), file, key, org, statement, byName));
      }
    }
    return Optional.of(
        new VerifiedBundle(
            key,
            source,
            bundleFile.sha256(),
            statement.subjectName(),
            statement.subjectSha256(),
            checked,
            notSigned,
            attested));
  }

  /** The registered key the bundle names (by key hint or embedded key), if usable. */
  private static SigningKey signer(
      Organization org, Bundle bundle, String source, List<SigningKey> keys) {
    String hint = bundle.keyHint();
    if (hint.isEmpty() && !bundle.rawPublicKeyPem().isEmpty()) {
      try {
        hint =
            BundleSigner.keyHint(
                KeyFiles.decodePublic(
                    KeyFiles.decodePem(bundle.rawPublicKeyPem(), "PUBLIC KEY", source), source));
      } catch (InputException malformed) {
        throw invalidBundle(source, malformed);
      }
    }
    if (hint.isEmpty()) {
      List<SigningKey> active = keys.stream().filter(key -> !key.isRevoked()).toList();
      for (SigningKey key : active) {
        try {
          new BundleVerifier(SigningKeys.publicKey(key)).verify(bundle, source);
          return key;
        } catch (VerificationException | InputException notThisOne) {
          // try the next key
        }
      }
      throw refused(
          "unknown_signing_key",
          source
              + " names no key and its signature verifies with none of the "
              + active.size()
              + " active keys of '"
              + org.slug()
              + "'",
          Map.of("file", source),
          registerHint(org));
    }
    String wanted = hint;
    Optional<SigningKey> match = keys.stream().filter(k -> k.keyHint().equals(wanted)).findFirst();
    if (match.isEmpty()) {
      throw refused(
          "unknown_signing_key",
          source
              + " was signed with a key that is not registered for '"
              + org.slug()
              + "' (key hint "
              + wanted
              + ")",
          Map.of("file", source, "keyHint", wanted),
          registerHint(org));
    }
    SigningKey key = match.get();
    if (key.isRevoked()) {
      throw refused(
          "signing_key_revoked",
          source
              + " was signed with key '"
              + key.name()
              + "' of '"
              + org.slug()
              + "', revoked at "
              + key.revokedAt(),
          Map.of("file", source, "key", key.name()),
          "Sign the model folder again with an active key of the organization (`clearance sign"
              + " FOLDER --key private.pem --out model.sig`; register a new key with PUT"
              + " /api/v1/orgs/"
              + org.slug()
              + "/keys/{name}) and upload the new bundle.");
    }
    return key;
  }

  private String attestation(
      AttestationType type,
      ReleaseFile file,
      SigningKey key,
      Organization org,
      Statement model,
      Map<String, ReleaseFile> byName)
      throws IOException {
    String source = file.name();
    Statement statement;
    try {
      statement = new BundleVerifier(SigningKeys.publicKey(key)).verify(read(file), source);
    } catch (VerificationException bad) {
      throw badSignature(source, bad.getMessage(), key, org);
    } catch (InputException malformed) {
      throw invalidBundle(source, malformed);
    }
    String signAgain =
        "Sign again with `clearance sign FOLDER --key private.pem --card FOLDER/README.md --out"
            + " model.sig` and upload model.sig and its attestations together.";
    if (!type.predicateType().equals(statement.predicateType())
        || !statement.subjectSha256().equals(model.subjectSha256())) {
      throw refused(
          "attestation_mismatch",
          source
              + " is not a "
              + type.word()
              + " attestation of the signed model (predicate type "
              + statement.predicateType()
              + ", subject "
              + statement.subjectSha256()
              + "; the model's root digest is "
              + model.subjectSha256()
              + ")",
          Map.of("file", source),
          signAgain);
    }
    String name = DocumentAttestations.documentName(statement);
    ReleaseFile document = byName.get(name);
    if (document == null) {
      if (type == AttestationType.CARD) {
        throw refused(
            "attestation_mismatch",
            source + " attests the card '" + name + "', which was not uploaded",
            Map.of("file", source, "document", name),
            "Upload the card " + name + " as signed.");
      }
      return type.word() + " " + name + " (signature only; the document was not uploaded)";
    }
    String signedSha = DocumentAttestations.documentSha256(statement);
    if (!document.sha256().equals(signedSha)) {
      throw refused(
          "attestation_mismatch",
          "the "
              + type.word()
              + " "
              + name
              + " does not match the signed one in "
              + source
              + ": sha256 "
              + document.sha256()
              + " uploaded, "
              + signedSha
              + " signed",
          Map.of("file", name, "bundle", source),
          "Upload the " + type.word() + " exactly as it was signed. " + signAgain);
    }
    return type.word() + " " + name;
  }

  /** The uploaded file's digests as the manifest lists them (one per shard for shards). */
  private List<ResourceDigest> digests(ReleaseFile file, Serialization serialization)
      throws IOException {
    if (serialization.method() == SerializationMethod.FILES) {
      return List.of(new ResourceDigest(file.name(), file.sha256()));
    }
    try (InputStream in = blobs.open(file.sha256())) {
      return UploadedShards.digests(file.name(), in, serialization.shardSize());
    }
  }

  private static String mismatchDetail(
      List<String> mismatches,
      Map<String, ReleaseFile> byName,
      Map<String, List<ResourceDigest>> signedFiles,
      SerializationMethod method) {
    if (mismatches.size() != 1 || method != SerializationMethod.FILES) {
      return "";
    }
    String name = mismatches.get(0);
    return ": sha256 "
        + byName.get(name).sha256()
        + " uploaded, "
        + signedFiles.get(name).get(0).sha256()
        + " signed";
  }

  private Bundle parse(ReleaseFile file) throws IOException {
    try {
      return read(file);
    } catch (InputException malformed) {
      throw invalidBundle(file.name(), malformed);
    }
  }

  private Bundle read(ReleaseFile file) throws IOException, InputException {
    if (file.sizeBytes() > MAX_BUNDLE_BYTES) {
      throw new InputException(
          file.name(), 0, "larger than " + MAX_BUNDLE_BYTES + " bytes for a signature bundle", "");
    }
    byte[] bytes;
    try (InputStream in = blobs.open(file.sha256())) {
      bytes = in.readNBytes((int) MAX_BUNDLE_BYTES + 1);
    }
    return BundleJson.parse(bytes, file.name());
  }

  /** The uploaded path of an attestation next to the bundle: {@code model.sig.card.json}. */
  private static String besides(AttestationType type, String bundlePath) {
    int slash = bundlePath.lastIndexOf('/');
    String folder = slash < 0 ? "" : bundlePath.substring(0, slash + 1);
    String name = bundlePath.substring(slash + 1);
    return folder + type.besides(java.nio.file.Path.of(name)).getFileName().toString();
  }

  private static String registerHint(Organization org) {
    return "An admin of '"
        + org.slug()
        + "' registers the signer's public key (PUT /api/v1/orgs/"
        + org.slug()
        + "/keys/{name} with {\"publicKeyPem\": \"<public.pem>\"}); or sign again with a key"
        + " listed at GET /api/v1/orgs/"
        + org.slug()
        + "/keys and upload the new bundle.";
  }

  private static ApiException badSignature(
      String source, String message, SigningKey key, Organization org) {
    return refused(
        "bad_signature",
        message + " (registered key '" + key.name() + "' of '" + org.slug() + "')",
        Map.of("file", source, "key", key.name()),
        "Upload the bundle exactly as `clearance sign` wrote it; if it was, sign the model folder"
            + " again with the private key of '"
            + key.name()
            + "' and upload the new bundle.");
  }

  private static ApiException invalidBundle(String source, InputException malformed) {
    return refused(
        "invalid_bundle",
        malformed.getMessage(),
        Map.of("file", source),
        malformed.hint().isEmpty()
            ? "Upload the model.sig that `clearance sign FOLDER --key private.pem --out model.sig`"
                + " wrote (an OMS v1.0 Sigstore bundle)."
            : malformed.hint());
  }

  private static ApiException refused(
      String code, String message, Map<String, Object> details, String hint) {
    return new ApiException(422, new ApiError(code, message, details, hint));
  }
}
