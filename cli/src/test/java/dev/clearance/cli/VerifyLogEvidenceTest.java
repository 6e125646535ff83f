package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.server.testing.SignedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearance verify --log-evidence FILE --log-key KEY} (ACC-4) with evidence downloaded from
 * a real registry (both databases) that released the model: verified as served; a tampered entry, a
 * wrong log key, a proof of another size and evidence for another root digest each fail.
 */
class VerifyLogEvidenceTest extends ReleaseTestBase {

  @TempDir Path work;

  /** A released model, its signed copy, bundle and key files, and its served evidence. */
  private record Adopter(
      SignedModel signed, Path bundle, Path publicKey, Path logKey, JsonNode evidence) {}

  private Adopter adopter(String name) throws Exception {
    Released released = releasedTier1(name);
    Path bundle = work.resolve(name + ".sig");
    Files.write(bundle, released.signed().bundle());
    Path publicKey = work.resolve(name + ".pem");
    Files.writeString(publicKey, released.signed().publicKeyPem());
    ApiResponse key = anonymous.get("/api/v1/log/key");
    assertThat(key.status()).isEqualTo(200);
    Path logKey = work.resolve("log.key");
    Files.writeString(logKey, key.json().path("verifierKey").asText() + "\n");
    ApiResponse evidence = anonymous.get(released.scenario().path() + "/log-evidence");
    assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
    return new Adopter(released.signed(), bundle, publicKey, logKey, evidence.json());
  }

  private Path write(String name, JsonNode evidence) throws Exception {
    Path file = work.resolve(name);
    Files.writeString(file, evidence.toString());
    return file;
  }

