package dev.clearance.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.testing.BothDatabases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerAuditLogTest extends BothDatabases {

  private NoteSigner signer;
  private LedgerAuditLog log;

  @BeforeEach
  void createLog() throws Exception {
    signer = NoteSigner.generate("test.clearance.dev/log");
    log = new LedgerAuditLog(signer, clock, new LogSequencer(db));
  }

  /** Appends {@code event} in a transaction of its own; returns the entry's sequence number. */
  private long append(AuditEvent event) {
    run(tx -> log.append(tx, event));
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(event.subject(), true));
    return about.get(about.size() - 1).sequence();
  }

  private List<StoredEntry> entries() {
    return tx(tx -> tx.audit().entries(0, 10_000));
  }

  private static List<byte[]> leaves(List<StoredEntry> entries) {
    return entries.stream().map(entry -> entry.leaf().getBytes(StandardCharsets.UTF_8)).toList();
  }

  @Test
  void append_events_getConsecutiveSequencesAndVerifyAgainstCheckpoint() throws Exception {
    String subject = unique("release");
    long first =
        append(
            new AuditEvent(
                "u1", "release.submit", subject, "draft", "submitted", null, Map.of(), false));
    long second =
        append(
            new AuditEvent(
                "u2",
                "release.start_review",
                subject,
                "submitted",
                "in_review",
                null,
                Map.of(),
                false));
    String note = tx(tx -> log.checkpoint(tx));

    assertThat(second).isEqualTo(first + 1);
    LogVerification verification =
        LogVerifier.verify(
            leaves(entries()).iterator(),
            note.getBytes(StandardCharsets.UTF_8),
            List.of(signer.verifier()));
    assertThat(verification.ok()).as(verification.message()).isTrue();
  }

  @Test
  void appendAll_batch_consecutiveSequencesInOrderAndVerifies() throws Exception {
    List<AuditEvent> batch =
        List.of(
            new AuditEvent(
                "u1", "org.create", unique("org"), null, "created", null, Map.of(), false),
            new AuditEvent(
                "u1",
                "member.add",
                unique("member"),
                null,
                "admin",
                "first admin",
                Map.of("org", "acme"),
                false),
            new AuditEvent(
                "u2",
                "release.create",
                unique("release"),
                null,
                "draft",
                null,
                Map.of("model", "secret-model"),
                true));

    run(tx -> log.appendAll(tx, batch));
    long first = tx(tx -> tx.audit().entriesAbout(batch.get(0).subject(), true)).get(0).sequence();
    String note = tx(tx -> log.checkpoint(tx));

    List<StoredEntry> stored = tx(tx -> tx.audit().entries(first, 10));
    assertThat(stored)
        .extracting(StoredEntry::sequence)
        .containsExactly(first, first + 1, first + 2);
    assertThat(stored)
        .extracting(StoredEntry::subject)
        .containsExactlyElementsOf(batch.stream().map(AuditEvent::subject).toList());
    assertThat(stored.get(2).leaf()).doesNotContain("secret-model");
    LogVerification verification =
        LogVerifier.verify(
            leaves(entries()).iterator(),
            note.getBytes(StandardCharsets.UTF_8),
            List.of(signer.verifier()));
    assertThat(verification.ok()).as(verification.message()).isTrue();
  }

  @Test
  void append_confidentialEvent_publicLeafHidesReasonAndDetailsUntilRevealed() throws Exception {
    String subject = unique("secret-release");
    long sequence =
        append(
            new AuditEvent(
                "u1",
                "release.retract",
                subject,
                "draft",
                "retracted",
                "weights leaked",
                Map.of("model", "frontier-x"),
                true));

    StoredEntry stored = entryAt(sequence);
    assertThat(stored.leaf()).doesNotContain("weights leaked").doesNotContain("frontier-x");
    assertThat(stored.revealed()).isEmpty();
    AuditEntry entry = AuditEntry.parse(stored.leaf().getBytes(StandardCharsets.UTF_8));
    assertThat(entry.reason()).isNull();
    assertThat(entry.commitment()).isNotNull();

    run(tx -> log.reveal(tx, subject));

    StoredEntry revealed = entryAt(sequence);
    assertThat(revealed.revealed()).isPresent();
    StoredEntry.Sealed sealed = revealed.revealed().get();
    assertThat(sealed.details()).contains("weights leaked").contains("frontier-x");
    entry
        .commitment()
        .verify(
            sealed.details().getBytes(StandardCharsets.UTF_8),
            java.util.HexFormat.of().parseHex(sealed.saltHex()));
  }

  @Test
  void editedLeafInDatabase_detectedAgainstCheckpointAndStoredTree() throws Exception {
    String subject = unique("release");
    long sequence =
        append(
            new AuditEvent(
                "u1", "release.approve", subject, "in_review", "approved", null, Map.of(), false));
    append(
        new AuditEvent(
            "u1", "release.release", subject, "approved", "released", null, Map.of(), false));
    String note = tx(tx -> log.checkpoint(tx));

    run(
        tx ->
            tx.handle()
                .createUpdate(
                    "UPDATE audit_entries SET leaf = REPLACE(leaf, 'approved', 'rejected')"
                        + " WHERE seq = ?")
                .bind(0, sequence)
                .execute());

    LogVerification verification =
        LogVerifier.verify(
            leaves(entries()).iterator(),
            note.getBytes(StandardCharsets.UTF_8),
            List.of(signer.verifier()));
    assertThat(verification.ok()).isFalse();
    java.util.OptionalLong mismatch =
        tx(
            tx ->
                LogVerifier.firstStoredMismatch(
                    leaves(tx.audit().entries(0, 10_000)).iterator(),
                    new MerkleLog(tx.audit().readTree())));
    assertThat(mismatch).hasValue(sequence);
    // The database is shared by this class's tests: undo the tampering for them.
    run(
        tx ->
            tx.handle()
                .createUpdate(
                    "UPDATE audit_entries SET leaf = REPLACE(leaf, 'rejected', 'approved')"
                        + " WHERE seq = ?")
                .bind(0, sequence)
                .execute());
  }

  private StoredEntry entryAt(long sequence) {
    return tx(
            tx -> tx.audit().entriesAbout(tx.audit().entries(sequence, 1).get(0).subject(), false))
        .stream()
        .filter(entry -> entry.sequence() == sequence)
        .findFirst()
        .orElseThrow();
  }
}
