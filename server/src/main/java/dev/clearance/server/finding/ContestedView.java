package dev.clearance.server.finding;

/**
 * A finding whose response the filing evaluator contested, waiting for a steward's decision
 * (REV-5).
 *
 * @param releaseState the state of the finding's release
 * @param dueAt the organization's response deadline the finding had
 * @param response the contested response, with the evaluator's reason
 * @param path the finding's API path
 * @param decisionPath where a steward posts the decision {@code {outcome: uphold|sustain, reason}}
 */
public record ContestedView(
    String id,
    String org,
    String model,
    String version,
    String releaseState,
    String title,
    String severity,
    String evaluator,
    String filedAt,
    String dueAt,
    ResponseView response,
    String path,
    String decisionPath) {}
