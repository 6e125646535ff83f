package dev.clearance.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.CanonicalJson;
import dev.clearance.ledger.entry.Commitment;
import dev.clearance.ledger.entry.SealedDetails;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.ledger.note.NoteVerifier;
import dev.clearance.server.http.Json;
import dev.clearance.store.Ids;
import dev.clearance.store.Repositories;
import dev.clearance.store.audit.AuditRepository;
import dev.clearance.store.audit.QueuedEntry;
import dev.clearance.store.audit.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log on the ledger's Merkle tree, stored in the registry's database (ACC-1). Each event
 * becomes one {@link AuditEntry} leaf. Its reason and details are sealed under a commitment:
 * revealed at once for public subjects, and only when the release becomes public for confidential
 * ones, so public entries never leak pre-release material.
 *
 * <p>Appending queues the events in the caller's transaction ({@code audit_queue}), without the
 * tree lock; once that transaction commits, the {@link LogSequencer} integrates them into the tree
 * before the caller's thread goes on, sharing one integration with whatever other decisions
 * committed meanwhile. So decisions no longer wait for each other's commits, and every decision is
 * in the tree before its HTTP response.
 */
public final class LedgerAuditLog implements AuditLog {

  private final NoteSigner signer;
  private final Clock clock;
  private final LogSequencer sequencer;

  public LedgerAuditLog(NoteSigner signer, Clock clock, LogSequencer sequencer) {
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sequencer = Objects.requireNonNull(sequencer, "sequencer");
  }

  /** The sequencer that integrates this log's queued events. */
  public LogSequencer sequencer() {
    return sequencer;
  }

  @Override
  public void append(Repositories tx, AuditEvent event) {
    appendAll(tx, List.of(event));
  }

  @Override
  public void appendAll(Repositories tx, List<AuditEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String batch = Ids.next(clock);
    List<QueuedEntry> queued = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      AuditEvent event = events.get(i);
      Optional<SealedDetails> sealed = seal(event);
      QueuedEntry entry =
          new QueuedEntry(
              QueuedEntry.id(batch, i),
              time,
              event.actor(),
              event.action(),
              event.subject(),
              event.before(),
              event.after(),
              event.confidential() ? null : event.reason(),
              sealed.map(details -> details.commitment().hash().hex()).orElse(null),
              sealed.map(
                  details ->
                      new StoredEntry.Sealed(
                          HexFormat.of().formatHex(details.salt()),
                          new String(details.details(), StandardCharsets.UTF_8),
                          !event.confidential())));
      // Fail here, in the decision's transaction, on what the AuditEntry would refuse (too large,
      // bad text), rather than in the sequencer, where the row would block the queue.
      LogSequencer.entry(CanonicalJson.MAX_SAFE_INTEGER, entry);
      queued.add(entry);
    }
    tx.auditQueue().enqueue(queued);
    tx.afterCommit()
        .once(Integration.class, () -> new Integration(sequencer))
        .awaiting(queued.get(queued.size() - 1).id());
  }

  /**
   * The after-commit action of a transaction that queued events: waits until its queued row with
   * the largest id (and with it every other, as the sequencer takes rows in id order) is in the
   * tree.
   */
  private static final class Integration implements Runnable {

    private final LogSequencer sequencer;
    private String lastId;

    Integration(LogSequencer sequencer) {
      this.sequencer = sequencer;
    }

    Integration awaiting(String id) {
      if (lastId == null || id.compareTo(lastId) > 0) {
        lastId = id;
      }
      return this;
    }

    @Override
    public void run() {
      sequencer.integrateUpTo(lastId);
    }
  }

  /** The event's reason and details under a commitment, when it has any. */
  private static Optional<SealedDetails> seal(AuditEvent event) {
    Map<String, Object> sealedFields = new LinkedHashMap<>(event.details());
    if (event.reason() != null) {
      sealedFields.put("reason", event.reason());
    }
    return sealedFields.isEmpty()
        ? Optional.empty()
        : Optional.of(Commitment.seal(detailsTree(sealedFields)));
  }

  /**
   * {@code fields} as a JSON tree, equal to {@code Json.mapper().valueToTree(fields)}: built
   * directly when every value is text (release events, most others), which spares serializing and
   * parsing again on every decision; through the mapper otherwise.
   */
  static JsonNode detailsTree(Map<String, Object> fields) {
    ObjectNode tree = Json.mapper().createObjectNode();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (!(field.getValue() instanceof String text)) {
        return Json.mapper().valueToTree(fields);
      }
      tree.put(field.getKey(), text);
    }
    return tree;
  }

  /** Reveals stored entries and queued ones alike ({@link AuditRepository#reveal}). */
  @Override
  public void reveal(Repositories tx, String subject) {
    tx.audit().reveal(subject);
  }

  /** The verifier key of the log's signer, {@code name+keyid+key}, for clients to pin. */
  public String verifierKey() {
    return signer.verifier().verifierKey();
  }

  /** The verifier of the log's checkpoints (the public half of its signer). */
  public NoteVerifier verifier() {
    return signer.verifier();
  }

  /** The signer's name, which is also the checkpoints' origin line. */
  public String origin() {
    return signer.name();
  }

  /**
   * The signed checkpoint (C2SP format) of the log as it is now, stored for later reference.
   *
   * @return the signed note text
   */
  public String checkpoint(Repositories tx) {
    AuditRepository audit = tx.audit();
    MerkleLog log = new MerkleLog(audit.readTree());
    long size = log.size();
    Optional<String> stored = audit.checkpoint(size);
    if (stored.isPresent()) {
      return stored.get();
    }
    Hash root = log.root();
    String note =
        new String(
            new Checkpoint(signer.name(), size, root).sign(signer).toBytes(),
            StandardCharsets.UTF_8);
    audit.saveCheckpoint(size, root.hex(), note);
    return note;
  }

  /** Parses the details sealed in a stored entry, for display. */
  public static JsonNode details(StoredEntry.Sealed sealed) {
    try {
      return Json.mapper().readTree(sealed.details());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored audit details are not JSON", e);
    }
  }
}
