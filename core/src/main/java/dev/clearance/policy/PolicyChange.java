package dev.clearance.policy;

/**
 * One difference between two policy versions.
 *
 * @param path where, e.g. {@code requirements[compute.energy].accepts}
 * @param before the old value, empty when added
 * @param after the new value, empty when removed
 */
public record PolicyChange(String path, String before, String after) {

  /** {@code ~ path: before -> after}, {@code + path: after} or {@code - path: before}. */
  public String describe() {
    if (before.isEmpty()) {
      return "+ " + path + ": " + after;
    }
    if (after.isEmpty()) {
      return "- " + path + ": " + before;
    }
    return "~ " + path + ": " + before + " -> " + after;
  }
}
