package dev.clearance.server.notify;

import dev.clearance.store.Names;
import java.util.Objects;

/**
 * The release an event is about, by name: organization slug, model name and version label.
 *
 * @throws IllegalArgumentException when a part is missing or not a valid name
 */
public record ReleaseName(String org, String model, String version) {

  public ReleaseName {
    Names.checkSlug("organization", org);
    Names.checkSlug("model", model);
    Objects.requireNonNull(version, "version");
    Names.checkText("version", version);
  }

  /** {@code org/model@version}, as shown to people. */
  public String label() {
    return org + "/" + model + "@" + version;
  }

  /** The API path of the release. */
  public String apiPath() {
    return "/api/v1/orgs/" + org + "/models/" + model + "/releases/" + version;
  }
}
