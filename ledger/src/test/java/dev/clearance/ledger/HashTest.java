package dev.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashTest {

  @Test
  void fromHex_emptyTreeRoot_roundTripsThroughBase64() {
    Hash empty = TreeHasher.create().emptyRoot();
    assertThat(Hash.fromHex(empty.hex())).isEqualTo(empty);
    assertThat(Hash.fromBase64(empty.base64())).isEqualTo(empty);
    assertThat(empty.base64()).hasSize(44);
    assertThat(empty.hex()).hasSize(64).isEqualTo(empty.toString());
  }

  @Test
  void constructor_wrongLength_fails() {
    assertThatThrownBy(() -> Hash.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 31 byte(s)");
    assertThatThrownBy(() -> Hash.fromHex("abcd")).hasMessageContaining("64 digits");
    assertThatThrownBy(() -> Hash.fromBase64("ZG9uJ3QgY2FyZSAy")).hasMessageContaining("32 bytes");
  }

  @Test
  void bytes_modifiedCopy_leavesHashUnchanged() {
    byte[] source = new byte[32];
    Hash hash = Hash.of(source);
    source[0] = 1;
    hash.bytes()[1] = 1;
    hash.value()[2] = 1;
    assertThat(hash).isEqualTo(Hash.of(new byte[32]));
    assertThat(hash.hashCode()).isEqualTo(Hash.of(new byte[32]).hashCode());
  }
}
