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
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.OmsStatements;
import dev.clearance.artifacts.signing.Statement;
import dev.clearance.artifacts.signing.VerificationException;
import dev.clearance.document.InputException;
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
  private final AttestationCheck attestations;

  BundleCheck(BlobStore blobs) {
    this.blobs = blobs;
    this.attestations = new AttestationCheck(this);
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
      throw BundleRefusals.refused(
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
      throw BundleRefusals.badSignature(source, bad.getMessage(), key, org);
    } catch (InputException malformed) {
      throw BundleRefusals.invalidBundle(source, malformed);
    }
    String listed = Manifest.rootDigest(signed);
    if (!listed.equals(statement.subjectSha256())) {
      throw BundleRefusals.refused(
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
      attestationFiles.put(AttestationCheck.besides(type, source), type);
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
      throw BundleRefusals.refused(
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
        attested.add(attestations.check(entry.getValue(), file, key, org, statement, byName));
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
        throw BundleRefusals.invalidBundle(source, malformed);
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
      throw BundleRefusals.refused(
          "unknown_signing_key",
          source
              + " names no key and its signature verifies with none of the "
              + active.size()
              + " active keys of '"
              + org.slug()
              + "'",
          Map.of("file", source),
          BundleRefusals.registerHint(org));
    }
    String wanted = hint;
    Optional<SigningKey> match = keys.stream().filter(k -> k.keyHint().equals(wanted)).findFirst();
    if (match.isEmpty()) {
      throw BundleRefusals.refused(
          "unknown_signing_key",
          source
              + " was signed with a key that is not registered for '"
              + org.slug()
              + "' (key hint "
              + wanted
              + ")",
          Map.of("file", source, "keyHint", wanted),
          BundleRefusals.registerHint(org));
    }
    SigningKey key = match.get();
    if (key.isRevoked()) {
      throw BundleRefusals.refused(
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
      throw BundleRefusals.invalidBundle(file.name(), malformed);
    }
  }

  Bundle read(ReleaseFile file) throws IOException, InputException {
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
}
