package dev.clearance.server.audit;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.MerkleLog;
import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.ledger.note.Checkpoint;
import dev.clearance.ledger.note.CheckpointException;
import dev.clearance.ledger.note.NoteVerifier;
import dev.clearance.store.Repositories;
import dev.clearance.store.audit.AuditRepository;
import dev.clearance.store.audit.StoredCheckpoint;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.audit.StoredNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Checks the stored audit log against itself, reading it once in pages (O(n), for stewards): every
 * entry's leaf text hashes to the stored leaf hash and parses with its own sequence, subject and
 * action; no sequence number is missing or beyond the tree size; every stored interior node is the
 * hash of its two children; and every stored checkpoint is signed by the log's key and its root is
 * the root the stored tree gives for its size. An edited, deleted or inserted entry or node is
 * found here without any client's checkpoint; {@code clearance log verify} finds the same from
 * outside.
 */
final class LogIntegrityCheck implements StateCheck {

  private static final int PAGE = 1000;
  private static final String NAME = "audit_log";

  private final NoteVerifier verifier;

  LogIntegrityCheck(NoteVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public StateCheckResult run(Repositories tx) {
    StateCheckResult.Builder result = new StateCheckResult.Builder(NAME);
    AuditRepository audit = tx.audit();
    long size = audit.readTree().size();
    checkLeaves(audit, size, result);
    checkInteriorNodes(audit, size, result);
    checkCheckpoints(audit, new MerkleLog(audit.readTree()), size, result);
    return result.build();
  }

  private static void checkLeaves(
      AuditRepository audit, long size, StateCheckResult.Builder result) {
    TreeHasher hasher = TreeHasher.create();
    Cursor<StoredEntry> entries =
        new Cursor<>(from -> audit.entries(from, PAGE), StoredEntry::sequence);
    Cursor<StoredNode> leaves = new Cursor<>(from -> audit.nodes(0, from, PAGE), StoredNode::index);
    for (long index = 0; index < size; index++) {
      result.checked();
      StoredEntry entry = entries.take(index);
      StoredNode leaf = leaves.take(index);
      if (entry == null) {
        result.mismatch("entry " + index, "audit entry " + index + " is missing (deleted)");
      }
      if (leaf == null) {
        result.mismatch(
            "node (0," + index + ")", "the leaf hash of entry " + index + " is missing");
      }
      if (entry == null || leaf == null) {
        continue;
      }
      byte[] data = entry.leaf().getBytes(StandardCharsets.UTF_8);
      Hash computed = hasher.leaf(data);
      if (!computed.hex().equals(leaf.hashHex())) {
        result.mismatch(
            "entry " + index,
            "audit entry "
                + index
                + " hashes to "
                + computed.hex()
                + ", but the tree stores "
                + leaf.hashHex()
                + ": the entry or its leaf hash was edited");
      }
      try {
        AuditEntry parsed = AuditEntry.parse(data);
        if (parsed.sequence() != index || !parsed.subject().equals(entry.subject())) {
          result.mismatch(
              "entry " + index,
              "audit entry "
                  + index
                  + " carries sequence "
                  + parsed.sequence()
                  + " and subject "
                  + parsed.subject()
                  + ", which its row does not match");
        }
      } catch (EntryException e) {
        result.mismatch(
            "entry " + index, "audit entry " + index + " does not parse: " + e.getMessage());
      }
    }
    entries.rest(
        size,
        e ->
            result.mismatch(
                "entry " + e.sequence(),
                "audit entry " + e.sequence() + " is beyond the tree size " + size));
    leaves.rest(
        size,
        n ->
            result.mismatch(
                "node (0," + n.index() + ")",
                "leaf hash " + n.index() + " is beyond the tree size " + size));
  }

  private static void checkInteriorNodes(
      AuditRepository audit, long size, StateCheckResult.Builder result) {
    TreeHasher hasher = TreeHasher.create();
    for (int level = 1; level < 63 && (size >>> level) > 0; level++) {
      int parentLevel = level;
      int childLevel = level - 1;
      Cursor<StoredNode> parents =
          new Cursor<>(from -> audit.nodes(parentLevel, from, PAGE), StoredNode::index);
      Cursor<StoredNode> children =
          new Cursor<>(from -> audit.nodes(childLevel, from, PAGE), StoredNode::index);
      long count = size >>> level;
      for (long index = 0; index < count; index++) {
        result.checked();
        StoredNode parent = parents.take(index);
        StoredNode left = children.take(2 * index);
        StoredNode right = children.take(2 * index + 1);
        String address = "node (" + level + "," + index + ")";
        if (parent == null) {
          result.mismatch(address, address + " is missing");
          continue;
        }
        if (left == null || right == null) {
          continue; // reported at the level below
        }
        String computed;
        try {
          computed = hasher.node(Hash.fromHex(left.hashHex()), Hash.fromHex(right.hashHex())).hex();
        } catch (IllegalArgumentException e) {
          result.mismatch(address, "a child of " + address + " is not a hex hash");
          continue;
        }
        if (!computed.equals(parent.hashHex())) {
          result.mismatch(
              address,
              address
                  + " stores "
                  + parent.hashHex()
                  + ", but its children hash to "
                  + computed
                  + ": a node was edited");
        }
      }
      long levelCount = count;
      parents.rest(
          count,
          node ->
              result.mismatch(
                  "node (" + parentLevel + "," + node.index() + ")",
                  "node beyond the "
                      + levelCount
                      + " complete subtrees of level "
                      + parentLevel
                      + " in a tree of size "
                      + size));
    }
  }

  private void checkCheckpoints(
      AuditRepository audit, MerkleLog log, long size, StateCheckResult.Builder result) {
    long from = 0;
    while (true) {
      List<StoredCheckpoint> page = audit.checkpoints(from, PAGE);
      for (StoredCheckpoint stored : page) {
        result.checked();
        checkCheckpoint(stored, log, size, result);
      }
      if (page.size() < PAGE) {
        return;
      }
      from = page.get(page.size() - 1).size() + 1;
    }
  }

  private void checkCheckpoint(
      StoredCheckpoint stored, MerkleLog log, long size, StateCheckResult.Builder result) {
    String subject = "checkpoint " + stored.size();
    Checkpoint checkpoint;
    try {
      checkpoint =
          Checkpoint.open(stored.note().getBytes(StandardCharsets.UTF_8), List.of(verifier));
    } catch (CheckpointException e) {
      result.mismatch(subject, "stored checkpoint does not verify: " + e.getMessage());
      return;
    }
    if (checkpoint.size() != stored.size() || !checkpoint.root().hex().equals(stored.rootHex())) {
      result.mismatch(subject, "stored checkpoint row disagrees with its signed note");
      return;
    }
    if (stored.size() > size) {
      result.mismatch(
          subject,
          "a checkpoint was signed for size "
              + stored.size()
              + ", but the tree now has "
              + size
              + " leaves: the tree was cut");
      return;
    }
    Hash root;
    try {
      root = log.root(stored.size());
    } catch (IllegalStateException | IllegalArgumentException e) {
      result.mismatch(subject, "the stored tree cannot give a root: " + e.getMessage());
      return;
    }
    if (!root.equals(checkpoint.root())) {
      result.mismatch(
          subject,
          "signed root at size "
              + stored.size()
              + " is "
              + checkpoint.root()
              + ", but the stored tree gives "
              + root
              + ": stored nodes were edited");
    }
  }
}
