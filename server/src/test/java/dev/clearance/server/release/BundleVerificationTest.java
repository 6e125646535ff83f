package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.manifest.HashProgress;
import dev.clearance.artifacts.manifest.ModelHasher;
import dev.clearance.artifacts.manifest.Serialization;
import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.ModelVerifier;
import dev.clearance.artifacts.signing.VerificationReport;
import dev.clearance.server.http.Json;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.server.testing.SignedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry verifies uploaded signature bundles when it checks a release (ART-2, ACC-4): with
 * the organization's registered keys, against the uploaded files and card; the signed root digest
 * becomes the release's, and {@code signed_manifest} holds only after a verified bundle.
 */
class BundleVerificationTest extends ReleaseTestBase {

  private static final String KEY = "release";

  /** A draft of the example, signed with a registered key, every file and model.sig uploaded. */
  private record Signed(Scenario scenario, SignedModel model, ApiClient admin) {}

  private Signed signedDraft(String name) {
    Scenario scenario = draft(name);
    ApiClient admin = orgAdmin(scenario);
    SignedModel model = SignedModel.ofExample("tiny-classifier", signingFolder);
    model.registered(admin, scenario.org(), KEY);
    model.upload(scenario.releaser(), scenario.path());
    return new Signed(scenario, model, admin);
  }

  private static ApiResponse checkAnswer(Scenario scenario) {
    return scenario.releaser().post(scenario.path() + "/check", "");
  }

