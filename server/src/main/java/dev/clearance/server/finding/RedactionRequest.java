package dev.clearance.server.finding;

import java.util.List;

/**
 * What of a finding the public may not see once the release is public (REV-5): the parts listed are
 * hidden with the reason, the others shown; an empty list lifts the redaction.
 *
 * @param parts {@code reproduction} (the reproduction steps) and/or {@code evidence} (the evidence
 *     text and every attachment)
 * @param reason why they are hazardous (required unless lifting), shown to the public instead
 */
public record RedactionRequest(List<String> parts, String reason) {}
