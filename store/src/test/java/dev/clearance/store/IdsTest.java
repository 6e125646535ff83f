package dev.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.store.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void next_isUuidVersion7WithTheClocksMillis() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    String id = Ids.next(clock);
    assertThat(Ids.isValid(id)).isTrue();
    long millis = Long.parseLong(id.substring(0, 8) + id.substring(9, 13), 16);
    assertThat(millis).isEqualTo(clock.millis());
  }

  @Test
  void next_laterMillisecond_sortsAfterAsText() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add(Ids.next(clock));
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void isValid_otherText_isFalse() {
    assertThat(Ids.isValid("../etc")).isFalse();
    assertThat(Ids.isValid(null)).isFalse();
    assertThat(Ids.isValid("0190b2d4-0000-4000-8000-000000000000")).isFalse();
  }

  @Test
  void next_manyInOneMillisecond_strictlyIncreasingAsText() {
    // 10,000 ids in one millisecond: more than the 4,096 a millisecond's counter holds.
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Ids.next(clock));
    }

    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(ids).allMatch(Ids::isValid);
  }
}
