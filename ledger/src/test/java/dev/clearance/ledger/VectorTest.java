package dev.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inclusion and consistency proof vectors of transparency-dev/merkle (see the README next to
 * them): every happy path verifies, every altered case is refused.
 */
class VectorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> inclusionCases() {
    return TestData.files("vectors/inclusion", ".json").stream();
  }

  static Stream<Path> consistencyCases() {
    return TestData.files("vectors/consistency", ".json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inclusionCases")
  void verify_inclusionVector_matchesWantErr(Path file) throws IOException, ProofException {
    JsonNode vector = JSON.readTree(file.toFile());
    boolean wantErr = vector.get("wantErr").asBoolean();
    Hash leaf = hash(vector.get("leafHash"));
    Hash root = hash(vector.get("root"));
    List<Hash> proof = hashes(vector.get("proof"));
    if (leaf == null || root == null || proof == null) {
      assertThat(wantErr).as("a case with a value that is not a hash must fail").isTrue();
      return;
    }
    long index = vector.get("leafIdx").asLong();
    long size = vector.get("treeSize").asLong();
    if (wantErr) {
      assertThatThrownBy(() -> InclusionVerifier.verify(index, size, leaf, proof, root))
          .isInstanceOf(ProofException.class)
          .hasMessageContaining("inclusion proof of leaf " + index);
    } else {
      InclusionVerifier.verify(index, size, leaf, proof, root);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistencyCases")
  void verify_consistencyVector_matchesWantErr(Path file) throws IOException, ProofException {
    JsonNode vector = JSON.readTree(file.toFile());
    boolean wantErr = vector.get("wantErr").asBoolean();
    Hash root1 = hash(vector.get("root1"));
    Hash root2 = hash(vector.get("root2"));
    List<Hash> proof = hashes(vector.get("proof"));
    long size1 = vector.get("size1").asLong();
    long size2 = vector.get("size2").asLong();
    if (root1 == null || root2 == null || proof == null) {
      if (!wantErr) {
        // One vector accepts equal sizes with equal non-hash "roots": only their equality
        // matters. A Hash is always 32 bytes, so check the same case with a stand-in.
        assertThat(size1).isEqualTo(size2);
        assertThat(vector.get("root1")).isEqualTo(vector.get("root2"));
        Hash standIn = Hash.of(new byte[Hash.LENGTH]);
        ConsistencyVerifier.verify(size1, size2, standIn, standIn, proof);
      }
      return;
    }
    if (wantErr) {
      assertThatThrownBy(() -> ConsistencyVerifier.verify(size1, size2, root1, root2, proof))
          .isInstanceOf(ProofException.class)
          .hasMessageContaining("consistency proof from tree size " + size1);
    } else {
      ConsistencyVerifier.verify(size1, size2, root1, root2, proof);
    }
  }

  /** The hash in a base64 field, or null if it is not exactly 32 bytes. */
  private static Hash hash(JsonNode field) {
    byte[] bytes = field == null || field.isNull() ? new byte[0] : decode(field.asText());
    return bytes != null && bytes.length == Hash.LENGTH ? Hash.of(bytes) : null;
  }

  private static List<Hash> hashes(JsonNode array) {
    List<Hash> hashes = new ArrayList<>();
    if (array == null || array.isNull()) {
      return hashes;
    }
    for (JsonNode element : array) {
      Hash hash = hash(element);
      if (hash == null) {
        return null;
      }
      hashes.add(hash);
    }
    return hashes;
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
