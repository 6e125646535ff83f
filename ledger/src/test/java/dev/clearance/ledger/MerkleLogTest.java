package dev.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MerkleLogTest {

  private static final int MAX_SIZE = 64;

  /** The reference tree of RFC 6962 implementations (see vectors/README.md). */
  private static JsonNode reference() throws IOException {
    return new ObjectMapper()
        .readTree(TestData.folder("vectors").resolve("reference-tree.json").toFile());
  }

  private static List<byte[]> referenceLeaves(JsonNode reference) {
    List<byte[]> leaves = new ArrayList<>();
    reference.get("leaves").forEach(leaf -> leaves.add(HexFormat.of().parseHex(leaf.asText())));
    return leaves;
  }

  static List<byte[]> leaves(int count) {
    List<byte[]> leaves = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      leaves.add(("leaf " + index).getBytes(StandardCharsets.UTF_8));
    }
    return leaves;
  }

  /** A log of {@code count} leaves appended in random batches. */
  static MerkleLog log(List<byte[]> leaves, Random random) {
    MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
    int next = 0;
    while (next < leaves.size()) {
      int batch = Math.min(leaves.size() - next, 1 + random.nextInt(9));
      log.append(leaves.subList(next, next + batch));
      next += batch;
    }
    return log;
  }

  @Test
  void root_referenceLeaves_equalsReferenceRoots() throws IOException {
    JsonNode reference = reference();
    List<byte[]> leaves = referenceLeaves(reference);
    MerkleLog log = new MerkleLog(new InMemoryTreeNodes());
    assertThat(log.root().hex()).isEqualTo(reference.get("roots").get(0).asText());
    for (int size = 1; size <= leaves.size(); size++) {
      Appended appended = log.append(List.of(leaves.get(size - 1)));
      String expected = reference.get("roots").get(size).asText();
      assertThat(appended.root().hex()).as("root after append, size %d", size).isEqualTo(expected);
      assertThat(log.root().hex()).as("root, size %d", size).isEqualTo(expected);
    }
    for (int size = 0; size <= leaves.size(); size++) {
      assertThat(log.root(size).hex())
          .as("older root, size %d", size)
          .isEqualTo(reference.get("roots").get(size).asText());
    }
  }

  @Test
  void append_referenceLeaves_storesReferenceNodes() throws IOException {
    JsonNode reference = reference();
    InMemoryTreeNodes nodes = new InMemoryTreeNodes();
    new MerkleLog(nodes).append(referenceLeaves(reference));
    JsonNode levels = reference.get("nodes");
    for (int level = 0; level < levels.size(); level++) {
      for (int index = 0; index < levels.get(level).size(); index++) {
        Hash stored = nodes.get(List.of(new NodeAddress(level, index))).get(0);
        assertThat(stored.hex())
            .as("node level %d index %d", level, index)
            .isEqualTo(levels.get(level).get(index).asText());
      }
    }
  }

  @Test
  void append_anyBatching_givesSameRootsAsStreaming() {
    List<byte[]> leaves = leaves(200);
    Random random = new Random(1);
    MerkleLog log = log(leaves, random);
    StreamingTree stream = new StreamingTree();
    for (int size = 0; size <= leaves.size(); size++) {
      assertThat(log.root(size)).as("size %d", size).isEqualTo(stream.root());
      if (size < leaves.size()) {
        stream.add(leaves.get(size));
      }
    }
    assertThat(log.size()).isEqualTo(200);
  }

  @Test
  void inclusionProof_everyIndexAndSize_verifies() throws ProofException {
    List<byte[]> leaves = leaves(MAX_SIZE);
    MerkleLog log = log(leaves, new Random(2));
    TreeHasher hasher = TreeHasher.create();
    for (int size = 1; size <= MAX_SIZE; size++) {
      Hash root = log.root(size);
      for (int index = 0; index < size; index++) {
        InclusionProof proof = log.inclusionProof(index, size);
        proof.verify(hasher.leaf(leaves.get(index)), root);
        assertThat(proof.path().size()).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(size));
      }
    }
  }

  @Test
  void inclusionProof_anyFlippedBit_fails() {
    List<byte[]> leaves = leaves(MAX_SIZE);
    MerkleLog log = log(leaves, new Random(3));
    TreeHasher hasher = TreeHasher.create();
    Random random = new Random(4);
    int checked = 0;
    for (int size = 2; size <= MAX_SIZE; size++) {
      Hash root = log.root(size);
      for (int leafIndex = 0; leafIndex < size; leafIndex++) {
        int index = leafIndex;
        InclusionProof proof = log.inclusionProof(index, size);
        Hash leaf = hasher.leaf(leaves.get(index));
        int bit = random.nextInt(256);
        List<Hash> path = new ArrayList<>(proof.path());
        int element = random.nextInt(path.size());
        path.set(element, flip(path.get(element), bit));
        assertThatThrownBy(() -> InclusionVerifier.verify(index, proof.size(), leaf, path, root))
            .isInstanceOf(ProofException.class)
            .hasMessageContaining("expected root " + root);
        assertThatThrownBy(() -> proof.verify(flip(leaf, bit), root))
            .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> proof.verify(leaf, flip(root, bit)))
            .isInstanceOf(ProofException.class);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(MAX_SIZE * (MAX_SIZE + 1) / 2 - 1);
  }

  @Test
  void inclusionProof_wrongIndexOrShortPath_fails() {
    List<byte[]> leaves = leaves(13);
    MerkleLog log = log(leaves, new Random(5));
    Hash leaf = TreeHasher.create().leaf(leaves.get(5));
    InclusionProof proof = log.inclusionProof(5, 13);
    Hash root = log.root(13);
    assertThatThrownBy(() -> InclusionVerifier.verify(4, 13, leaf, proof.path(), root))
        .isInstanceOf(ProofException.class);
    assertThatThrownBy(
            () ->
                InclusionVerifier.verify(
                    5, 13, leaf, proof.path().subList(0, proof.path().size() - 1), root))
        .hasMessageContaining("fewer than the tree needs");
    List<Hash> longer = new ArrayList<>(proof.path());
    longer.add(root);
    assertThatThrownBy(() -> InclusionVerifier.verify(5, 13, leaf, longer, root))
        .hasMessageContaining("more than the tree needs");
    assertThatThrownBy(() -> InclusionVerifier.verify(13, 13, leaf, proof.path(), root))
        .hasMessageContaining("0 <= index < size");
  }

  @Test
  void consistencyProof_everyPairOfSizes_verifies() throws ProofException {
    MerkleLog log = log(leaves(MAX_SIZE), new Random(6));
    for (int size2 = 0; size2 <= MAX_SIZE; size2++) {
      Hash root2 = log.root(size2);
      for (int size1 = 0; size1 <= size2; size1++) {
        log.consistencyProof(size1, size2).verify(log.root(size1), root2);
      }
    }
  }

  @Test
  void consistencyProof_anyFlippedBitOrWrongRoot_fails() {
    MerkleLog log = log(leaves(MAX_SIZE), new Random(7));
    Random random = new Random(8);
    int checked = 0;
    for (int size2 = 2; size2 <= MAX_SIZE; size2++) {
      Hash root2 = log.root(size2);
      for (int size1 = 1; size1 < size2; size1++) {
        ConsistencyProof proof = log.consistencyProof(size1, size2);
        Hash root1 = log.root(size1);
        List<Hash> path = new ArrayList<>(proof.path());
        int element = random.nextInt(path.size());
        path.set(element, flip(path.get(element), random.nextInt(256)));
        int s1 = size1;
        int s2 = size2;
        assertThatThrownBy(() -> ConsistencyVerifier.verify(s1, s2, root1, root2, path))
            .isInstanceOf(ProofException.class)
            .hasMessageContaining("expected root");
        assertThatThrownBy(() -> proof.verify(flip(root1, random.nextInt(256)), root2))
            .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> proof.verify(root1, flip(root2, random.nextInt(256))))
            .isInstanceOf(ProofException.class);
        checked++;
      }
    }
    assertThat(checked).isEqualTo((MAX_SIZE - 1) * MAX_SIZE / 2);
  }

  @Test
  void consistencyProof_sizeZeroOrEqual_isEmpty() throws ProofException {
    MerkleLog log = log(leaves(10), new Random(9));
    assertThat(log.consistencyProof(0, 10).path()).isEmpty();
    assertThat(log.consistencyProof(10, 10).path()).isEmpty();
    log.consistencyProof(0, 10).verify(TreeHasher.create().emptyRoot(), log.root());
    assertThatThrownBy(() -> log.consistencyProof(0, 10).verify(log.root(), log.root()))
        .hasMessageContaining("empty-tree root1");
  }

  @Test
  void proofs_sizeBeyondTree_areRefused() {
    MerkleLog log = log(leaves(10), new Random(10));
    assertThatThrownBy(() -> log.inclusionProof(3, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..10");
    assertThatThrownBy(() -> log.consistencyProof(5, 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.consistencyProof(6, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.root(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inclusionProof_countsStoreRoundTrips_onePerProof() {
    CountingNodes nodes = new CountingNodes();
    MerkleLog log = new MerkleLog(nodes);
    log.append(leaves(1000));
    int before = nodes.gets;
    log.inclusionProof(517, 999);
    log.consistencyProof(300, 777);
    log.root(555);
    assertThat(nodes.gets - before).isEqualTo(3);
  }

  static Hash flip(Hash hash, int bit) {
    byte[] bytes = hash.bytes();
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return Hash.of(bytes);
  }

  /** Counts store round trips. */
  private static final class CountingNodes implements TreeNodes {
    private final InMemoryTreeNodes inner = new InMemoryTreeNodes();
    int gets;

    @Override
    public long size() {
      return inner.size();
    }

    @Override
    public List<Hash> get(List<NodeAddress> addresses) {
      gets++;
      return inner.get(addresses);
    }

    @Override
    public void append(long newSize, List<Node> nodes) {
      inner.append(newSize, nodes);
    }
  }
}
