package dev.clearance.check;

import java.util.List;

/**
 * The outcome of checking one requirement. Expected outcomes are values, never exceptions (DOC-7):
 * a {@link Failed} says what is missing, where Clearance looked and how to fix it.
 */
public sealed interface CheckResult {

  Requirement requirement();

  /** The evidence found, possibly none. */
  List<Evidence> evidence();

  /** The requirement is met. */
  record Passed(Requirement requirement, Coverage coverage, List<Evidence> evidence)
      implements CheckResult {
    public Passed {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The requirement is not met.
   *
   * @param severity from the policy for this requirement and tier
   * @param coverage what was found instead of the required information
   * @param missing what is missing, in one sentence
   * @param whereLooked the files, sections and keys that were searched
   * @param howToFix the exact YAML or markdown to add
   */
  record Failed(
      Requirement requirement,
      Severity severity,
      Coverage coverage,
      String missing,
      List<String> whereLooked,
      String howToFix,
      List<Evidence> evidence)
      implements CheckResult {
    public Failed {
      whereLooked = List.copyOf(whereLooked);
      evidence = List.copyOf(evidence);
    }
  }

  /** Met or not required, but something deserves a look (a benchmark named without a score). */
  record Warned(
      Requirement requirement,
      String problem,
      List<String> whereLooked,
      String howToFix,
      List<Evidence> evidence)
      implements CheckResult {
    public Warned {
      whereLooked = List.copyOf(whereLooked);
      evidence = List.copyOf(evidence);
    }
  }

  /** The policy does not ask for this requirement at the decided tier. */
  record NotApplicable(Requirement requirement, String reason) implements CheckResult {
    @Override
    public List<Evidence> evidence() {
      return List.of();
    }
  }

  /** True when this result stops a release. */
  default boolean blocks() {
    return this instanceof Failed failed && failed.severity() == Severity.BLOCKER;
  }
}