  private static CliRun verify(Adopter adopter, Path evidence, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                adopter.signed().folder().toString(),
                "--bundle",
                adopter.bundle().toString(),
                "--key",
                adopter.publicKey().toString(),
                "--log-evidence",
                evidence.toString(),
                "--quiet"));
    args.addAll(List.of(more));
    if (!args.contains("--log-key")) {
      args.addAll(List.of("--log-key", adopter.logKey().toString()));
    }
    return CliRun.real(args.toArray(String[]::new));
  }

  private static ObjectNode item(JsonNode evidence, Predicate<String> leaf) {
    for (JsonNode item : evidence.path("items")) {
      if (leaf.test(item.path("entry").path("leaf").asText())) {
        return (ObjectNode) item;
      }
    }
    throw new AssertionError("no such entry in " + evidence);
  }

  private static Predicate<String> action(String action) {
    return leaf -> leaf.contains("\"action\":\"" + action + "\"");
  }

  @Test
  void verify_evidenceFromLiveRegistry_verifiedWithEveryLogCheck() throws Exception {
    Adopter adopter = adopter("adopted");

    CliRun text = verify(adopter, write("evidence.json", adopter.evidence()));
    CliRun json = verify(adopter, write("evidence.json", adopter.evidence()), "--format", "json");

    assertThat(text.exitCode()).as(text.out() + text.err()).isEqualTo(ExitCode.OK);
    assertThat(text.out())
        .startsWith("VERIFIED")
        .contains("is signed by the pinned key test.clearance.dev/log")
        .contains("are in the checkpoint's tree")
        .contains("revealed details match their entries' commitments")
        .contains(
            "the registry's log records the public release of root digest "
                + adopter.signed().rootDigest());
    assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode report = LogJson.mapper().readTree(json.out());
    assertThat(report.path("verified").asBoolean()).isTrue();
    assertThat(report.path("log").path("verified").asBoolean()).isTrue();
    assertThat(report.path("log").path("checkpoint").path("size").asLong())
        .isEqualTo(adopter.evidence().path("size").asLong());
    assertThat(report.path("matches").toString()).contains("public release of root digest");
  }

  @Test
  void verify_tamperedEntry_failsNamingTheEntry() throws Exception {
    Adopter adopter = adopter("tampered");
    JsonNode evidence = adopter.evidence().deepCopy();
    ObjectNode entry = (ObjectNode) item(evidence, action("release.check")).path("entry");
    String forged = entry.path("leaf").asText().replace("\"actor\":\"", "\"actor\":\"forged-");
    assertThat(forged).isNotEqualTo(entry.path("leaf").asText());
    entry.put("leaf", forged);
    ((ObjectNode) item(evidence, leaf -> leaf.equals(forged)).path("proof"))
        .put(
            "leafHash", TreeHasher.create().leaf(forged.getBytes(StandardCharsets.UTF_8)).base64());

    CliRun run = verify(adopter, write("tampered.json", evidence));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .startsWith("VERIFICATION FAILED")
        .contains("problem: log entry " + entry.path("sequence").asLong())
        .contains("is not in the checkpoint's tree");
  }

  @Test
  void verify_tamperedRevealedRootDigest_failsCommitmentAndRelease() throws Exception {
    Adopter adopter = adopter("relabelled");
    JsonNode evidence = adopter.evidence().deepCopy();
    ObjectNode details =
        (ObjectNode)
            item(evidence, action("release.release")).path("entry").path("details").path("details");
    details.put("rootDigest", "0".repeat(64));

    CliRun run = verify(adopter, write("relabelled.json", evidence));

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .contains("revealed details do not match the commitment")
        .contains(
            "the registry's log has no release of root digest " + adopter.signed().rootDigest());
  }

  @Test
  void verify_wrongLogKey_failsNamingThePinnedKey() throws Exception {
    Adopter adopter = adopter("impostor");
    String otherKey = NoteSigner.generate("test.clearance.dev/log").verifier().verifierKey();

    CliRun run = verify(adopter, write("evidence.json", adopter.evidence()), "--log-key", otherKey);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .contains("the log evidence's checkpoint is not signed by the pinned log key " + otherKey)
        .doesNotContain("public release of root digest");
  }

  @Test
  void verify_proofOfAnotherSize_fails() throws Exception {
    Adopter adopter = adopter("resized");
    releasedTier1("later");
    JsonNode evidence = adopter.evidence().deepCopy();
    ObjectNode item = item(evidence, action("release.release"));
    long index = item.path("entry").path("sequence").asLong();
    long size = evidence.path("size").asLong();
    long grown = Long.parseLong(anonymous.get("/api/v1/log/checkpoint").body().split("\n")[1]);
    assertThat(grown).isGreaterThan(size);
    JsonNode newer =
        anonymous.get("/api/v1/log/proofs/inclusion?index=" + index + "&size=" + grown).json();
    item.set("proof", newer.deepCopy());
    CliRun stated = verify(adopter, write("stated.json", evidence));
    ((ObjectNode) item.path("proof")).put("size", size);
    CliRun lied = verify(adopter, write("lied.json", evidence));

    assertThat(stated.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(stated.out())
        .contains(
            "log entry "
                + index
                + ": its inclusion proof is for tree size "
                + grown
                + ", the checkpoint has size "
                + size)
        .contains("the registry's log has no release of root digest");
    assertThat(lied.exitCode()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(lied.out()).contains("log entry " + index + " is not in the checkpoint's tree");
  }

  @Test
  void verify_evidenceOfAnotherRootDigest_failsNamingTheDigest() throws Exception {
    Adopter adopter = adopter("original");
    Path changed = Files.createDirectories(work.resolve("changed"));
    try (var files = Files.list(adopter.signed().folder())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, changed.resolve(file.getFileName()));
      }
    }
    Files.writeString(changed.resolve("NOTES.txt"), "not what the registry released\n");
    SignedModel other = SignedModel.sign(changed, adopter.signed().keys());
    Path otherBundle = work.resolve("other.sig");
    Files.write(otherBundle, other.bundle());
    Adopter swapped =
        new Adopter(other, otherBundle, adopter.publicKey(), adopter.logKey(), adopter.evidence());

    CliRun run = verify(swapped, write("evidence.json", adopter.evidence()));

    assertThat(other.rootDigest()).isNotEqualTo(adopter.signed().rootDigest());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.REQUIREMENTS_FAILED);
    assertThat(run.out())
        .contains("the registry's log has no release of root digest " + other.rootDigest())
        .contains("it records releases of " + adopter.signed().rootDigest());
  }

  @Test
  void verify_malformedEvidence_exit2NamingFileAndProblem() throws Exception {
    Adopter adopter = adopter("malformed");
    Path notJson = work.resolve("not-json.json");
    Files.writeString(notJson, "{\"checkpoint\": ");
    JsonNode noProof = adopter.evidence().deepCopy();
    ((ObjectNode) noProof.path("items").get(0)).remove("proof");

    CliRun broken = verify(adopter, notJson);
    CliRun missing = verify(adopter, write("no-proof.json", noProof));
    CliRun alone =
        CliRun.real(
            "verify",
            adopter.signed().folder().toString(),
            "--bundle",
            adopter.bundle().toString(),
            "--key",
            adopter.publicKey().toString(),
            "--log-evidence",
            notJson.toString());

    assertThat(broken.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(broken.err()).contains(notJson.toString()).contains("not JSON");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err())
        .contains("no-proof.json")
        .contains("items[0].proof must be a JSON object");
    assertThat(alone.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(alone.err()).contains("--log-key");
  }
}
