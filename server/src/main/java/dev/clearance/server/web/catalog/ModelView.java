package dev.clearance.server.web.catalog;

import dev.clearance.server.catalog.ModelPageData;
import dev.clearance.server.web.Links;

/**
 * The page of a model (template {@code catalog/model.jte}): its versions the caller may see, newest
 * first with the recommended one marked, and a summary of the version a visitor most likely wants
 * (the recommended one, else the newest the caller may see).
 *
 * @param shown the model page data of that version, whose {@code versions} the page lists
 */
public record ModelView(ModelPageData shown) {

  /** "org/model". */
  public String name() {
    return shown.model().org() + "/" + shown.model().name();
  }

  /** The model's display name when it differs from its slug, else {@code null}. */
  public String displayName() {
    String display = shown.model().displayName();
    return display == null || display.isBlank() || display.equals(shown.model().name())
        ? null
        : display;
  }

  /** The model page of {@code version}. */
  public String versionPath(ModelPageData.Version version) {
    return Links.release(shown.model().org(), shown.model().name(), version.version());
  }

  /** The model page of the recommended version, or {@code null} when none has been public. */
  public String recommendedPath() {
    return shown.recommendedVersion() == null
        ? null
        : Links.release(shown.model().org(), shown.model().name(), shown.recommendedVersion());
  }
}
