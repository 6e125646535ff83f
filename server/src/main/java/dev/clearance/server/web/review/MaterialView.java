package dev.clearance.server.web.review;

import dev.clearance.server.catalog.ModelPageData;
import dev.clearance.server.finding.FindingTemplateView;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.finding.TemplateFieldView;
import dev.clearance.server.release.ReleaseFileView;
import dev.clearance.server.web.Links;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evaluator's material page {@code /review/{org}/{model}/{version}} shows: the release as
 * the model page's read model gives it to the caller ({@link ModelPageData}: card, check, files),
 * the finding template of its policy, whether the caller may file a finding now, and the caller's
 * own findings on it with their responses.
 *
 * @param grantExpiresAt when the caller's access grant ends, absent without an active grant
 * @param canFile true while the release is in review and the caller holds an active grant
 * @param apiPath the release's API path (findings, files)
 */
public record MaterialView(
    ModelPageData release,
    FindingTemplateView template,
    String grantExpiresAt,
    boolean canFile,
    String apiPath,
    List<FindingView> myFindings) {

  public MaterialView {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(template, "template");
    myFindings = List.copyOf(myFindings);
  }

  /** The template's field {@code name} (API name, e.g. {@code affectedVersions}), if it has it. */
  public Optional<TemplateFieldView> field(String name) {
    return template.fields().stream().filter(field -> name.equals(field.name())).findFirst();
  }

  /** The fields of the template that are free text, in the template's order. */
  public List<TemplateFieldView> textFields() {
    return template.fields().stream()
        .filter(
            field ->
                !List.of("title", "category", "severity", "affectedVersions")
                    .contains(field.name()))
        .toList();
  }

  /** The API path of a dossier file's bytes; reading it is logged as a download (REV-3). */
  public String fileHref(ReleaseFileView file) {
    return apiPath + "/files/content?path=" + Links.segment(file.path());
  }

  /** This page's path. */
  public String href() {
    return Links.material(
        release.model().org(), release.model().name(), release.release().version());
  }

  /** The label of the template's field {@code name}, or {@code fallback} when it has none. */
  public String label(String name, String fallback) {
    return field(name).map(TemplateFieldView::label).orElse(fallback);
  }

  /** The help of the template's field {@code name}, or {@code null}. */
  public String help(String name) {
    return field(name).map(TemplateFieldView::help).orElse(null);
  }

  /** The versions of the model, for the affected-versions choice; this one first. */
  public List<String> versions() {
    return release.versions().stream().map(ModelPageData.Version::version).toList();
  }
}
