package dev.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LogVerifierTest {

  private static final String ORIGIN = "clearance.example/log";

  private static List<AuditEntry> entries(int count) {
    List<AuditEntry> entries = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      entries.add(
          new AuditEntry(
              index,
              Instant.EPOCH.plusSeconds(index),
              "user:" + (index % 7),
              "release.transition",
              "release:" + (index / 3),
              "draft",
              "submitted",
              null,
              null));
    }
    return entries;
  }

  private static List<byte[]> leafData(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::leafData).toList();
  }

  private static MerkleLog log(List<byte[]> leaves) {
    MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
    log.append(leaves);
    return log;
  }

  private static Checkpoint checkpoint(MerkleLog log, long size) {
    return new Checkpoint(ORIGIN, size, log.root(size));
  }

  @Test
  void verify_untouchedLog_isVerified() {
    List<byte[]> leaves = leafData(entries(100));
    MerkleLog log = log(leaves);
    LogVerification result =
        LogVerifier.verify(leaves.iterator(), List.of(checkpoint(log, 100), checkpoint(log, 40)));
    assertThat(result).isInstanceOf(LogVerification.Verified.class);
    assertThat(result.ok()).isTrue();
    assertThat(result.message()).contains("100 entries").contains("1 earlier checkpoint(s)");
  }

  @Test
  void verify_alteredEntry_namesSizeAndRange() {
    List<AuditEntry> entries = entries(100);
    List<byte[]> leaves = leafData(entries);
    MerkleLog log = log(leaves);
    List<Checkpoint> checkpoints = List.of(checkpoint(log, 40), checkpoint(log, 100));
    List<byte[]> tampered = new ArrayList<>(leaves);
    tampered.set(
        57,
        new String(leaves.get(57), StandardCharsets.UTF_8)
            .replace("\"after\":\"submitted\"", "\"after\":\"approved\"")
            .getBytes(StandardCharsets.UTF_8));

    LogVerification result = LogVerifier.verify(tampered.iterator(), checkpoints);

    assertThat(result).isInstanceOf(LogVerification.RootMismatch.class);
    LogVerification.RootMismatch mismatch = (LogVerification.RootMismatch) result;
    assertThat(mismatch.lastGoodSize()).isEqualTo(40);
    assertThat(mismatch.checkpoint().size()).isEqualTo(100);
    assertThat(result.message())
        .contains("expects " + log.root(100))
        .contains("entries give " + mismatch.computed())
        .contains("[40, 100)");
    assertThat(LogVerifier.firstStoredMismatch(tampered.iterator(), log))
        .isEqualTo(OptionalLong.of(57));
    assertThat(LogVerifier.firstStoredMismatch(leaves.iterator(), log)).isEmpty();
  }

  @Test
  void verify_removedEntries_reportsMissing() {
    List<byte[]> leaves = leafData(entries(30));
    MerkleLog log = log(leaves);
    LogVerification result =
        LogVerifier.verify(leaves.subList(0, 29).iterator(), List.of(checkpoint(log, 30)));
    assertThat(result).isInstanceOf(LogVerification.MissingEntries.class);
    assertThat(result.message()).contains("has 29 entries").contains("covers 30");
    assertThat(LogVerifier.firstStoredMismatch(leaves.subList(0, 29).iterator(), log))
        .isEqualTo(OptionalLong.of(29));
  }

  @Test
  void verifyEntries_swappedEntries_reportsSequence() {
    List<AuditEntry> entries = new ArrayList<>(entries(20));
    MerkleLog log = log(leafData(entries));
    Collections.swap(entries, 4, 5);
    LogVerification result =
        LogVerifier.verifyEntries(entries.iterator(), List.of(checkpoint(log, 20)));
    assertThat(result).isEqualTo(new LogVerification.SequenceMismatch(4, 5));
  }

  @Test
  void verify_signedCheckpoint_checksSignatureFirst() throws CheckpointException {
    List<byte[]> leaves = leafData(entries(10));
    MerkleLog log = log(leaves);
    NoteSigner signer = NoteSigner.generate(ORIGIN);
    byte[] note = checkpoint(log, 10).sign(signer).toBytes();
    assertThat(LogVerifier.verify(leaves.iterator(), note, List.of(signer.verifier())).ok())
        .isTrue();
    NoteSigner stranger = NoteSigner.generate(ORIGIN);
    assertThatThrownBy(
            () -> LogVerifier.verify(leaves.iterator(), note, List.of(stranger.verifier())))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("no signature by a trusted key");
  }

  @Test
  void verify_forkedCheckpoints_areRefused() {
    List<byte[]> leaves = leafData(entries(10));
    MerkleLog log = log(leaves);
    Checkpoint forked = new Checkpoint(ORIGIN, 10, log.root(9));
    assertThatThrownBy(
            () -> LogVerifier.verify(leaves.iterator(), List.of(checkpoint(log, 10), forked)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the log forked");
  }

  @Test
  void verify_emptyLogAndEmptyCheckpoint_isVerified() {
    MerkleLog log = log(List.of());
    assertThat(LogVerifier.verify(List.<byte[]>of().iterator(), List.of(checkpoint(log, 0))).ok())
        .isTrue();
  }
}
