package dev.clearance.server.finding;

/**
 * A comment or follow-up on a finding.
 *
 * @param text the comment (required)
 * @param attachment optionally, the id of a file the commenter attached to the finding before
 *     ({@code POST …/attachments}); each attachment goes with one comment at most
 */
public record CommentRequest(String text, String attachment) {}
