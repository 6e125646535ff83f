package dev.clearance.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.ledger.LogVerification;
import dev.clearance.ledger.LogVerifier;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.jobs.BackgroundJobs;
import dev.clearance.server.testing.QueuedEvents;
import dev.clearance.store.Ids;
import dev.clearance.store.audit.QueuedEntry;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.testing.BothDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log's queue and sequencer on a real database: order, atomicity, concurrency. */
class LogSequencerTest extends BothDatabases {

  private NoteSigner signer;
  private LogSequencer sequencer;
  private LedgerAuditLog log;

  @BeforeEach
  void createLog() throws Exception {
    signer = NoteSigner.generate("test.clearance.dev/log");
    sequencer = new LogSequencer(db);
    log = new LedgerAuditLog(signer, clock, sequencer);
  }

  private static AuditEvent event(String subject, boolean confidential) {
    return new AuditEvent(
        "u1",
        "release.create",
        subject,
        null,
        "draft",
        "why",
        Map.of("model", "m-" + subject),
        confidential);
  }

  /** A row as a decision queues it, left behind as by a crash before its integration. */
  private static QueuedEntry leftover(String id, String subject) {
    return QueuedEvents.leftover(
        id, Instant.parse("2026-11-20T10:00:00Z"), "release.create", subject, "draft", "left over");
  }

  /** A queued row whose details are sealed under {@code commitment}, not yet revealed. */
  private static QueuedEntry sealed(String id, String subject, String commitment, String details) {
    return new QueuedEntry(
        id,
        Instant.parse("2026-11-20T10:00:00Z"),
        "u1",
        "release.create",
        subject,
        null,
        "draft",
        null,
        commitment,
        Optional.of(new StoredEntry.Sealed("cd".repeat(32), details, false)));
  }

  private long treeSize() {
    return tx(tx -> tx.audit().readTree().size());
  }

  private long queueSize() {
    return tx(tx -> tx.auditQueue().size());
  }

  private List<StoredEntry> entriesFrom(long sequence) {
    return tx(tx -> tx.audit().entries(sequence, 100_000));
  }

  private static List<byte[]> leaves(List<StoredEntry> entries) {
    return entries.stream().map(entry -> entry.leaf().getBytes(StandardCharsets.UTF_8)).toList();
  }

  @Test
  void integrateAll_leftoverRows_becomeEntriesInQueueOrder() throws Exception {
    long start = treeSize();
    String batch = Ids.next(clock);
    List<String> subjects = List.of(unique("first"), unique("second"), unique("third"));
    run(
        tx ->
            tx.auditQueue()
                .enqueue(
                    List.of(
                        leftover(QueuedEntry.id(batch, 2), subjects.get(2)),
                        leftover(QueuedEntry.id(batch, 0), subjects.get(0)),
                        leftover(QueuedEntry.id(batch, 1), subjects.get(1)))));

    int integrated = sequencer.integrateAll();

    assertThat(integrated).isEqualTo(3);
    assertThat(queueSize()).isZero();
    List<StoredEntry> entries = entriesFrom(start);
    assertThat(entries).extracting(StoredEntry::subject).containsExactlyElementsOf(subjects);
    assertThat(entries)
        .extracting(StoredEntry::sequence)
        .containsExactly(start, start + 1, start + 2);
    AuditEntry parsed = AuditEntry.parse(entries.get(1).leaf().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.sequence()).isEqualTo(start + 1);
    assertThat(parsed.reason()).isEqualTo("left over");
  }

  @Test
  void append_decisionRolledBack_nothingQueuedOrIntegrated() {
    long start = treeSize();
    String subject = unique("refused");

    assertThatThrownBy(
            () ->
                run(
                    tx -> {
                      log.append(tx, event(subject, false));
                      throw new IllegalStateException("guard failed");
                    }))
        .hasMessage("guard failed");

    assertThat(queueSize()).isZero();
    assertThat(treeSize()).isEqualTo(start);
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
    assertThat(about).isEmpty();
  }

  @Test
  void append_committed_inTheTreeWhenTheTransactionReturns() {
    long start = treeSize();
    String subject = unique("release");

    run(tx -> log.appendAll(tx, List.of(event(subject, true), event(subject, false))));

    assertThat(queueSize()).isZero();
    assertThat(treeSize()).isEqualTo(start + 2);
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
    assertThat(about).extracting(StoredEntry::sequence).containsExactly(start, start + 1);
  }

