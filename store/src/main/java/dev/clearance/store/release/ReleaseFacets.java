package dev.clearance.store.release;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the catalog filters a release by, from its latest check (issue 7).
 *
 * @param checkReportId the report the facets were read with
 * @param license the card's license id in lower case (e.g. {@code apache-2.0}, {@code llama3}), or
 *     {@code null} when the card names none
 * @param pipelineTag the card's {@code pipeline_tag}, or {@code null}
 * @param modalities the modalities of the model's inputs and outputs ({@code text}, {@code image},
 *     {@code audio}, {@code video}, {@code 3d}), sorted; empty when the dossier does not say
 */
public record ReleaseFacets(
    String releaseId,
    String checkReportId,
    String license,
    String pipelineTag,
    List<String> modalities) {

  /** A license id or modality as stored: lower-case letters, digits, {@code . _ + -}. */
  public static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9._+-]{0,63}");

  /**
   * @throws IllegalArgumentException for a license or modality that is not a {@link #TOKEN}
   */
  public ReleaseFacets {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(checkReportId, "checkReportId");
    modalities = modalities.stream().sorted().distinct().toList();
    if (license != null && !TOKEN.matcher(license).matches()) {
      throw new IllegalArgumentException("license id '" + license + "' is not a stored token");
    }
    for (String modality : modalities) {
      if (!TOKEN.matcher(modality).matches()) {
        throw new IllegalArgumentException("modality '" + modality + "' is not a stored token");
      }
    }
  }

  /** True when the inputs and outputs span two or more modalities. */
  public boolean multimodal() {
    return modalities.size() >= 2;
  }
}
