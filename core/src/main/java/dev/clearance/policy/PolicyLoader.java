package dev.clearance.policy;

import dev.clearance.check.Coverage;
import dev.clearance.check.Requirement;
import dev.clearance.check.Severity;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.TextDecoding;
import dev.clearance.document.YamlReader;
import dev.clearance.tier.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads and validates policy files (schema {@value #SCHEMA}). A broken policy, or one of an unknown
 * schema version, is refused with an {@link InputException} that names the line and the reason.
 * Bundled policies live in the jar under {@code policies/NAME.yaml}.
 */
public final class PolicyLoader {

  public static final String SCHEMA = "clearance-policy/1";
  public static final String DEFAULT = "rrf-2025";

  private static final List<String> BUNDLED = List.of("rrf-2025", "rrf-2026");
  private static final Pattern VERSION = Pattern.compile("\\d{4}(\\.\\d+)*");

  private PolicyLoader() {}

  /** Names of the policies shipped in the jar, oldest first. */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * Loads a bundled policy by name ({@code rrf-2025}).
   *
   * @throws InputException when no bundled policy has that name
   */
  public static Policy bundled(String name) throws InputException {
    String resource = "/policies/" + name + ".yaml";
    try (InputStream in = PolicyLoader.class.getResourceAsStream(resource)) {
      if (in == null || !BUNDLED.contains(name)) {
        throw new InputException(
            name,
            0,
            "no bundled policy named '" + name + "'",
            "use one of " + BUNDLED + " or pass a policy file path");
      }
      return parse(name + ".yaml", TextDecoding.utf8(name + ".yaml", in.readAllBytes()));
    } catch (IOException unreadable) {
      throw new InputException(name, 0, "could not read bundled policy: " + unreadable, "");
    }
  }

  /**
   * Loads a bundled policy by name, or a policy file when {@code nameOrPath} is not a bundled name.
   */
  public static Policy resolve(String nameOrPath) throws InputException {
    return BUNDLED.contains(nameOrPath) ? bundled(nameOrPath) : load(Path.of(nameOrPath));
  }

  /** Loads and validates a policy file. */
  public static Policy load(Path file) throws InputException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(
          name, 0, "no policy file here", "pass an existing file or one of " + BUNDLED);
    }
    try {
      if (Files.size(file) > InputLimits.DEFAULT.maxFileBytes()) {
        throw new InputException(name, 0, "policy file is larger than the limit", "");
      }
      return parse(name, TextDecoding.utf8(name, Files.readAllBytes(file)));
    } catch (IOException unreadable) {
      throw new InputException(
          name, 0, "could not read the policy: " + unreadable.getMessage(), "");
    }
  }

  /** Parses and validates policy text; {@code file} names it in errors. */
  public static Policy parse(String file, String text) throws InputException {
    Node root = new YamlReader(InputLimits.DEFAULT).read(file, text);
    PolicyFields top = PolicyFields.of(root, "the policy");
    top.onlyKeys(
        "schema",
        "id",
        "version",
        "title",
        "effective",
        "tiers",
        "declaration_scope",
        "parameters",
        "triggers",
        "benchmark_categories",
        "benchmarks",
        "placeholders",
        "consistency",
        "requirements",
        "review",
        "incidents");
    String schema = top.text("schema");
    if (!schema.equals(SCHEMA)) {
      throw PolicyFields.error(
          top.required("schema"),
          "unknown policy schema '%s'; this Clearance reads '%s'".formatted(schema, SCHEMA));
    }
    String version = top.text("version");
    if (!VERSION.matcher(version).matches()) {
      throw PolicyFields.error(
          top.required("version"),
          "version '%s' is not a year with optional parts, like 2025.1".formatted(version));
    }
    List<TierRule> tiers = tiers(top);
    PolicyFields scope = PolicyFields.of(top.required("declaration_scope"), "declaration_scope");
    scope.onlyKeys("sections", "exclude_sections");
    PolicyFields parameters = PolicyFields.of(top.required("parameters"), "parameters");
    parameters.onlyKeys("parameter_disagreement");
    List<Benchmark> benchmarks = benchmarks(top);
    return new Policy(
        top.text("id"),
        version,
        top.text("title"),
        top.text("effective"),
        tiers,
        scope.patterns("sections"),
        scope.patterns("exclude_sections"),
        parameters.fraction("parameter_disagreement"),
        TriggerRules.read(top.list("triggers"), benchmarks),
        categories(top),
        benchmarks,
        top.patterns("placeholders"),
        requirements(top, benchmarks),
        consistency(top),
        ReviewRulesReader.read(top),
        IncidentRulesReader.read(top),
        (Node.Mapping) root);
  }

  /** The consistency checks every policy must give a severity for. */
  public static final List<String> CONSISTENCY_CHECKS =
      List.of(
          "card-missing",
          "declared-tier-below",
          "parameter-disagreement",
          "license-disagreement",
          "review-suggested");

  private static Map<String, Severity> consistency(PolicyFields top) throws InputException {
    PolicyFields fields = PolicyFields.of(top.required("consistency"), "consistency");
    fields.onlyKeys(CONSISTENCY_CHECKS.toArray(String[]::new));
    Map<String, Severity> severities = new java.util.HashMap<>();
    for (String check : CONSISTENCY_CHECKS) {
      severities.put(check, enumValue(Severity.class, fields.required(check), check));
    }
    return severities;
  }

  private static List<TierRule> tiers(PolicyFields top) throws InputException {
    List<TierRule> tiers = new ArrayList<>();
    for (Node item : top.list("tiers")) {
      PolicyFields fields = PolicyFields.of(item, "a tier");
      fields.onlyKeys("tier", "name", "summary", "review_window_days", "obligations");
      Tier tier = Tier.of((int) fields.wholeNumber("tier", 1, 4));
      if (tiers.stream().anyMatch(rule -> rule.tier() == tier)) {
        throw PolicyFields.error(item, tier + " is defined twice");
      }
      tiers.add(
          new TierRule(
              tier,
              fields.text("name"),
              fields.text("summary"),
              (int) fields.wholeNumber("review_window_days", 0, 3650),
              fields.texts("obligations")));
    }
    if (tiers.size() != 4) {
      throw PolicyFields.error(
          top.required("tiers"), "tiers must define each of Tier 1 to Tier 4 once");
    }
    tiers.sort(java.util.Comparator.comparing(TierRule::tier));
    return tiers;
  }

  private static List<Benchmark> benchmarks(PolicyFields top) throws InputException {
    Set<String> categories = new HashSet<>(Set.of("capability"));
    for (BenchmarkCategory category : categories(top)) {
      categories.add(category.id());
    }
    List<Benchmark> benchmarks = new ArrayList<>();
    for (Node item : top.list("benchmarks")) {
      PolicyFields fields = PolicyFields.of(item, "a benchmark");
      fields.onlyKeys("id", "name", "category", "aliases");
      String category = fields.text("category");
      if (!categories.contains(category)) {
        throw PolicyFields.error(
            fields.required("category"),
            "benchmark category '%s' is not declared in benchmark_categories".formatted(category));
      }
      benchmarks.add(
          Benchmark.of(fields.text("id"), fields.text("name"), category, fields.texts("aliases")));
    }
    return benchmarks;
  }

  private static List<BenchmarkCategory> categories(PolicyFields top) throws InputException {
    List<BenchmarkCategory> categories = new ArrayList<>();
    for (Node item : top.list("benchmark_categories")) {
      PolicyFields fields = PolicyFields.of(item, "a benchmark category");
      fields.onlyKeys("id", "title", "partial");
      categories.add(
          new BenchmarkCategory(
              fields.text("id"), fields.text("title"), fields.textPatterns("partial")));
    }
    return categories;
  }

  private static List<RequirementRule> requirements(PolicyFields top, List<Benchmark> benchmarks)
      throws InputException {
    List<RequirementRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : top.list("requirements")) {
      PolicyFields fields = PolicyFields.of(item, "a requirement");
      String id = fields.text("id");
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "requirement '%s' is defined twice".formatted(id));
      }
      String detector = fields.text("detector");
      DetectorRule rule = DetectorRules.read(fields, detector, benchmarks);
      rules.add(
          new RequirementRule(
              new Requirement(id, fields.text("title"), fields.texts("spec")),
              severities(fields),
              accepts(fields),
              rule,
              fields.text("fix").strip()));
    }
    return rules;
  }

  private static Map<Tier, Severity> severities(PolicyFields fields) throws InputException {
    PolicyFields severity = PolicyFields.of(fields.required("severity"), "severity");
    Map<Tier, Severity> byTier = new EnumMap<>(Tier.class);
    for (var entry : severity.mapping().entries().entrySet()) {
      Tier tier;
      try {
        tier = Tier.of(Integer.parseInt(entry.getKey().strip()));
      } catch (IllegalArgumentException notATier) {
        throw PolicyFields.error(
            entry.getValue(), "severity key '%s' is not a tier 1 to 4".formatted(entry.getKey()));
      }
      byTier.put(tier, enumValue(Severity.class, entry.getValue(), "severity"));
    }
    return byTier;
  }

  private static Set<Coverage> accepts(PolicyFields fields) throws InputException {
    Set<Coverage> accepted = EnumSet.noneOf(Coverage.class);
    for (Node item : fields.list("accepts")) {
      Coverage coverage = enumValue(Coverage.class, item, "accepts");
      if (coverage == Coverage.MISSING || coverage == Coverage.PARTIAL) {
        throw PolicyFields.error(
            item, "accepts may list present, declared_unknown, declared_absent");
      }
      accepted.add(coverage);
    }
    if (accepted.isEmpty()) {
      throw PolicyFields.error(fields.mapping(), "accepts must list at least one coverage kind");
    }
    return accepted;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, Node node, String key)
      throws InputException {
    if (node instanceof Node.Scalar scalar && !scalar.isNull()) {
      try {
        return Enum.valueOf(type, scalar.text().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        // reported below
      }
    }
    List<String> allowed =
        java.util.Arrays.stream(type.getEnumConstants())
            .map(constant -> constant.name().toLowerCase(Locale.ROOT))
            .toList();
    throw PolicyFields.error(node, "'%s' must be one of %s".formatted(key, allowed));
  }
}
