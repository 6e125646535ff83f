package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParameterCountTest {

  @Test
  void human_knownSizes() {
    assertThat(ParameterCount.human(70_553_706_496L)).isEqualTo("70.55B");
    assertThat(ParameterCount.human(124_439_808L)).isEqualTo("124.4M");
    assertThat(ParameterCount.human(999_999L)).isEqualTo("999999");
    assertThat(ParameterCount.human(1_995_000_000L)).isEqualTo("2.00B");
  }

  @Test
  void human_agreesWithFormatterEverywhere() {
    Random random = new Random(7);
    for (int round = 0; round < 200_000; round++) {
      long count = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63);
      assertThat(ParameterCount.human(count)).as("%d", count).isEqualTo(formatted(count));
    }
  }

  @Test
  void grouped_agreesWithFormatterEverywhere() {
    assertThat(ParameterCount.grouped(0)).isEqualTo("0");
    assertThat(ParameterCount.grouped(999)).isEqualTo("999");
    assertThat(ParameterCount.grouped(1000)).isEqualTo("1,000");
    assertThat(ParameterCount.grouped(-1_234_567)).isEqualTo("-1,234,567");
    assertThat(ParameterCount.grouped(Long.MIN_VALUE))
        .isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
    Random random = new Random(11);
    for (int round = 0; round < 200_000; round++) {
      long count = random.nextLong() >> random.nextInt(64);
      assertThat(ParameterCount.grouped(count)).isEqualTo(String.format(Locale.ROOT, "%,d", count));
    }
  }

  /** What {@code human} printed before it stopped using a formatter. */
  private static String formatted(long count) {
    if (count >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.2fB", count / 1e9);
    }
    if (count >= 1_000_000L) {
      return String.format(Locale.ROOT, "%.1fM", count / 1e6);
    }
    return Long.toString(count);
  }
}
