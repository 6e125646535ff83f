package dev.clearance.policy;

import java.util.Objects;

/**
 * One step of the policy's severity scale for findings (REV-4).
 *
 * @param id the code used in the API ({@code high}, ...)
 * @param title how people read it
 * @param responseDays days the organization has to respond to a finding of this severity (REV-5)
 */
public record FindingSeverity(String id, String title, int responseDays) {

  public FindingSeverity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (responseDays < 1) {
      throw new IllegalArgumentException("response deadline must be at least one day");
    }
  }
}
