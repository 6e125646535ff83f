package dev.clearance.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.ledger.TreeHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommitmentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode details() throws Exception {
    return JSON.readTree(
        "{\"model\": \"acme/llama-x\", \"version\": \"1.2.0\", \"tier\": 3,"
            + " \"findings\": [\"unreleased eval score 0.71\"]}");
  }

  @Test
  void verify_revealedDetailsInAnyKeyOrder_passes() throws Exception {
    SealedDetails sealed = Commitment.seal(details());
    JsonNode reordered =
        JSON.readTree(
            "{\"findings\":[\"unreleased eval score 0.71\"],\"tier\":3,\"version\":\"1.2.0\","
                + "\"model\":\"acme/llama-x\"}");
    sealed.commitment().verify(reordered, sealed.salt());
    sealed.commitment().verify(sealed.details(), sealed.salt());
  }

  @Test
  void seal_commitment_isSha256OfSaltAndCanonicalDetails() throws Exception {
    SealedDetails sealed = Commitment.seal(details());
    MessageDigest digest = TreeHasher.sha256();
    digest.update(sealed.salt());
    digest.update(CanonicalJson.encode(details()));
    assertThat(sealed.commitment().hash().bytes()).isEqualTo(digest.digest());
  }

  @Test
  void verify_changedDetailOrSalt_failsWithBothHashes() throws Exception {
    SealedDetails sealed = Commitment.seal(details());
    JsonNode changed = ((com.fasterxml.jackson.databind.node.ObjectNode) details()).put("tier", 2);
    assertThatThrownBy(() -> sealed.commitment().verify(changed, sealed.salt()))
        .isInstanceOf(EntryException.class)
        .hasMessageContaining("expected " + sealed.commitment().hash().hex())
        .hasMessageContaining("computed ");
    byte[] salt = sealed.salt();
    salt[0] ^= 1;
    assertThatThrownBy(() -> sealed.commitment().verify(details(), salt))
        .isInstanceOf(EntryException.class);
    assertThatThrownBy(() -> sealed.commitment().verify(details(), new byte[3]))
        .hasMessageContaining("salt must have 32 bytes, got 3");
  }

  @Test
  void seal_sameDetailsTwice_givesDifferentCommitments() throws Exception {
    assertThat(Commitment.seal(details()).commitment())
        .isNotEqualTo(Commitment.seal(details()).commitment());
  }

  @Test
  void leafData_entryWithCommitment_containsNoDetail() throws Exception {
    SealedDetails sealed = Commitment.seal(details());
    AuditEntry entry =
        new AuditEntry(
            5,
            Instant.EPOCH,
            "user:a",
            "release.submit",
            "release:42",
            "draft",
            "submitted",
            null,
            sealed.commitment());
    String leaf = new String(entry.leafData(), StandardCharsets.UTF_8);
    assertThat(leaf).doesNotContain("llama").doesNotContain("0.71").doesNotContain("tier");
    assertThat(leaf).contains(sealed.commitment().hash().hex());
    assertThat(sealed.toString()).doesNotContain("llama");
  }
}
