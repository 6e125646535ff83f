package dev.clearance.server.web.catalog;

import dev.clearance.server.catalog.CheckView;
import dev.clearance.server.catalog.ModelPageData;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.release.SignatureView;
import dev.clearance.server.web.CardHeadings;
import dev.clearance.server.web.Links;
import java.util.List;
import java.util.Locale;

/**
 * The model page of one release (template {@code catalog/releasePage.jte} and its sections under
 * {@code catalog/release/}): the API's {@link ModelPageData} for the caller, the findings and log
 * entries of this page, and whether the caller may manage the release.
 *
 * @param member true when the caller is a member of the releasing organization: the page links to
 *     the release's management page
 */
public record ReleasePageView(
    ModelPageData data,
    boolean member,
    ListSlice<FindingView> findings,
    ListSlice<ModelPageData.LogLine> log) {

  /** Findings shown on one page. */
  static final int FINDINGS_PER_PAGE = 20;

  /** Audit log entries shown on one page. */
  static final int LOG_PER_PAGE = 50;

  /** The file names the offline verification steps use. */
  static final String LOG_EVIDENCE_FILE = "log-evidence.json";

  static final String LOG_KEY_FILE = "log-key.txt";

  /** An opening or closing heading tag of the sanitized card. */

  /** "org/model", as the page's heading names the model. */
  public String name() {
    return data.model().org() + "/" + data.model().name();
  }

  /** This page. */
  public String path() {
    return Links.release(data.model().org(), data.model().name(), data.release().version());
  }

  /** The release's management page, for members of the organization. */
  public String managePath() {
    return Links.manage(data.model().org(), data.model().name(), data.release().version());
  }

  /**
   * Whether anyone may report a problem with the release (harm, a disputed output): it has been
   * public.
   */
  public boolean reportable() {
    return data.findingsPublic();
  }

  /** The form that reports a problem with the release. */
  public String reportPath() {
    return Links.reportIncident(data.model().org(), data.model().name(), data.release().version());
  }

  /** The model's page, listing its versions. */
  public String modelPath() {
    return Links.model(data.model().org(), data.model().name());
  }

  /** The page of another version of the model. */
  public String versionPath(ModelPageData.Version version) {
    return Links.release(data.model().org(), data.model().name(), version.version());
  }

  /** The page of the model's recommended version, or {@code null} when it has none public. */
  public String recommendedPath() {
    return data.recommendedVersion() == null
        ? null
        : Links.release(data.model().org(), data.model().name(), data.recommendedVersion());
  }

  /** The model's display name when it differs from its slug, else {@code null}. */
  public String displayName() {
    String display = data.model().displayName();
    return display == null || display.isBlank() || display.equals(data.model().name())
        ? null
        : display;
  }

  /**
   * The card's sanitized HTML ({@code card.CardHtml}) with its headings moved two levels down
   * ({@code h1} to {@code h3}, at most {@code h6}), so that they sit below the page's own "Model
   * card" heading; {@code null} without a card. Only tag names change: the sanitized HTML has a
   * {@code <} only where a tag starts, so no text of the card is touched.
   */
  public String cardHtml() {
    return data.card() == null ? null : CardHeadings.belowSection(data.card().html());
  }

  /** The requirement results with the given status ({@code fail}, {@code warn}, …). */
  public List<CheckView.Result> results(String status) {
    return data.check() == null
        ? List.of()
        : data.check().results().stream().filter(result -> status.equals(result.status())).toList();
  }

  /** The tier triggers that fired (or, with {@code fired} false, those that did not). */
  public List<CheckView.Trigger> triggers(boolean fired) {
    return data.check() == null || data.check().tier() == null
        ? List.of()
        : data.check().tier().triggers().stream()
            .filter(trigger -> trigger.fired() == fired)
            .toList();
  }

  /**
   * The {@code clearance verify} command that also checks the registry's log evidence: the
   * signature's command with {@code --log-evidence} and {@code --log-key}; {@code null} without a
   * verified signature.
   */
  public String verifyWithLogCommand() {
    SignatureView signature = data.release().signature();
    return signature == null
        ? null
        : signature.verifyCommand()
            + " --log-evidence "
            + LOG_EVIDENCE_FILE
            + " --log-key "
            + LOG_KEY_FILE;
  }

  /** A whole number with thousands separators, e.g. {@code 7,241,732,096}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A size in bytes for people, e.g. {@code 4.2 MiB (4,404,019 bytes)}. */
  public static String bytes(long value) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (value < 1024) {
      return value + (value == 1 ? " byte" : " bytes");
    }
    double scaled = value;
    int unit = -1;
    while (scaled >= 1024 && unit < units.length - 1) {
      scaled /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s (%s bytes)", scaled, units[unit], count(value));
  }

  /** A code such as {@code accepted_risk} or {@code not_applicable} as words. */
  public static String words(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String spaced = code.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
