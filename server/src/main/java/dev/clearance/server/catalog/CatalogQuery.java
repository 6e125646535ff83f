package dev.clearance.server.catalog;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.VisiblePage;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Names;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.CatalogFilter;
import dev.clearance.store.release.CatalogReach;
import dev.clearance.store.release.CatalogRow;
import dev.clearance.store.release.ReleaseFacets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The release catalog (issue 7): the one place that reads catalog filters and answers them, for
 * {@code GET /api/v1/releases} and the home page alike. A caller sees exactly the releases {@link
 * ReleaseVisibility} lets them see: the public those that have been released, signed-in callers
 * also the pre-release releases of their organizations and those they hold an active access grant
 * or audit engagement for, stewards all. Most recently changed first.
 *
 * <p>Filters (query parameters; an empty value is no filter): {@code q} words that must each occur
 * in the organization's slug or name, the model's name or display name, or the version; {@code org}
 * an organization slug; {@code tier} 1 to 4; {@code state} a release state; {@code license} a
 * license id such as {@code apache-2.0}; {@code modality} {@code text}, {@code image}, {@code
 * audio}, {@code video}, {@code 3d}, or {@code multimodal} for two or more.
 */
public final class CatalogQuery {

  /** Longest {@code q}. */
  public static final int MAX_QUERY = 200;

  /** Most words in {@code q}. */
  public static final int MAX_WORDS = 8;

  /** The tiers {@code tier} accepts. */
  public static final List<Integer> TIERS = List.of(1, 2, 3, 4);

  /** The values {@code modality} accepts. */
  public static final List<String> MODALITIES = modalities();

  private static final List<String> STATES =
      Arrays.stream(ReleaseState.values()).map(ReleaseState::wireName).toList();

  private CatalogQuery() {}

  /**
   * The filters named by query parameters (Javalin's {@code ctx.queryParamMap()}; the first value
   * of each counts; other parameters are ignored).
   *
   * @throws ApiException 400 {@code invalid_parameter} naming the filter and its allowed values
   */
  public static CatalogFilter filter(Map<String, List<String>> parameters) {
    String q = value(parameters, "q");
    String org = value(parameters, "org");
    String tier = value(parameters, "tier");
    String state = value(parameters, "state");
    String license = value(parameters, "license");
    String modality = value(parameters, "modality");
    return new CatalogFilter(
        words(q),
        org == null ? null : org(org),
        tier == null ? null : tier(tier),
        state == null ? null : state(state),
        license == null ? null : license(license),
        modality == null ? null : modality(modality));
  }

  /**
   * One page of the releases matching {@code filter} that {@code caller} may see, read in {@code
   * tx}.
   *
   * @param page {@code after} is the {@code next} of the previous page
   * @throws ApiException 400 naming {@code after} when it is not such a cursor
   */
  public static CatalogPage search(
      Repositories tx, Principal caller, CatalogFilter filter, PageRequest page) {
    CatalogReach reach = reach(caller);
    VisiblePage<CatalogRow> visible =
        VisiblePage.collect(
            request -> {
              try {
                return Catalogs.catalog(tx).search(filter, reach, request);
              } catch (IllegalArgumentException badCursor) {
                throw invalid(
                    "after",
                    "after must be the 'next' of the previous catalog page",
                    List.of(),
                    "Leave out 'after' for the first page, then pass the 'next' of each page.");
              }
            },
            row -> ReleaseVisibility.canSee(tx, caller, row.orgSlug(), row.release()),
            CatalogRow::cursor,
            page);
    return new CatalogPage(visible.items().stream().map(CatalogEntry::of).toList(), visible.next());
  }

  /** What each filter accepts, with the licenses of releases that have been public. */
  public static CatalogChoices choices(Repositories tx) {
    return new CatalogChoices(TIERS, STATES, Catalogs.facets(tx).publicLicenses(), MODALITIES);
  }

  private static CatalogReach reach(Principal caller) {
    if (caller.isAnonymous()) {
      return CatalogReach.PUBLIC;
    }
    return new CatalogReach(
        caller.isSteward(), caller.memberships().keySet(), caller.requireUserId());
  }

  private static List<String> words(String q) {
    if (q == null) {
      return List.of();
    }
    if (q.length() > MAX_QUERY || q.chars().anyMatch(Character::isISOControl)) {
      throw invalid(
          "q",
          "q must be at most " + MAX_QUERY + " characters of text without control characters",
          List.of(),
          "Search for a few words of an organization, model or version name.");
    }
    List<String> words =
        Arrays.stream(q.strip().split("\\s+"))
            .filter(word -> !word.isEmpty())
            .map(word -> word.toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    if (words.size() > MAX_WORDS) {
      throw invalid(
          "q",
          "q has " + words.size() + " words; at most " + MAX_WORDS + " are searched for",
          List.of(),
          "Search for fewer words, or use the org, tier, state, license and modality filters.");
    }
    return words;
  }

  private static String org(String org) {
    try {
      return Names.checkSlug("organization name", org);
    } catch (IllegalArgumentException e) {
      throw invalid(
          "org",
          "org: " + e.getMessage(),
          List.of(),
          "Give an organization's slug: lower-case letters, digits, '-', '_', '.'.");
    }
  }

  private static int tier(String tier) {
    for (Integer allowed : TIERS) {
      if (allowed.toString().equals(tier)) {
        return allowed;
      }
    }
    throw invalid("tier", "tier '" + printable(tier) + "' is not one of " + TIERS, TIERS, null);
  }

  private static ReleaseState state(String state) {
    if (!STATES.contains(state)) {
      throw invalid(
          "state", "state '" + printable(state) + "' is not one of " + STATES, STATES, null);
    }
    return ReleaseState.fromWireName(state);
  }

  private static String license(String license) {
    String id = license.strip().toLowerCase(Locale.ROOT);
    if (!ReleaseFacets.TOKEN.matcher(id).matches()) {
      throw invalid(
          "license",
          "license '"
              + printable(license)
              + "' is not a license id: 1 to 64 lower-case letters, digits, '.', '_', '+', '-'",
          List.of(),
          "Give a license id as model cards name it, e.g. apache-2.0, mit or llama3.");
    }
    return id;
  }

  private static String modality(String modality) {
    if (!MODALITIES.contains(modality)) {
      throw invalid(
          "modality",
          "modality '" + printable(modality) + "' is not one of " + MODALITIES,
          MODALITIES,
          null);
    }
    return modality;
  }

  private static String value(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0);
  }

  private static ApiException invalid(
      String parameter, String message, List<?> allowed, String hint) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("parameter", parameter);
    if (!allowed.isEmpty()) {
      details.put("allowed", new ArrayList<>(allowed));
    }
    return ApiException.badRequest(
        "invalid_parameter",
        message,
        details,
        hint != null
            ? hint
            : "Leave " + parameter + " out for all releases, or give one of " + allowed + ".");
  }

  private static String printable(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  private static List<String> modalities() {
    List<String> all = new ArrayList<>(Modalities.ALL);
    all.add(CatalogFilter.MULTIMODAL);
    return List.copyOf(all);
  }
}
