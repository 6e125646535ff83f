package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InclusionVerifier;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET …/releases/{version}/log-evidence} (ACC-4): the release's audit entries with inclusion
 * proofs, the signed checkpoint and the log's key, visible exactly when the release is; on both
 * databases.
 */
class LogEvidenceTest extends ReleaseTestBase {

  @Test
  void logEvidence_releasedTier1_anyoneGetsProvenEntriesNamingTheSignedRootDigest()
      throws Exception {
    Released released = releasedTier1("evident");
    String path = released.scenario().path();

    ApiResponse response = anonymous.get(path + "/log-evidence");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode evidence = response.json();
    String id = anonymous.get(path).json().path("id").asText();
    assertThat(id).isNotBlank().isEqualTo(evidence.path("subject").asText());
    assertThat(evidence.path("verifierKey").asText()).isEqualTo(logSigner.verifier().verifierKey());
    assertThat(evidence.path("origin").asText()).isEqualTo(logSigner.verifier().name());
    Checkpoint checkpoint =
        Checkpoint.open(
            evidence.path("checkpoint").asText().getBytes(StandardCharsets.UTF_8),
            List.of(logSigner.verifier()));
    assertThat(checkpoint.size()).isEqualTo(evidence.path("size").asLong());
    List<String> actions = new ArrayList<>();
    String loggedRootDigest = null;
    for (JsonNode item : evidence.path("items")) {
      byte[] leaf = item.path("entry").path("leaf").asText().getBytes(StandardCharsets.UTF_8);
      AuditEntry entry = AuditEntry.parse(leaf);
      Hash leafHash = TreeHasher.create().leaf(leaf);
      JsonNode proof = item.path("proof");
      assertThat(proof.path("leafHash").asText()).isEqualTo(leafHash.base64());
      List<Hash> proofPath = new ArrayList<>();
      proof.path("hashes").forEach(hash -> proofPath.add(Hash.fromBase64(hash.asText())));
      InclusionVerifier.verify(
          proof.path("index").asLong(), checkpoint.size(), leafHash, proofPath, checkpoint.root());
      JsonNode details = item.path("entry").path("details");
      entry
          .commitment()
          .verify(details.path("details"), HexFormat.of().parseHex(details.path("salt").asText()));
      assertThat(entry.subject()).isEqualTo(id);
      actions.add(entry.action());
      if (entry.action().equals("release.release")) {
        loggedRootDigest = details.path("details").path("rootDigest").asText();
      }
    }
    assertThat(actions).contains("release.create", "release.check", "release.release");
    assertThat(loggedRootDigest).isEqualTo(released.signed().rootDigest());
  }

  @Test
  void logEvidence_preRelease_404ForOutsiders_sealedEntriesForMembers() {
    Scenario scenario = draft("hidden");
    uploadExample(scenario, "tiny-classifier");
    uploadSignature(scenario, "tiny-classifier");
    check(scenario);
    allowed(scenario.releaser(), scenario, "submit", "submitted");

    ApiResponse forAnonymous = anonymous.get(scenario.path() + "/log-evidence");
    ApiResponse forOutsider = user(unique("outsider")).get(scenario.path() + "/log-evidence");
    ApiResponse forMember = scenario.releaser().get(scenario.path() + "/log-evidence");

    assertThat(forAnonymous.status()).isEqualTo(404);
    assertThat(forAnonymous.code()).isEqualTo("not_found");
    assertThat(forOutsider.status()).isEqualTo(404);
    assertThat(forMember.status()).as(forMember.toString()).isEqualTo(200);
    JsonNode items = forMember.json().path("items");
    assertThat(items).hasSize(3);
    for (JsonNode item : items) {
      assertThat(item.path("entry").has("details")).isFalse();
      assertThat(item.path("entry").path("leaf").asText()).doesNotContain(scenario.model());
    }
  }

  @Test
  void logEvidence_unknownVersion_404() {
    Released released = releasedTier1("lonely");

    ApiResponse response =
        anonymous.get(released.scenario().version("9.9.9").path() + "/log-evidence");

    assertThat(response.status()).isEqualTo(404);
  }
}
