package dev.clearance.store.release;

import dev.clearance.release.ReleaseState;
import java.util.List;

/**
 * Which releases the catalog lists (issue 7); null parts match everything. The server checks the
 * values a caller gives (and names the allowed ones); this record only carries them.
 *
 * @param words lower-case words that must each occur in the organization's slug or name, the
 *     model's name or display name, or the version label (empty: no text condition)
 * @param org the organization's slug
 * @param tier 1 to 4
 * @param state the release state
 * @param license the license id, lower case
 * @param modality a modality ({@code text}, {@code image}, …) the model's inputs or outputs
 *     include, or {@link #MULTIMODAL} for two or more
 */
public record CatalogFilter(
    List<String> words,
    String org,
    Integer tier,
    ReleaseState state,
    String license,
    String modality) {

  /** The modality filter value that matches releases spanning two or more modalities. */
  public static final String MULTIMODAL = "multimodal";

  /** Every release. */
  public static final CatalogFilter ALL =
      new CatalogFilter(List.of(), null, null, null, null, null);

  public CatalogFilter {
    words = List.copyOf(words);
  }
}
