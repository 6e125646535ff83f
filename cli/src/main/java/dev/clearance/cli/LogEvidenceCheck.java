package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InclusionVerifier;
import dev.clearance.ledger.ProofException;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a release's log evidence offline against the pinned log key and the root digest of the
 * verified model (ACC-4): (a) the checkpoint is signed by the pinned key; (b) every entry's
 * inclusion proof leads to that checkpoint's root; (c) revealed details match each entry's
 * commitment; (d) a {@code release.release} entry's revealed {@code rootDigest} is the model's. So
 * a verified folder is exactly what the registry publicly released, as recorded in the log that
 * everybody sees.
 */
final class LogEvidenceCheck {

  /** The action of the entry that records a release becoming public. */
  static final String RELEASE_ACTION = "release.release";

  private LogEvidenceCheck() {}

  /**
   * The outcome.
   *
   * @param checkpoint the verified checkpoint, empty when it did not verify
   * @param problems failed checks, one sentence each
   * @param confirmed what held
   */
  record Result(Optional<Checkpoint> checkpoint, List<String> problems, List<String> confirmed) {
    Result {
      Objects.requireNonNull(checkpoint, "checkpoint");
      problems = List.copyOf(problems);
      confirmed = List.copyOf(confirmed);
    }

    boolean verified() {
      return problems.isEmpty();
    }
  }

  /**
   * Runs the four checks.
   *
   * @param rootDigest the OMS root digest (hex) of the model the bundle verification found
   */
  static Result check(LogEvidenceFile evidence, NoteVerifier pinned, String rootDigest) {
    List<String> problems = new ArrayList<>();
    List<String> confirmed = new ArrayList<>();
    Checkpoint checkpoint;
    try {
      checkpoint =
          Checkpoint.open(evidence.checkpoint().getBytes(StandardCharsets.UTF_8), List.of(pinned));
    } catch (CheckpointException e) {
      String named =
          evidence
              .verifierKey()
              .filter(key -> !key.equals(pinned.verifierKey()))
              .map(key -> " (the evidence names the key " + key + ")")
              .orElse("");
      problems.add(
          "the log evidence's checkpoint is not signed by the pinned log key "
              + pinned.verifierKey()
              + named
              + ": "
              + e.getMessage());
      return new Result(Optional.empty(), problems, confirmed);
    }
    confirmed.add(
        "log checkpoint "
            + checkpoint.origin()
            + " size "
            + checkpoint.size()
            + " is signed by the pinned key "
            + pinned.name());
    int proven = 0;
    int revealed = 0;
    Set<String> releasedDigests = new LinkedHashSet<>();
    String releasedAs = null;
    for (LogEvidenceFile.Item item : evidence.items()) {
      Optional<AuditEntry> entry = entry(item, evidence.subject(), checkpoint, problems);
      if (entry.isEmpty()) {
        continue;
      }
      proven++;
      Optional<JsonNode> details = details(item, entry.get(), problems);
      if (details.isEmpty()) {
        continue;
      }
      revealed++;
      if (entry.get().action().equals(RELEASE_ACTION)) {
        String digest = details.get().path("rootDigest").asText("");
        releasedDigests.add(digest);
        if (digest.equalsIgnoreCase(rootDigest)) {
          releasedAs =
              details.get().path("org").asText("?")
                  + "/"
                  + details.get().path("model").asText("?")
                  + "@"
                  + details.get().path("version").asText("?")
                  + " (log entry "
                  + entry.get().sequence()
                  + ")";
        }
      }
    }
    if (proven > 0) {
      confirmed.add(
          proven + " log entries about " + evidence.subject() + " are in the checkpoint's tree");
    }
    if (revealed > 0) {
      confirmed.add(revealed + " revealed details match their entries' commitments");
    }
    if (releasedAs != null) {
      confirmed.add(
          "the registry's log records the public release of root digest "
              + rootDigest
              + " as "
              + releasedAs);
    } else if (rootDigest.isEmpty()) {
      problems.add(
          "the model's root digest is unknown (the bundle did not verify), so the log's releases"
              + " cannot be matched to it");
    } else {
      problems.add(
          "the registry's log has no release of root digest "
              + rootDigest
              + (releasedDigests.isEmpty()
                  ? " (the evidence has no verified release.release entry)"
                  : " (it records releases of " + String.join(", ", releasedDigests) + ")"));
    }
    return new Result(Optional.of(checkpoint), problems, confirmed);
  }

  /** Parses the leaf and checks its proof; adds a problem and gives empty when either fails. */
  private static Optional<AuditEntry> entry(
      LogEvidenceFile.Item item, String subject, Checkpoint checkpoint, List<String> problems) {
    String at = "log entry " + item.sequence();
    byte[] leaf = item.leaf().getBytes(StandardCharsets.UTF_8);
    AuditEntry entry;
    try {
      entry = AuditEntry.parse(leaf);
    } catch (EntryException e) {
      problems.add(at + " is not a canonical audit entry: " + e.getMessage());
      return Optional.empty();
    }
    if (entry.sequence() != item.sequence() || item.proofIndex() != item.sequence()) {
      problems.add(
          at
              + ": its leaf says sequence "
              + entry.sequence()
              + " and its proof index "
              + item.proofIndex());
      return Optional.empty();
    }
    if (!subject.isEmpty() && !entry.subject().equals(subject)) {
      problems.add(at + " is about " + entry.subject() + ", not " + subject);
      return Optional.empty();
    }
    if (item.proofSize() != checkpoint.size()) {
      problems.add(
          at
              + ": its inclusion proof is for tree size "
              + item.proofSize()
              + ", the checkpoint has size "
              + checkpoint.size());
      return Optional.empty();
    }
    Hash leafHash = TreeHasher.create().leaf(leaf);
    if (!leafHash.equals(item.proofLeafHash())) {
      problems.add(
          at
              + ": the leaf hashes to "
              + leafHash.base64()
              + ", the proof states "
              + item.proofLeafHash().base64()
              + " (the entry was changed)");
      return Optional.empty();
    }
    try {
      InclusionVerifier.verify(
          item.proofIndex(), checkpoint.size(), leafHash, item.proofHashes(), checkpoint.root());
    } catch (ProofException e) {
      problems.add(at + " is not in the checkpoint's tree: " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /** The revealed details if they match the commitment; adds a problem when they do not. */
  private static Optional<JsonNode> details(
      LogEvidenceFile.Item item, AuditEntry entry, List<String> problems) {
    if (item.details().isEmpty()) {
      return Optional.empty();
    }
    String at = "log entry " + entry.sequence();
    if (entry.commitment() == null) {
      problems.add(at + " has revealed details but its leaf commits to none");
      return Optional.empty();
    }
    try {
      entry.commitment().verify(item.details().get(), item.salt().orElseThrow());
    } catch (EntryException e) {
      problems.add(at + ": " + e.getMessage());
      return Optional.empty();
    }
    return item.details();
  }
}
