package dev.clearance.server.web.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One bar of a chart on the transparency page.
 *
 * @param width the bar's length in the chart's units, 0 to {@value #FULL}
 */
public record Bar(String label, int value, int width) {

  /** The length of the longest bar. */
  public static final int FULL = 300;

  /** Bars for {@code values}, scaled so that the largest is {@value #FULL} long. */
  static List<Bar> of(Map<String, Integer> values, Map<String, String> labels) {
    int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : values.entrySet()) {
      int width = max == 0 ? 0 : Math.round((float) entry.getValue() * FULL / max);
      bars.add(
          new Bar(labels.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(), width));
    }
    return bars;
  }
}
