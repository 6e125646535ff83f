package dev.clearance.tier;

import dev.clearance.check.Evidence;
import java.util.List;

/**
 * A signal that does not decide a tier but deserves a human look, such as a sensitive domain that
 * is only mentioned in prose (POL-2).
 */
public record ReviewSuggestion(String triggerId, String message, List<Evidence> evidence) {
  public ReviewSuggestion {
    evidence = List.copyOf(evidence);
  }
}
