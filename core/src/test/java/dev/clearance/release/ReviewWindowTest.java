package dev.clearance.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewWindowTest {

  private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
  private static final ReviewWindow THIRTY_DAYS = ReviewWindow.starting(START, 30);

  @Test
  void daysLeft_atStart_isTheWholeWindow() {
    assertThat(THIRTY_DAYS.daysLeft(START)).isEqualTo(30);
  }

  @Test
  void daysLeft_partOfADayLeft_roundsUp() {
    Instant twoHoursBeforeEnd = THIRTY_DAYS.end().minus(Duration.ofHours(2));
    Instant dayAndAnHourBeforeEnd = THIRTY_DAYS.end().minus(Duration.ofHours(25));

    assertThat(THIRTY_DAYS.daysLeft(twoHoursBeforeEnd)).isEqualTo(1);
    assertThat(THIRTY_DAYS.daysLeft(dayAndAnHourBeforeEnd)).isEqualTo(2);
  }

  @Test
  void daysLeft_atAndAfterEnd_isZero() {
    assertThat(THIRTY_DAYS.daysLeft(THIRTY_DAYS.end())).isZero();
    assertThat(THIRTY_DAYS.daysLeft(THIRTY_DAYS.end().plusSeconds(1))).isZero();
    assertThat(THIRTY_DAYS.hasElapsed(THIRTY_DAYS.end())).isTrue();
  }
}
