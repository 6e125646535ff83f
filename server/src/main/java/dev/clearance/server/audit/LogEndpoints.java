package dev.clearance.server.audit;

import dev.clearance.ledger.ConsistencyProof;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.InclusionProof;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.SignedNote;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.store.Repositories;
import dev.clearance.store.audit.StoredEntry;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The audit log's public API (ACC-1): the signed checkpoint, the key that signs it, the entries,
 * inclusion and consistency proofs, the entries about one subject, and the stewards' state check.
 * Entries are public by construction: confidential details are sealed under a commitment until
 * release. See {@code docs/audit-log.md}.
 */
public final class LogEndpoints {

  /** The largest page of entries. */
  public static final int MAX_LIMIT = 1000;

  /** The page size when {@code limit} is absent. */
  public static final int DEFAULT_LIMIT = 100;

  /** The most entries {@code /subjects/{subject}} returns. */
  public static final int MAX_SUBJECT_ENTRIES = 1000;

  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:@+-]{1,200}");
  private static final String TAG = "log";

  private LogEndpoints() {}

  /** The log endpoints over {@code context}'s database and {@code log}'s key. */
  public static List<Endpoint> list(RegistryContext context, LedgerAuditLog log) {
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/log/checkpoint",
            "logCheckpoint",
            TAG,
            "The latest signed checkpoint (C2SP signed note, text/plain)",
            Access.anyone(),
            String.class,
            (ctx, caller) ->
                ctx.contentType("text/plain; charset=utf-8")
                    .result(context.db().transaction(log::checkpoint))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/key",
            "logKey",
            TAG,
            "The log's origin and the note verifier key that signs its checkpoints",
            Access.anyone(),
            LogKey.class,
            (ctx, caller) -> ctx.json(new LogKey(log.origin(), log.verifierKey()))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/entries",
            "logEntries",
            TAG,
            "Entries from sequence start (default 0), at most limit (1..1000, default 100)",
            Access.anyone(),
            LogEntryPage.class,
            (ctx, caller) -> ctx.json(context.db().transaction(tx -> entries(ctx, tx)))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/proofs/inclusion",
            "logInclusionProof",
            TAG,
            "Inclusion proof of entry index in the tree of size leaves (RFC 9162 2.1.3)",
            Access.anyone(),
            InclusionProofBody.class,
            (ctx, caller) -> ctx.json(context.db().transaction(tx -> inclusion(ctx, tx)))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/proofs/consistency",
            "logConsistencyProof",
            TAG,
            "Consistency proof from tree size from to tree size to (RFC 9162 2.1.4)",
            Access.anyone(),
            ConsistencyProofBody.class,
            (ctx, caller) -> ctx.json(context.db().transaction(tx -> consistency(ctx, tx)))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/subjects/{subject}",
            "logSubjectEntries",
            TAG,
            "The entries about one subject, with inclusion proofs and the checkpoint they prove to",
            Access.anyone(),
            SubjectEntries.class,
            (ctx, caller) -> ctx.json(context.db().transaction(tx -> subject(ctx, tx, log)))),
        Endpoint.of(
            Method.GET,
            "/api/v1/log/state-check",
            "logStateCheck",
            TAG,
            "Checks the stored log and every decision table against the log (reads everything)",
            Access.steward(),
            StateCheckReport.class,
            (ctx, caller) -> {
              // Decisions whose events still wait in the queue (left by a crash) would show as
              // rows without their latest entry.
              log.sequencer().integrateAll();
              ctx.json(
                  context
                      .db()
                      .transaction(
                          tx ->
                              StateCheckReport.of(
                                  StateChecks.all(log.verifier()).stream()
                                      .map(check -> check.run(tx))
                                      .toList())));
            }));
  }

  private static LogEntryPage entries(Context ctx, Repositories tx) {
    long start = LogParameters.optional(ctx, "start", 0);
    long limit = LogParameters.optional(ctx, "limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw LogParameters.invalid(
          "limit",
          "the query parameter 'limit' must be 1.." + MAX_LIMIT + ", got " + limit,
          "Ask for at most " + MAX_LIMIT + " entries and follow 'next'.");
    }
    long size = tx.audit().readTree().size();
    List<LogEntry> items = new ArrayList<>();
    for (StoredEntry stored : tx.audit().entries(start, (int) limit)) {
      if (stored.sequence() < size) {
        items.add(LogEntry.of(stored));
      }
    }
    long next = items.isEmpty() ? size : items.get(items.size() - 1).sequence() + 1;
    return new LogEntryPage(items, next < size ? Optional.of(next) : Optional.empty());
  }

  private static InclusionProofBody inclusion(Context ctx, Repositories tx) {
    long index = LogParameters.required(ctx, "index");
    long size = LogParameters.required(ctx, "size");
    MerkleLog log = new MerkleLog(tx.audit().readTree());
    requireSize("size", size, log.size());
    if (index >= size) {
      throw LogParameters.invalid(
          "index",
          "the query parameter 'index' must be below size " + size + ", got " + index,
          "Entries of a tree of size N have indexes 0..N-1.");
    }
    InclusionProof proof = log.inclusionProof(index, size);
    return InclusionProofBody.of(proof, log.leafHash(index));
  }

  private static ConsistencyProofBody consistency(Context ctx, Repositories tx) {
    long from = LogParameters.required(ctx, "from");
    long to = LogParameters.required(ctx, "to");
    MerkleLog log = new MerkleLog(tx.audit().readTree());
    requireSize("to", to, log.size());
    if (from > to) {
      throw LogParameters.invalid(
          "from",
          "the query parameter 'from' must not exceed 'to' (" + to + "), got " + from,
          "Ask for the proof from the older (smaller) tree size to the newer one.");
    }
    ConsistencyProof proof = log.consistencyProof(from, to);
    return ConsistencyProofBody.of(proof);
  }

  private static SubjectEntries subject(Context ctx, Repositories tx, LedgerAuditLog ledger) {
    String subject = ctx.pathParam("subject");
    if (!SUBJECT.matcher(subject).matches()) {
      throw LogParameters.invalid(
          "subject",
          "the subject must be 1..200 letters, digits or ._:@+- characters",
          "Use the id that the entries' 'subject' field shows.");
    }
    return subjectEntries(tx, ledger, subject);
  }

  /**
   * The entries about {@code subject} (at most {@value #MAX_SUBJECT_ENTRIES}), each with its
   * inclusion proof in the tree of the latest checkpoint's size, and that signed checkpoint: what
   * {@code GET /api/v1/log/subjects/{subject}} answers. Read in {@code tx}.
   */
  public static SubjectEntries subjectEntries(
      Repositories tx, LedgerAuditLog ledger, String subject) {
    String note = ledger.checkpoint(tx);
    long size = checkpointSize(note);
    MerkleLog log = new MerkleLog(tx.audit().readTree());
    List<SubjectEntries.ProvenEntry> items = new ArrayList<>();
    for (StoredEntry stored : tx.audit().entriesAbout(subject, false)) {
      if (stored.sequence() >= size || items.size() == MAX_SUBJECT_ENTRIES) {
        break;
      }
      long index = stored.sequence();
      Hash leafHash = log.leafHash(index);
      items.add(
          new SubjectEntries.ProvenEntry(
              LogEntry.of(stored),
              InclusionProofBody.of(log.inclusionProof(index, size), leafHash)));
    }
    return new SubjectEntries(subject, size, note, items);
  }

  private static long checkpointSize(String note) {
    try {
      return Checkpoint.parse(SignedNote.parse(note.getBytes(StandardCharsets.UTF_8)).text())
          .size();
    } catch (CheckpointException e) {
      throw new IllegalStateException("the log's own checkpoint does not parse", e);
    }
  }

  private static void requireSize(String name, long size, long treeSize) {
    if (size > treeSize) {
      throw LogParameters.invalid(
          name,
          "the query parameter '"
              + name
              + "' is "
              + size
              + ", beyond the tree's "
              + treeSize
              + " entries",
          "Use the size of a checkpoint you hold (GET /api/v1/log/checkpoint gives the latest).");
    }
  }
}
