package dev.clearance.check;

import java.util.List;
import java.util.Objects;

/**
 * The identity of a checked requirement, as the policy names it.
 *
 * @param id stable id used in reports and SARIF rules ({@code training-data.synthetic-share})
 * @param title a short human title
 * @param specRefs the specification requirement ids it implements ({@code DOC-1})
 */
public record Requirement(String id, String title, List<String> specRefs) {

  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    specRefs = List.copyOf(specRefs);
  }
}
