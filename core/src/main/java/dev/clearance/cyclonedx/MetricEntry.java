package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyclonedx.model.component.modelCard.PerformanceMetric;

/**
 * A CycloneDX {@code performanceMetrics} entry as section text: labelled lines {@code - Metric:},
 * {@code - Value:}, {@code - Slice:}, {@code - Lower bound:}, {@code - Upper bound:}.
 */
record MetricEntry(String type, String value, String slice, String lowerBound, String upperBound) {

  private static final String METRIC = "Metric";
  private static final String VALUE = "Value";
  private static final String SLICE = "Slice";
  private static final String LOWER = "Lower bound";
  private static final String UPPER = "Upper bound";

  static MetricEntry of(Node.Mapping metric) {
    Node.Mapping interval =
        metric
            .mapping("confidenceInterval")
            .orElse(new Node.Mapping(java.util.Map.of(), metric.source()));
    return new MetricEntry(
        metric.text("type").orElse(null),
        metric.text("value").orElse(null),
        metric.text("slice").orElse(null),
        interval.text("lowerBound").orElse(null),
        interval.text("upperBound").orElse(null));
  }

  /** Reads an item that is only labelled lines; null for anything else. */
  static MetricEntry parse(String item) {
    LabeledText text = LabeledText.parse(item, Set.of(METRIC, VALUE, SLICE, LOWER, UPPER));
    if (!text.title().isEmpty() || text.fields().isEmpty() || text.hasEmptyValue()) {
      return null;
    }
    return new MetricEntry(
        text.value(METRIC).orElse(null),
        text.value(VALUE).orElse(null),
        text.value(SLICE).orElse(null),
        text.value(LOWER).orElse(null),
        text.value(UPPER).orElse(null));
  }

  String render() {
    List<LabeledText.Field> fields = new ArrayList<>();
    LabeledText.add(fields, METRIC, type);
    LabeledText.add(fields, VALUE, value);
    LabeledText.add(fields, SLICE, slice);
    LabeledText.add(fields, LOWER, lowerBound);
    LabeledText.add(fields, UPPER, upperBound);
    return new LabeledText("", fields).render();
  }

  PerformanceMetric toCycloneDx() {
    PerformanceMetric metric = new PerformanceMetric();
    metric.setType(type);
    metric.setValue(value);
    metric.setSlice(slice);
    if (lowerBound != null || upperBound != null) {
      PerformanceMetric.ConfidenceInterval interval = new PerformanceMetric.ConfidenceInterval();
      interval.setLowerBound(lowerBound);
      interval.setUpperBound(upperBound);
      metric.setConfidenceInterval(interval);
    }
    return metric;
  }
}
