package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import java.util.List;

/**
 * What a detector found for one requirement.
 *
 * @param coverage how well the requirement's topic is covered
 * @param evidence what was found (empty when nothing)
 * @param whereLooked the keys, sections and files searched, for messages
 * @param note a sentence that qualifies the coverage ("named without a score"), or empty
 */
public record Detection(
    Coverage coverage, List<Evidence> evidence, List<String> whereLooked, String note) {

  public Detection {
    evidence = List.copyOf(evidence);
    whereLooked = List.copyOf(whereLooked);
  }
}
