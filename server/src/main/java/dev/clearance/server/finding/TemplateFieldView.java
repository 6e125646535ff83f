package dev.clearance.server.finding;

/**
 * One field of the finding form (REV-4).
 *
 * @param id the template's id, e.g. {@code affected_versions}
 * @param name the field's name in the request body, e.g. {@code affectedVersions}
 */
public record TemplateFieldView(
    String id, String name, String label, String help, boolean required) {}
