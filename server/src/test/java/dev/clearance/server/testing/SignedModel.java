package dev.clearance.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.Manifest;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.KeyType;
import dev.clearance.artifacts.signing.OmsStatements;
import dev.clearance.document.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;

/**
 * A model folder signed in a test exactly as {@code clearance sign FOLDER --key private.pem --out
 * model.sig} signs it (OMS v1.0 bundle, {@code files} serialization, default ignored paths): a copy
 * of one of the repository's {@code examples/} in a test's temporary folder, a fresh key pair, and
 * the bundle. Registers its public key with the registry and uploads the folder and the bundle
 * through the API, so releases can pass the {@code signed_manifest} guard (ART-2, ACC-4).
 *
 * <p>Typical use: {@code SignedModel model = SignedModel.ofExample("tiny-classifier", tempDir);
 * model.registerKey(orgAdmin, org, "release"); model.upload(releaser, releasePath);} then {@code
 * POST …/check}.
 */
public final class SignedModel {

  /** The path the bundle is uploaded under, as {@code clearance submit} does. */
  public static final String BUNDLE = "model.sig";

  /** The repository's example dossiers, seen from the server module. */
  public static final Path EXAMPLES = Path.of("..", "examples");

  private final Path folder;
  private final KeyPair keys;
  private final Manifest manifest;
  private final byte[] bundle;

  private SignedModel(Path folder, KeyPair keys, Manifest manifest, byte[] bundle) {
    this.folder = folder;
    this.keys = keys;
    this.manifest = manifest;
    this.bundle = bundle;
  }

  /** A fresh Ed25519 key pair, as {@code clearance keygen} makes it. */
  public static KeyPair newKeys() {
    return KeyFiles.newKeyPair(KeyType.ED25519);
  }

  /**
   * Copies {@code examples/<example>} into a new folder {@code <example>} under {@code workFolder}
   * and signs it with a fresh Ed25519 key.
   */
  public static SignedModel ofExample(String example, Path workFolder) {
    return ofExample(example, workFolder, newKeys());
  }

  /** Copies {@code examples/<example>} under {@code workFolder} and signs it with {@code keys}. */
  public static SignedModel ofExample(String example, Path workFolder, KeyPair keys) {
    try {
      Path target = Files.createTempDirectory(workFolder, "signed-").resolve(example);
      Path source = EXAMPLES.resolve(example);
      try (Stream<Path> paths = Files.walk(source)) {
        for (Path path : paths.sorted().toList()) {
          Path copy = target.resolve(source.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(path, copy);
          }
        }
      }
      return sign(target, keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs the folder as it is now with {@code keys}, serialized by files. */
  public static SignedModel sign(Path folder, KeyPair keys) {
    return sign(folder, keys, Serialization.files());
  }

  /** Signs the folder as it is now with {@code keys} and {@code serialization}. */
  public static SignedModel sign(Path folder, KeyPair keys, Serialization serialization) {
    try {
      Manifest manifest =
          new ModelHasher(1)
              .hash(folder, serialization.ignoring(List.of(BUNDLE)), HashProgress.NONE);
      String json =
          BundleJson.write(new BundleSigner(keys).sign(OmsStatements.toStatement(manifest)));
      return new SignedModel(folder, keys, manifest, json.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      throw new IllegalStateException("cannot hash " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The signed folder. */
  public Path folder() {
    return folder;
  }

  /** The signer's key pair. */
  public KeyPair keys() {
    return keys;
  }

  /** The signer's public key as {@code clearance keygen} writes {@code public.pem}. */
  public String publicKeyPem() {
    return KeyFiles.publicPem(keys.getPublic());
  }

  /** The OMS root digest of the folder, as {@code clearance digest} prints it. */
  public String rootDigest() {
    return manifest.rootDigest();
  }

  /** The signed manifest. */
  public Manifest manifest() {
    return manifest;
  }

  /** The bundle ({@code model.sig}) bytes. */
  public byte[] bundle() {
    return bundle.clone();
  }

  /** The bundle's key hint: SHA-256 of the public key PEM. */
  public String keyHint() {
    return BundleSigner.keyHint(keys.getPublic());
  }

  /**
   * A signed attestation binding the folder's file {@code name} (e.g. {@code README.md}) to the
   * model, as {@code clearance sign --card} writes {@code model.sig.card.json}.
   */
  public byte[] attestation(AttestationType type, String name) {
    try {
      return BundleJson.write(
              new BundleSigner(keys)
                  .sign(DocumentAttestations.statement(type, manifest, folder.resolve(name))))
          .getBytes(StandardCharsets.UTF_8);
    } catch (InputException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** {@code PUT /api/v1/orgs/{org}/keys/{keyName}} with the public key, as an org admin. */
  public ApiResponse registerKey(ApiClient admin, String org, String keyName) {
    return admin.put(
        "/api/v1/orgs/" + org + "/keys/" + keyName,
        "{\"publicKeyPem\": " + jsonString(publicKeyPem()) + "}");
  }

  /** Registers the key and expects 201 (or 200 when it already was). */
  public SignedModel registered(ApiClient admin, String org, String keyName) {
    ApiResponse response = registerKey(admin, org, keyName);
    assertThat(response.status()).as(response.toString()).isIn(200, 201);
    return this;
  }

  /**
   * Uploads every file of the folder under its relative path, then the bundle as {@value #BUNDLE},
   * to the release at {@code releasePath} ({@code /api/v1/orgs/…/releases/{version}}).
   */
  public void upload(ApiClient releaser, String releasePath) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        put(releaser, releasePath, name, Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    uploadBundle(releaser, releasePath);
  }

  /** Uploads only the bundle as {@value #BUNDLE}. */
  public void uploadBundle(ApiClient releaser, String releasePath) {
    put(releaser, releasePath, BUNDLE, bundle);
  }

  /** Uploads one file and expects 200 or 201. */
  public static void put(ApiClient releaser, String releasePath, String name, byte[] content) {
    ApiResponse response =
        releaser.putBytes(
            releasePath + "/files?path=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
            content);
    assertThat(response.status()).as(name + ": " + response).isIn(200, 201);
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
