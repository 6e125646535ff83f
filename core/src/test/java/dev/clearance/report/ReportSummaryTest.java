package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportSummaryTest {

  @Test
  void of_failingReport_countsEveryStatus() {
    assertThat(ReportSummary.of(SampleReports.failingTier3()))
        .isEqualTo(new ReportSummary(6, 1, 4, 2, 1, 0));
  }

  @Test
  void of_passingReport_hasNoFailures() {
    assertThat(ReportSummary.of(SampleReports.passingTier1()))
        .isEqualTo(new ReportSummary(5, 4, 0, 0, 0, 1));
  }

  @Test
  void new_countsThatDoNotAddUp_areRejected() {
    assertThatThrownBy(() -> new ReportSummary(3, 1, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
