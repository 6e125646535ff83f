package dev.clearance.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.ConsistencyVerifier;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InclusionVerifier;
import dev.clearance.ledger.ProofException;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.NoteVerifier;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.QueuedEvents;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.release.Release;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogEndpointsTest extends RegistryTestBase {

  /** A new draft release with its logged creation, and the events moving it to {@code states}. */
  private String release(String... states) {
    String org = organization("acme");
    return tx(
        tx -> {
          String orgId = tx.organizations().findBySlug(org).orElseThrow().id();
          String modelId = tx.models().create(orgId, unique("model"), "Model").id();
          Release created = tx.releases().create(modelId, "1.0.0");
          AuditLog audit = registry.context().audit();
          audit.append(
              tx,
              new AuditEvent(
                  "u1", "release.create", created.id(), null, "draft", null, Map.of(), true));
          Release current = created;
          for (String state : states) {
            Release next =
                tx.releases().update(current.withState(ReleaseState.fromWireName(state)));
            audit.append(
                tx,
                new AuditEvent(
                    "u1",
                    "release.move",
                    created.id(),
                    current.state().wireName(),
                    state,
                    "because",
                    Map.of("note", "n"),
                    false));
            current = next;
          }
          return created.id();
        });
  }

  private Checkpoint checkpoint() throws Exception {
    ApiResponse response = anonymous.get("/api/v1/log/checkpoint");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/plain;charset=utf-8");
    return Checkpoint.open(
        response.body().getBytes(StandardCharsets.UTF_8), List.of(logSigner.verifier()));
  }

  private static List<Hash> hashes(JsonNode array) {
    List<Hash> hashes = new ArrayList<>();
    array.forEach(node -> hashes.add(Hash.fromBase64(node.asText())));
    return hashes;
  }

  @Test
  void key_anonymous_givesPinnableVerifierKey() throws Exception {
    JsonNode key = anonymous.get("/api/v1/log/key").json();

    assertThat(key.path("origin").asText()).isEqualTo("test.clearance.dev/log");
    assertThat(NoteVerifier.parse(key.path("verifierKey").asText()))
        .isEqualTo(logSigner.verifier());
  }

  @Test
  void inclusionProof_everyEntry_verifiesAgainstSignedCheckpoint() throws Exception {
    release("submitted", "in_review");
    Checkpoint checkpoint = checkpoint();
    JsonNode page = anonymous.get("/api/v1/log/entries?start=0&limit=1000").json().path("items");

    assertThat(page.size()).isEqualTo(checkpoint.size());
    for (JsonNode item : page) {
      long index = item.path("sequence").asLong();
      JsonNode proof =
          anonymous
              .get("/api/v1/log/proofs/inclusion?index=" + index + "&size=" + checkpoint.size())
              .json();
      Hash leafHash =
          TreeHasher.create().leaf(item.path("leaf").asText().getBytes(StandardCharsets.UTF_8));
      assertThat(proof.path("leafHash").asText()).isEqualTo(leafHash.base64());
      InclusionVerifier.verify(
          index, checkpoint.size(), leafHash, hashes(proof.path("hashes")), checkpoint.root());
    }
  }

  @Test
  void inclusionProof_flippedByte_fails() throws Exception {
    release("submitted");
    release("submitted");
    Checkpoint checkpoint = checkpoint();
    JsonNode proof =
        anonymous.get("/api/v1/log/proofs/inclusion?index=1&size=" + checkpoint.size()).json();
    Hash leafHash = Hash.fromBase64(proof.path("leafHash").asText());
    List<Hash> path = hashes(proof.path("hashes"));
    byte[] flipped = path.get(0).bytes();
    flipped[5] ^= 0x01;
    path.set(0, Hash.of(flipped));

    assertThatThrownBy(
            () -> InclusionVerifier.verify(1, checkpoint.size(), leafHash, path, checkpoint.root()))
        .isInstanceOf(ProofException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void consistencyProof_olderCheckpoint_verifiesAndFlippedByteFails() throws Exception {
    release("submitted");
    Checkpoint old = checkpoint();
    release("submitted", "in_review", "awaiting_responses");
    Checkpoint current = checkpoint();
    JsonNode proof =
        anonymous
            .get("/api/v1/log/proofs/consistency?from=" + old.size() + "&to=" + current.size())
            .json();
    List<Hash> path = hashes(proof.path("hashes"));

    assertThat(proof.path("from").asLong()).isEqualTo(old.size());
    ConsistencyVerifier.verify(old.size(), current.size(), old.root(), current.root(), path);
    byte[] flipped = path.get(path.size() - 1).bytes();
    flipped[0] ^= (byte) 0x80;
    path.set(path.size() - 1, Hash.of(flipped));
    assertThatThrownBy(
            () ->
                ConsistencyVerifier.verify(
                    old.size(), current.size(), old.root(), current.root(), path))
        .isInstanceOf(ProofException.class);
  }

  @Test
  void entries_confidentialEvent_showsLeafButNotDetails() throws Exception {
    String id = release();
    JsonNode items = anonymous.get("/api/v1/log/subjects/" + id).json().path("items");

    assertThat(items.size()).isEqualTo(1);
    JsonNode entry = items.get(0).path("entry");
    assertThat(entry.has("details")).isFalse();
    assertThat(
            AuditEntry.parse(entry.path("leaf").asText().getBytes(StandardCharsets.UTF_8))
                .commitment())
        .isNull();
  }

  @Test
  void subjectEntries_revealedDetails_matchCommitmentAndProveToCheckpoint() throws Exception {
    String id = release("submitted");
    JsonNode body = anonymous.get("/api/v1/log/subjects/" + id).json();
    Checkpoint checkpoint =
        Checkpoint.open(
            body.path("checkpoint").asText().getBytes(StandardCharsets.UTF_8),
            List.of(logSigner.verifier()));

    JsonNode items = body.path("items");
    assertThat(items.size()).isEqualTo(2);
    JsonNode moved = items.get(1);
    AuditEntry entry =
        AuditEntry.parse(
            moved.path("entry").path("leaf").asText().getBytes(StandardCharsets.UTF_8));
    assertThat(entry.after()).isEqualTo("submitted");
    JsonNode details = moved.path("entry").path("details");
    entry
        .commitment()
        .verify(details.path("details"), HexFormat.of().parseHex(details.path("salt").asText()));
    assertThat(details.path("details").path("reason").asText()).isEqualTo("because");
    JsonNode proof = moved.path("proof");
    InclusionVerifier.verify(
        entry.sequence(),
        checkpoint.size(),
        entry.leafHash(),
        hashes(proof.path("hashes")),
        checkpoint.root());
  }

  @Test
  void entries_paging_followsNextToTheEnd() {
    release("submitted", "in_review");
    long size = anonymous.get("/api/v1/log/entries?limit=1000").json().path("items").size();
    List<Long> seen = new ArrayList<>();
    String path = "/api/v1/log/entries?start=0&limit=2";
    while (path != null) {
      JsonNode page = anonymous.get(path).json();
      page.path("items").forEach(item -> seen.add(item.path("sequence").asLong()));
      path =
          page.has("next")
              ? "/api/v1/log/entries?start=" + page.path("next").asLong() + "&limit=2"
              : null;
    }

    assertThat(seen).hasSize((int) size);
    for (int index = 0; index < seen.size(); index++) {
      assertThat(seen.get(index)).isEqualTo(index);
    }
  }

  @Test
  void badParameters_answer400NamingTheParameter() {
    release();
    long size = anonymous.get("/api/v1/log/entries?limit=1000").json().path("items").size();
    Map<String, String> cases =
        Map.of(
            "/api/v1/log/entries?limit=1001",
            "limit",
            "/api/v1/log/entries?limit=0",
            "limit",
            "/api/v1/log/entries?start=abc",
            "start",
            "/api/v1/log/proofs/inclusion?index=x&size=1",
            "index",
            "/api/v1/log/proofs/inclusion?index=" + size + "&size=" + size,
            "index",
            "/api/v1/log/proofs/inclusion?index=0&size=" + (size + 1),
            "size",
            "/api/v1/log/proofs/inclusion?index=0",
            "size",
            "/api/v1/log/proofs/consistency?from=2&to=1",
            "from",
            "/api/v1/log/proofs/consistency?from=0&to=" + (size + 5),
            "to",
            "/api/v1/log/proofs/consistency?from=-1&to=1",
            "from");
    cases.forEach(
        (path, parameter) -> {
          ApiResponse response = anonymous.get(path);
          assertThat(response.status()).as(path).isEqualTo(400);
          assertThat(response.code()).as(path).isEqualTo("invalid_parameter");
          assertThat(response.json().path("details").path("parameter").asText())
              .as(path)
              .isEqualTo(parameter);
          assertThat(response.json().path("message").asText()).as(path).contains(parameter);
        });
  }

  @Test
  void stateCheck_anonymous_isRefused() {
    assertThat(anonymous.get("/api/v1/log/state-check").status()).isEqualTo(401);
  }

  @Test
  void stateCheck_editedReleaseState_isNamedAndUndoingItClears() {
    String id = release("submitted");
    assertThat(steward.get("/api/v1/log/state-check").json().path("ok").asBoolean())
        .as(steward.get("/api/v1/log/state-check").body())
        .isTrue();

    setState(id, "released");
    JsonNode report = steward.get("/api/v1/log/state-check").json();
    setState(id, "submitted");

    assertThat(report.path("ok").asBoolean()).isFalse();
    JsonNode releases = check(report, "releases");
    assertThat(releases.path("mismatchCount").asLong()).isEqualTo(1);
    JsonNode mismatch = releases.path("mismatches").get(0);
    assertThat(mismatch.path("subject").asText()).isEqualTo(id);
    assertThat(mismatch.path("stored").asText()).isEqualTo("released");
    assertThat(mismatch.path("logged").asText()).isEqualTo("submitted");
    assertThat(check(report, "audit_log").path("mismatchCount").asLong()).isZero();
    assertThat(steward.get("/api/v1/log/state-check").json().path("ok").asBoolean()).isTrue();
  }

  @Test
  void stateCheck_decisionWhoseEventACrashLeftQueued_integratesItAndIsOk() {
    String org = organization("acme");
    String id =
        tx(
            tx -> {
              String orgId = tx.organizations().findBySlug(org).orElseThrow().id();
              String modelId = tx.models().create(orgId, unique("model"), "Model").id();
              Release created = tx.releases().create(modelId, "1.0.0");
              tx.auditQueue()
                  .enqueue(
                      List.of(
                          QueuedEvents.leftover(clock, "release.create", created.id(), "draft")));
              return created.id();
            });

    JsonNode report = steward.get("/api/v1/log/state-check").json();

    assertThat(report.path("ok").asBoolean()).as(report.toString()).isTrue();
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(id, true));
    assertThat(about).hasSize(1);
  }

  private void setState(String releaseId, String state) {
    run(
        tx ->
            tx.handle()
                .createUpdate("UPDATE releases SET state = ? WHERE id = ?")
                .bind(0, state)
                .bind(1, releaseId)
                .execute());
  }

  static JsonNode check(JsonNode report, String name) {
    for (JsonNode check : report.path("checks")) {
      if (check.path("check").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + report);
  }
}
