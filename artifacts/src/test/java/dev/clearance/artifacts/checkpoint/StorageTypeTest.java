package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageTypeTest {

  @Test
  void bytesFor_quantizedBlocks_givesBlocksTimesBlockBytes() {
    StorageType q4k = GgmlTypes.byId(12).orElseThrow();

    assertThat(q4k.name()).isEqualTo("Q4_K");
    assertThat(q4k.bytesFor(4096L * 4096)).isEqualTo(4096L * 4096 / 256 * 144);
    assertThat(q4k.bytesFor(100)).isEqualTo(-1);
  }

  @Test
  void bytesFor_packedSafetensorsType_countsHalfBytes() {
    StorageType f4 = StorageType.safetensors("F4").orElseThrow();

    assertThat(f4.bytesFor(10)).isEqualTo(5);
    assertThat(f4.bytesFor(3)).isEqualTo(-1);
    assertThat(f4.alignment()).isEqualTo(1);
  }

  @Test
  void bytesFor_overflowingCount_throwsArithmeticException() {
    StorageType f64 = StorageType.safetensors("F64").orElseThrow();

    assertThatThrownBy(() -> f64.bytesFor(Long.MAX_VALUE / 4))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void byId_retiredOrUnknownId_isEmpty() {
    assertThat(GgmlTypes.byId(4)).isEmpty();
    assertThat(GgmlTypes.byId(31)).isEmpty();
    assertThat(GgmlTypes.byId(-1)).isEmpty();
    assertThat(GgmlTypes.byId(30)).map(StorageType::name).contains("BF16");
  }
}
