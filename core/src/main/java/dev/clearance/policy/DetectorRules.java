package dev.clearance.policy;

import dev.clearance.check.Coverage;
import dev.clearance.document.InputException;
import java.util.List;

/** Reads the detector part of a requirement in a policy file. */
final class DetectorRules {

  private static final String[] COMMON_KEYS = {
    "id", "title", "spec", "severity", "accepts", "detector", "fix"
  };

  private DetectorRules() {}

  static DetectorRule read(PolicyFields fields, String detector, List<Benchmark> benchmarks)
      throws InputException {
    return switch (detector) {
      case "text" -> text(fields, DetectorRule.TextKind.TEXT, null);
      case "license" -> text(fields, DetectorRule.TextKind.LICENSE, "license_named");
      case "contact" -> text(fields, DetectorRule.TextKind.CONTACT, "channel");
      case "safety-benchmarks" -> safetyBenchmarks(fields, benchmarks);
      default ->
          throw PolicyFields.error(
              fields.required("detector"),
              "detector '%s' is unknown; expected text, license, contact or safety-benchmarks"
                  .formatted(detector));
    };
  }

  private static DetectorRule text(PolicyFields fields, DetectorRule.TextKind kind, String extraKey)
      throws InputException {
    List<String> allowed =
        new java.util.ArrayList<>(
            List.of(
                "keys",
                "partial_keys",
                "sections",
                "exclude_sections",
                "present",
                "partial",
                "anywhere",
                "partial_anywhere",
                "declared_unknown",
                "declared_absent",
                "section_only"));
    allowed.addAll(List.of(COMMON_KEYS));
    if (extraKey != null) {
      allowed.add(extraKey);
    }
    fields.onlyKeys(allowed.toArray(String[]::new));
    Coverage sectionOnly =
        fields.has("section_only")
            ? PolicyLoader.enumValue(
                Coverage.class, fields.required("section_only"), "section_only")
            : Coverage.MISSING;
    return new DetectorRule.Text(
        kind,
        fields.texts("keys"),
        fields.texts("partial_keys"),
        fields.patterns("sections"),
        fields.patterns("exclude_sections"),
        fields.textPatterns("present"),
        fields.textPatterns("partial"),
        fields.textPatterns("anywhere"),
        fields.textPatterns("partial_anywhere"),
        fields.textPatterns("declared_unknown"),
        fields.textPatterns("declared_absent"),
        extraKey == null ? List.of() : fields.textPatterns(extraKey),
        sectionOnly);
  }

  private static DetectorRule safetyBenchmarks(PolicyFields fields, List<Benchmark> benchmarks)
      throws InputException {
    List<String> allowed = new java.util.ArrayList<>(List.of("minimum_benchmarks", "categories"));
    allowed.addAll(List.of(COMMON_KEYS));
    fields.onlyKeys(allowed.toArray(String[]::new));
    List<String> categories = fields.texts("categories");
    for (String category : categories) {
      if (benchmarks.stream().noneMatch(benchmark -> benchmark.category().equals(category))) {
        throw PolicyFields.error(
            fields.required("categories"),
            "no benchmark of category '%s' is in the policy's benchmarks".formatted(category));
      }
    }
    return new DetectorRule.SafetyBenchmarks(
        (int) fields.wholeNumber("minimum_benchmarks", 1, 100), categories);
  }
}
