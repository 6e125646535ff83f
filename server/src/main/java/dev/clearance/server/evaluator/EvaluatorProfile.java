package dev.clearance.server.evaluator;

import java.util.List;

/**
 * What every signed-in user may see of an evaluator: no statement, no conflicts.
 *
 * @param status {@code vetted}, {@code suspended} or {@code revoked}
 * @param since ISO-8601 instant of the decision that set the status
 */
public record EvaluatorProfile(
    String handle, String affiliation, List<String> expertise, String status, String since) {

  public EvaluatorProfile {
    expertise = List.copyOf(expertise);
  }
}
