package dev.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryTreeNodesTest {

  private static final Hash ZERO = Hash.of(new byte[32]);

  @Test
  void append_missingNode_isRefused() {
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    nodes.append(1, List.of(new Node(new NodeAddress(0, 0), ZERO)));
    assertThatThrownBy(() -> nodes.append(2, List.of(new Node(new NodeAddress(0, 1), ZERO))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 1 new node(s) at level 1, got 0");
    assertThat(nodes.size()).isEqualTo(1);
  }

  @Test
  void append_nodeOutOfOrder_isRefused() {
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    assertThatThrownBy(() -> nodes.append(1, List.of(new Node(new NodeAddress(0, 1), ZERO))))
        .hasMessageContaining("next at level 0 is index 0");
  }

  @Test
  void append_notGrowing_isRefused() {
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    assertThatThrownBy(() -> nodes.append(0, List.of())).hasMessageContaining("must grow the tree");
  }

  @Test
  void get_incompleteNode_isRefused() {
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    new MerkleLog(nodes).append(MerkleLogTest.leaves(3));
    assertThatThrownBy(() -> nodes.get(List.of(new NodeAddress(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a complete subtree of the tree of size 3");
  }

  @Test
  void get_manyChunks_returnsStoredLeaves() {
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    MerkleLog log = new MerkleLog(nodes);
    log.append(MerkleLogTest.leaves(70_000));
    TreeHasher hasher = TreeHasher.create();
    for (long index : new long[] {0, 32_767, 32_768, 65_536, 69_999}) {
      assertThat(log.leafHash(index))
          .isEqualTo(
              hasher.leaf(("leaf " + index).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
  }
}
