package dev.clearance.server.web;

/**
 * What an error page says (template {@code error.jte}).
 *
 * @param requestId the request's {@code X-Request-Id}, for a report to the operator
 */
public record ErrorView(
    int status, String heading, String message, String hint, String requestId) {}
