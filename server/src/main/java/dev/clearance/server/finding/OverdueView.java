package dev.clearance.server.finding;

/**
 * An unanswered finding past its response deadline (REV-5), for stewards.
 *
 * @param releaseState the state of the finding's release
 * @param daysOverdue whole days since the deadline, by the server's clock
 * @param path the finding's API path
 */
public record OverdueView(
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
    long daysOverdue,
    String path) {}
