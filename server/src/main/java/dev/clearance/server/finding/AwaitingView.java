package dev.clearance.server.finding;

/**
 * A finding waiting for its organization's response (REV-5), for the organization's dashboard.
 *
 * @param releaseState the state of the finding's release
 * @param overdue true when the response deadline has passed by the server's clock
 * @param daysLeft whole days until the deadline, rounded up; 0 once overdue
 * @param daysOverdue whole days since the deadline; 0 before it
 * @param path the finding's API path (the response goes to {@code path + "/response"})
 */
public record AwaitingView(
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
    boolean overdue,
    long daysLeft,
    long daysOverdue,
    String path) {}
