package dev.clearance.server.auditor;

/**
 * Body of {@code POST /api/v1/audit-firms}: a firm a steward approves. Public facts only.
 *
 * @param slug the firm's name in URLs and attestations, e.g. {@code northwind-audit}
 * @param name its display name
 * @param website its public website, an http(s) URL
 * @param description what the firm audits
 */
public record FirmRequest(String slug, String name, String website, String description) {}
