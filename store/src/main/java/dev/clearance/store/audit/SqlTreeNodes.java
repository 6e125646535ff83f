package dev.clearance.store.audit;

import dev.clearance.ledger.Hash;
import dev.clearance.ledger.Node;
import dev.clearance.ledger.NodeAddress;
import dev.clearance.ledger.TreeNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The audit log's complete subtrees in the tables {@code audit_nodes} and {@code audit_head}, on
 * the connection of the caller's transaction. Create it through {@link AuditRepository#lockTree},
 * which locks the head row first so that appends are serialized across server instances.
 */
public final class SqlTreeNodes implements TreeNodes {

  /** Addresses per query; see {@link #read}. */
  private static final int CHUNK = 200;

  private final Handle handle;
  private long size;

  SqlTreeNodes(Handle handle, long size) {
    this.handle = handle;
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public List<Hash> get(List<NodeAddress> addresses) {
    if (addresses.isEmpty()) {
      return List.of();
    }
    for (NodeAddress address : addresses) {
      if (!address.completeIn(size)) {
        throw new IllegalArgumentException(
            "node " + address + " is not a complete subtree of a tree of size " + size);
      }
    }
    Map<NodeAddress, Hash> found = new HashMap<>();
    for (int from = 0; from < addresses.size(); from += CHUNK) {
      read(addresses.subList(from, Math.min(addresses.size(), from + CHUNK)), found);
    }
    List<Hash> hashes = new ArrayList<>(addresses.size());
    for (NodeAddress address : addresses) {
      Hash hash = found.get(address);
      if (hash == null) {
        throw new IllegalStateException(
            "the audit log is damaged: node "
                + address
                + " of a tree of size "
                + size
                + " is missing from audit_nodes");
      }
      hashes.add(hash);
    }
    return hashes;
  }

  /**
   * Reads {@code addresses} into {@code found} with one query. SQLite refuses expressions nested
   * deeper than 1000, and a chain of {@code OR}s nests one level per term: callers pass at most
   * {@link #CHUNK} addresses.
   */
  private void read(List<NodeAddress> addresses, Map<NodeAddress, Hash> found) {
    StringBuilder sql = new StringBuilder("SELECT level, idx, hash FROM audit_nodes WHERE ");
    for (int i = 0; i < addresses.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(level = ? AND idx = ?)");
    }
    Query query = handle.createQuery(sql.toString());
    for (int i = 0; i < addresses.size(); i++) {
      query.bind(2 * i, addresses.get(i).level()).bind(2 * i + 1, addresses.get(i).index());
    }
    query
        .map(
            (rs, ctx) ->
                new Node(
                    new NodeAddress(rs.getInt("level"), rs.getLong("idx")),
                    Hash.fromHex(rs.getString("hash"))))
        .forEach(node -> found.put(node.address(), node.hash()));
  }

  @Override
  public void append(long newSize, List<Node> nodes) {
    if (newSize <= size) {
      throw new IllegalArgumentException(
          "new size " + newSize + " does not grow the tree of size " + size);
    }
    PreparedBatch batch =
        handle.prepareBatch("INSERT INTO audit_nodes (level, idx, hash) VALUES (?, ?, ?)");
    for (Node node : nodes) {
      batch
          .bind(0, node.address().level())
          .bind(1, node.address().index())
          .bind(2, node.hash().hex())
          .add();
    }
    if (!nodes.isEmpty()) {
      batch.execute();
    }
    handle
        .createUpdate("UPDATE audit_head SET size = ?, version = version + 1 WHERE id = 1")
        .bind(0, newSize)
        .execute();
    size = newSize;
  }
}