  /** Expects the check to be refused with 422 {@code code}; returns the error body. */
  private JsonNode refused(Scenario scenario, String code) {
    ApiResponse response = checkAnswer(scenario);
    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.code()).isEqualTo(code);
    assertThat(response.json().path("hint").asText()).isNotBlank();
    assertThat(scenario.releaser().get(scenario.path() + "/report").status()).isEqualTo(404);
    assertThat(scenario.releaser().get(scenario.path()).json().has("rootDigest")).isFalse();
    return response.json();
  }

  private static void upload(Scenario scenario, String name, byte[] content) {
    SignedModel.put(scenario.releaser(), scenario.path(), name, content);
  }

  @Test
  void check_validBundle_rootDigestIsTheModelFoldersOmsRoot() throws Exception {
    Signed signed = signedDraft("valid");
    check(signed.scenario());
    JsonNode release = signed.scenario().releaser().get(signed.scenario().path()).json();
    String computed =
        new ModelHasher(1)
            .hash(signed.model().folder(), Serialization.files(), HashProgress.NONE)
            .rootDigest();
    assertThat(release.path("rootDigest").asText()).isEqualTo(computed);
    JsonNode signature = release.path("signature");
    assertThat(signature.path("rootDigest").asText()).isEqualTo(computed);
    assertThat(signature.path("keyName").asText()).isEqualTo(KEY);
    assertThat(signature.path("keyStatus").asText()).isEqualTo("active");
    assertThat(signature.path("keyHint").asText()).isEqualTo(signed.model().keyHint());
    assertThat(signature.path("bundle").asText()).isEqualTo("model.sig");
    assertThat(texts(signature.path("filesVerified")))
        .containsExactlyInAnyOrder(
            "README.md", "config.json", "results_2025-09-29T14-03-51.482190.json");
    assertThat(signature.path("verifyCommand").asText())
        .isEqualTo(
            "clearance verify "
                + signed.scenario().model()
                + " --bundle model.sig --key "
                + KEY
                + ".pem");
    assertThat(signature.path("keyUrl").asText())
        .isEqualTo("/api/v1/orgs/" + signed.scenario().org() + "/keys/" + KEY);
  }

  @Test
  void check_validBundle_verifiesOfflineWithWhatTheRegistryServes() throws Exception {
    Signed signed = signedDraft("offline");
    check(signed.scenario());
    JsonNode signature =
        signed.scenario().releaser().get(signed.scenario().path()).json().path("signature");
    String pem =
        anonymous.get(signature.path("keyUrl").asText()).json().path("publicKeyPem").asText();
    byte[] bundle =
        signed
            .scenario()
            .releaser()
            .get(signed.scenario().contentPath(signature.path("bundle").asText()))
            .body()
            .getBytes(StandardCharsets.UTF_8);
    VerificationReport report =
        new ModelVerifier(
                KeyFiles.decodePublic(KeyFiles.decodePem(pem, "PUBLIC KEY", "key"), "key"),
                new ModelHasher(1))
            .verify(
                new ModelVerifier.Request(
                    signed.model().folder(),
                    BundleJson.parse(bundle, "model.sig"),
                    "model.sig",
                    Map.of(),
                    List.of(),
                    false),
                HashProgress.NONE);
    assertThat(report.verified()).as(report.toString()).isTrue();
    assertThat(report.signedRootDigest()).isEqualTo(signature.path("rootDigest").asText());
  }

  @Test
  void check_tamperedSignature_422BadSignatureNoReport() throws Exception {
    Scenario scenario = draft("tampered");
    SignedModel model = SignedModel.ofExample("tiny-classifier", signingFolder);
    model.registered(orgAdmin(scenario), scenario.org(), KEY);
    model.upload(scenario.releaser(), scenario.path());
    ObjectNode bundle = (ObjectNode) Json.mapper().readTree(model.bundle());
    ObjectNode signature = (ObjectNode) bundle.path("dsseEnvelope").path("signatures").get(0);
    byte[] sig = Base64.getDecoder().decode(signature.path("sig").asText());
    sig[sig.length / 2] ^= 0x01;
    signature.put("sig", Base64.getEncoder().encodeToString(sig));
    upload(scenario, SignedModel.BUNDLE, Json.mapper().writeValueAsBytes(bundle));
    JsonNode error = refused(scenario, "bad_signature");
    assertThat(error.path("message").asText()).contains("does not verify", "'" + KEY + "'");
  }

  @Test
  void check_unregisteredKey_422NamingTheKeyHint() {
    Scenario scenario = draft("unregistered");
    SignedModel registered = SignedModel.ofExample("tiny-classifier", signingFolder);
    registered.registered(orgAdmin(scenario), scenario.org(), KEY);
    SignedModel other = SignedModel.ofExample("tiny-classifier", signingFolder);
    other.upload(scenario.releaser(), scenario.path());
    JsonNode error = refused(scenario, "unknown_signing_key");
    assertThat(error.path("message").asText())
        .contains("not registered for '" + scenario.org() + "'", other.keyHint());
    assertThat(error.path("details").path("keyHint").asText()).isEqualTo(other.keyHint());
    assertThat(error.path("hint").asText()).contains("/api/v1/orgs/" + scenario.org() + "/keys");
  }

  @Test
  void check_keyOfAnotherOrganization_422UnknownKey() {
    Scenario scenario = draft("foreign");
    Scenario rival = draft("rival");
    SignedModel model = SignedModel.ofExample("tiny-classifier", signingFolder);
    model.registered(orgAdmin(rival), rival.org(), KEY);
    model.upload(scenario.releaser(), scenario.path());
    refused(scenario, "unknown_signing_key");
  }

  @Test
  void check_revokedKey_422NamingTheKey() {
    Signed signed = signedDraft("revoked");
    ApiResponse revoked =
        signed.admin().delete("/api/v1/orgs/" + signed.scenario().org() + "/keys/" + KEY);
    assertThat(revoked.status()).isEqualTo(204);
    JsonNode error = refused(signed.scenario(), "signing_key_revoked");
    assertThat(error.path("message").asText()).contains("key '" + KEY + "'", "revoked at");
  }

  @Test
  void check_readmeChangedAfterSigning_422NamingTheFile() {
    Signed signed = signedDraft("swapped");
    upload(
        signed.scenario(),
        "README.md",
        (readme(signed.model()) + "\nOne more line.\n").getBytes(StandardCharsets.UTF_8));
    JsonNode error = refused(signed.scenario(), "signed_file_mismatch");
    assertThat(error.path("message").asText()).contains("README.md", "does not match");
    assertThat(texts(error.path("details").path("files"))).containsExactly("README.md");
  }

  @Test
  void check_notABundle_422InvalidBundle() {
    Scenario scenario = draft("garbage");
    uploadExample(scenario, "tiny-classifier");
    upload(scenario, SignedModel.BUNDLE, "{}".getBytes(StandardCharsets.UTF_8));
    JsonNode error = refused(scenario, "invalid_bundle");
    assertThat(error.path("message").asText()).contains("model.sig", "Sigstore bundle");
  }

  @Test
  void check_twoBundles_422SeveralBundles() {
    Signed signed = signedDraft("two");
    upload(signed.scenario(), "other.sig", signed.model().bundle());
    JsonNode error = refused(signed.scenario(), "several_bundles");
    assertThat(error.path("message").asText()).contains("model.sig", "other.sig");
  }

  @Test
  void check_shardsSerialization_verifiesAndRefusesAChangedShard() {
    Scenario scenario = draft("shards");
    SignedModel plain = SignedModel.ofExample("tiny-classifier", signingFolder);
    SignedModel model = SignedModel.sign(plain.folder(), plain.keys(), Serialization.shards(100));
    model.registered(orgAdmin(scenario), scenario.org(), KEY);
    model.upload(scenario.releaser(), scenario.path());
    check(scenario);
    JsonNode release = scenario.releaser().get(scenario.path()).json();
    assertThat(release.path("rootDigest").asText()).isEqualTo(model.rootDigest());
    assertThat(texts(release.path("signature").path("filesVerified"))).contains("README.md");
    String readme = readme(model);
    upload(
        scenario,
        "README.md",
        (readme.substring(0, 150) + "X" + readme.substring(151)).getBytes(StandardCharsets.UTF_8));
    ApiResponse error = checkAnswer(scenario);
    assertThat(error.status()).as(error.toString()).isEqualTo(422);
    assertThat(error.code()).isEqualTo("signed_file_mismatch");
    assertThat(error.json().path("message").asText()).contains("README.md");
  }

  @Test
  void check_matchingCardAttestation_listedInTheSignature() {
    Signed signed = signedDraft("card");
    upload(
        signed.scenario(),
        "model.sig.card.json",
        signed.model().attestation(AttestationType.CARD, "README.md"));
    check(signed.scenario());
    JsonNode signature =
        signed.scenario().releaser().get(signed.scenario().path()).json().path("signature");
    assertThat(texts(signature.path("attestations"))).containsExactly("card README.md");
    assertThat(texts(signature.path("filesVerified"))).doesNotContain("model.sig.card.json");
  }

  @Test
  void check_cardAttestationOfAnotherCard_422AttestationMismatch() throws Exception {
    Signed signed = signedDraft("othercard");
    Path other = Files.createDirectories(signingFolder.resolve(unique("other")));
    Files.writeString(other.resolve("README.md"), "# Another card\n");
    byte[] attestation =
        BundleJson.write(
                new BundleSigner(signed.model().keys())
                    .sign(
                        DocumentAttestations.statement(
                            AttestationType.CARD,
                            signed.model().manifest(),
                            other.resolve("README.md"))))
            .getBytes(StandardCharsets.UTF_8);
    upload(signed.scenario(), "model.sig.card.json", attestation);
    JsonNode error = refused(signed.scenario(), "attestation_mismatch");
    assertThat(error.path("message").asText())
        .contains("the card README.md does not match the signed one");
  }

  @Test
  void release_withoutBundle_refusedBySignedManifestOnly() {
    Scenario scenario = draft("unsigned");
    uploadExample(scenario, "tiny-classifier");
    check(scenario);
    JsonNode release = scenario.releaser().get(scenario.path()).json();
    assertThat(release.has("rootDigest")).isFalse();
    assertThat(release.has("signature")).isFalse();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    assertThat(failedGuards(act(scenario.releaser(), scenario, "release")))
        .containsExactly("signed_manifest");
  }

  @Test
  void release_afterVerifiedBundle_allowed() {
    Signed signed = signedDraft("signed");
    Scenario scenario = signed.scenario();
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    JsonNode released = allowed(scenario.releaser(), scenario, "release", "released");
    assertThat(released.path("signature").path("keyName").asText()).isEqualTo(KEY);
    assertThat(anonymous.get(scenario.path()).json().path("rootDigest").asText())
        .isEqualTo(signed.model().rootDigest());
  }

  @Test
  void release_keyRevokedAfterCheck_refusedBySignedManifest() {
    Signed signed = signedDraft("laterevoke");
    Scenario scenario = signed.scenario();
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    allowed(steward, scenario, "start_review", "in_review");
    allowed(steward, scenario, "approve", "approved");
    signed.admin().delete("/api/v1/orgs/" + scenario.org() + "/keys/" + KEY);
    assertThat(failedGuards(act(scenario.releaser(), scenario, "release")))
        .containsExactly("signed_manifest");
    JsonNode view = scenario.releaser().get(scenario.path()).json();
    assertThat(view.path("signature").path("keyStatus").asText()).isEqualTo("revoked");
  }

  @Test
  void submit_bundleReplacedAfterCheck_refusedByChecksPass() {
    Signed signed = signedDraft("replaced");
    Scenario scenario = signed.scenario();
    check(scenario);
    SignedModel resigned = SignedModel.sign(signed.model().folder(), SignedModel.newKeys());
    resigned.uploadBundle(scenario.releaser(), scenario.path());
    assertThat(failedGuards(act(scenario.releaser(), scenario, "submit")))
        .containsExactly("checks_pass");
  }

  @Test
  void check_verified_sealedAuditDetailsNameKeyAndRootDigest() {
    Signed signed = signedDraft("audited");
    check(signed.scenario());
    String keyId =
        tx(
            tx -> {
              String orgId =
                  tx.organizations().findBySlug(signed.scenario().org()).orElseThrow().id();
              return dev.clearance.server.signing.SigningKeys.keys(tx)
                  .findByName(orgId, KEY)
                  .orElseThrow()
                  .id();
            });
    List<String> checkDetails =
        auditEntries(signed.scenario()).stream()
            .filter(entry -> leaf(entry).path("action").asText().equals("release.check"))
            .map(entry -> entry.revealed().orElseThrow().details())
            .toList();
    assertThat(checkDetails).hasSize(1);
    assertThat(checkDetails.get(0)).contains(signed.model().rootDigest(), keyId, "README.md");
  }

  private static String readme(SignedModel model) {
    try {
      return Files.readString(model.folder().resolve("README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.asText()));
    return values;
  }
}
