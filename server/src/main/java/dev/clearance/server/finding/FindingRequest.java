package dev.clearance.server.finding;

import java.util.List;

/**
 * A finding as an evaluator files it (REV-4): the fields of the policy's template, by their API
 * names ({@code affected_versions} is {@code affectedVersions}, {@code suggested_mitigation} is
 * {@code suggestedMitigation}). Which are required, and the allowed categories and severities, come
 * from the template of the release's policy ({@code GET …/finding-template}).
 *
 * @param affectedVersions version labels of the model that show the problem
 */
public record FindingRequest(
    String title,
    String category,
    String severity,
    List<String> affectedVersions,
    String summary,
    String reproduction,
    String evidence,
    String suggestedMitigation) {}
