package dev.clearance.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.Ids;
import dev.clearance.store.testing.BothDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditQueueTest extends BothDatabases {

  private static final String COMMITMENT = "ab".repeat(32);

  private QueuedEntry entry(String id, String subject, boolean sealed, boolean revealed) {
    return new QueuedEntry(
        id,
        Instant.parse("2026-11-20T10:00:00.123Z"),
        "u1",
        "release.create",
        subject,
        null,
        "draft",
        sealed ? null : "public reason",
        sealed ? COMMITMENT : null,
        sealed
            ? Optional.of(new StoredEntry.Sealed("cd".repeat(32), "{\"model\":\"m\"}", revealed))
            : Optional.empty());
  }

  @AfterEach
  void emptyQueue() {
    run(
        tx ->
            tx.auditQueue()
                .remove(tx.auditQueue().next(10_000).stream().map(QueuedEntry::id).toList()));
  }

  @Test
  void next_rowsQueuedOutOfOrder_comeInIdOrderWithEveryField() {
    String batch = Ids.next(clock);
    String subject = unique("release");
    QueuedEntry second = entry(QueuedEntry.id(batch, 1), subject, true, false);
    QueuedEntry first = entry(QueuedEntry.id(batch, 0), subject, false, false);
    QueuedEntry tenth = entry(QueuedEntry.id(batch, 10), subject, true, true);

    run(tx -> tx.auditQueue().enqueue(List.of(tenth, second, first)));

    List<QueuedEntry> all = tx(tx -> tx.auditQueue().next(10));
    List<QueuedEntry> two = tx(tx -> tx.auditQueue().next(2));
    assertThat(all).containsExactly(first, second, tenth);
    assertThat(two).containsExactly(first, second);
  }

  @Test
  void enqueue_oneSealedRevealedEntry_comesBackWithEveryField() {
    QueuedEntry only = entry(QueuedEntry.id(Ids.next(clock), 0), unique("release"), true, true);

    run(tx -> tx.auditQueue().enqueue(List.of(only)));

    List<QueuedEntry> queued = tx(tx -> tx.auditQueue().next(10));
    assertThat(queued).containsExactly(only);
  }

  @Test
  void remove_integratedRows_noLongerQueued() {
    String batch = Ids.next(clock);
    QueuedEntry kept = entry(QueuedEntry.id(batch, 1), unique("release"), false, false);
    QueuedEntry removed = entry(QueuedEntry.id(batch, 0), unique("release"), false, false);
    run(tx -> tx.auditQueue().enqueue(List.of(kept, removed)));

    run(tx -> tx.auditQueue().remove(List.of(removed.id())));

    boolean removedQueued = tx(tx -> tx.auditQueue().contains(removed.id()));
    boolean keptQueued = tx(tx -> tx.auditQueue().contains(kept.id()));
    long size = tx(tx -> tx.auditQueue().size());
    assertThat(removedQueued).isFalse();
    assertThat(keptQueued).isTrue();
    assertThat(size).isEqualTo(1);
  }

  @Test
  void reveal_queuedSealedRowsOfSubject_markedRevealedOthersNot() {
    String batch = Ids.next(clock);
    String subject = unique("release");
    QueuedEntry secret = entry(QueuedEntry.id(batch, 0), subject, true, false);
    QueuedEntry otherSubject = entry(QueuedEntry.id(batch, 1), unique("release"), true, false);
    run(tx -> tx.auditQueue().enqueue(List.of(secret, otherSubject)));

    int revealed = tx(tx -> tx.audit().reveal(subject));

    assertThat(revealed).isEqualTo(1);
    List<QueuedEntry> queued = tx(tx -> tx.auditQueue().next(10));
    assertThat(queued.get(0).sealed().orElseThrow().revealed()).isTrue();
    assertThat(queued.get(1).sealed().orElseThrow().revealed()).isFalse();
  }

  @Test
  void id_positions_sortAsTextInPositionOrder() {
    String batch = Ids.next(clock);

    assertThat(QueuedEntry.id(batch, 9)).isLessThan(QueuedEntry.id(batch, 10));
    assertThat(QueuedEntry.id(batch, 10)).isLessThan(QueuedEntry.id(Ids.next(clock), 0));
  }

  @Test
  void id_position_paddedToEightDigitsAfterSlash() {
    assertThat(QueuedEntry.id("b", 0)).isEqualTo("b/00000000");
    assertThat(QueuedEntry.id("b", 42)).isEqualTo("b/00000042");
    assertThat(QueuedEntry.id("b", 123_456_789)).isEqualTo("b/123456789");
  }
}