  @Test
  void append_concurrentWriters_exactlyTheirEntriesWithConsecutiveSequencesThatVerify()
      throws Exception {
    int writers = 8;
    int decisions = 50;
    long start = treeSize();
    Set<String> notInTreeOnReturn = ConcurrentHashMap.newKeySet();
    List<Future<List<String>>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (int writer = 0; writer < writers; writer++) {
        String prefix = unique("writer");
        results.add(
            pool.submit(
                () -> {
                  List<String> subjects = new ArrayList<>();
                  for (int i = 0; i < decisions; i++) {
                    String subject = prefix + "-" + i;
                    run(tx -> log.append(tx, event(subject, false)));
                    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
                    if (about.size() != 1) {
                      notInTreeOnReturn.add(subject);
                    }
                    subjects.add(subject);
                  }
                  return subjects;
                }));
      }
      Set<String> expected = new HashSet<>();
      for (Future<List<String>> result : results) {
        expected.addAll(result.get());
      }

      List<StoredEntry> entries = entriesFrom(start);
      assertThat(notInTreeOnReturn).isEmpty();
      assertThat(queueSize()).isZero();
      assertThat(entries)
          .extracting(StoredEntry::subject)
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(entries)
          .extracting(StoredEntry::sequence)
          .containsExactlyElementsOf(
              LongStream.range(start, start + (long) writers * decisions).boxed().toList());
      String note = tx(tx -> log.checkpoint(tx));
      LogVerification verification =
          LogVerifier.verify(
              leaves(entriesFrom(0)).iterator(),
              note.getBytes(StandardCharsets.UTF_8),
              List.of(signer.verifier()));
      assertThat(verification.ok()).as(verification.message()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void integrateUpTo_rowTakenByAnotherInstance_returnsWithTheRowInTheTreeOnce() {
    String subject = unique("elsewhere");
    String id = QueuedEntry.id(Ids.next(clock), 0);
    run(tx -> tx.auditQueue().enqueue(List.of(leftover(id, subject))));
    new LogSequencer(anotherInstance()).integrateAll();

    sequencer.integrateUpTo(id);

    assertThat(queueSize()).isZero();
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
    assertThat(about).hasSize(1);
  }

  @Test
  void integrateUpTo_integrationFails_callerGetsTheErrorAndTheRowStaysQueued() {
    String id = QueuedEntry.id(Ids.next(clock), 0);
    QueuedEntry broken = sealed(id, unique("broken"), "not a hash", "{}");
    run(tx -> tx.auditQueue().enqueue(List.of(broken)));

    assertThatThrownBy(() -> sequencer.integrateUpTo(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(id)
        .hasMessageContaining("audit_queue");

    boolean queued = tx(tx -> tx.auditQueue().contains(id));
    assertThat(queued).isTrue();
    run(tx -> tx.auditQueue().remove(List.of(id)));
  }

  @Test
  void auditQueueJob_leftoverRows_integratedUnderTheJobsLease() {
    String subject = unique("crashed");
    run(
        tx ->
            tx.auditQueue()
                .enqueue(List.of(leftover(QueuedEntry.id(Ids.next(clock), 0), subject))));
    BackgroundJob job = AuditQueueJob.of(sequencer);

    boolean ran = new BackgroundJobs(db, List.of(job), unique("instance")).runOnce(job);

    assertThat(ran).isTrue();
    assertThat(queueSize()).isZero();
    List<StoredEntry> about = tx(tx -> tx.audit().entriesAbout(subject, true));
    assertThat(about).hasSize(1);
  }

  @Test
  void reveal_subjectStillQueued_entryStoredRevealed() {
    String subject = unique("secret-release");
    String id = QueuedEntry.id(Ids.next(clock), 0);
    QueuedEntry sealed = sealed(id, subject, "ab".repeat(32), "{\"model\":\"x\"}");
    run(tx -> tx.auditQueue().enqueue(List.of(sealed)));

    run(tx -> log.reveal(tx, subject));
    sequencer.integrateAll();

    List<StoredEntry> revealed = tx(tx -> tx.audit().entriesAbout(subject, false));
    assertThat(revealed).hasSize(1);
    assertThat(revealed.get(0).revealed()).isPresent();
    assertThat(revealed.get(0).revealed().get().details()).contains("\"x\"");
  }

  @Test
  void append_eventTooLargeForALeaf_refusedInTheDecisionsTransaction() {
    String subject = unique("huge");

    assertThatThrownBy(
            () ->
                run(
                    tx ->
                        log.append(
                            tx,
                            new AuditEvent(
                                "u1",
                                "release.create",
                                subject,
                                null,
                                "draft",
                                "x".repeat(AuditEntry.MAX_LEAF_BYTES),
                                Map.of(),
                                false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bytes");

    assertThat(queueSize()).isZero();
  }

  @Test
  void append_repositoriesOutsideDatabaseTransaction_throws() {
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    handle -> {
                      log.append(db.repositories(handle), event(unique("release"), false));
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Database.transaction");
  }
}
