package dev.clearance.report;

/** Which policy a report was made under (POL-1): {@code rrf} version {@code 2025.1}. */
public record PolicyRef(String id, String version, String title) {

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
