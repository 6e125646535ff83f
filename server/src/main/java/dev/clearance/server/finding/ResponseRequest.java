package dev.clearance.server.finding;

/**
 * The organization's response to a finding (REV-5): exactly one kind, with its fields.
 *
 * @param kind {@code mitigated}, {@code accepted_risk} or {@code disputed}
 * @param whatChanged mitigated: what was changed (required)
 * @param fixedIn mitigated: the version label that has the change (required)
 * @param evidence mitigated: evidence that the change works, e.g. scores before and after
 *     (required)
 * @param rationale accepted_risk and disputed: why (required)
 */
public record ResponseRequest(
    String kind, String whatChanged, String fixedIn, String evidence, String rationale) {}
