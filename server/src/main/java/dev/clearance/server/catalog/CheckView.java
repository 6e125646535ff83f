package dev.clearance.server.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clearance.server.http.Json;
import dev.clearance.store.release.StoredCheckReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The latest check of a release as the model page shows it: read from the stored report (the JSON
 * of {@code clearance check --format json}, docs/report-format.md), keeping what a reader needs:
 * the tier with every trigger and its evidence (POL-3), and every requirement result with what is
 * missing, where it was looked for and how to fix it (DOC-7).
 *
 * @param checkedAt when the check ran (ISO-8601 UTC)
 * @param passed true when no blocking requirement failed
 */
public record CheckView(
    String checkedAt,
    boolean passed,
    Policy policy,
    Summary summary,
    List<String> filesRead,
    Tier tier,
    List<Result> results) {

  public CheckView {
    filesRead = filesRead == null ? List.of() : List.copyOf(filesRead);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** The policy the release was checked under (POL-1). */
  public record Policy(String id, String version, String title) {}

  /** How many requirements passed, failed (and of those blocked), warned or did not apply. */
  public record Summary(
      int requirements, int passed, int failed, int blocking, int warned, int notApplicable) {}

  /**
   * The tier decision: the highest tier a fired trigger names.
   *
   * @param parameters the parameter count the size triggers used, absent when none was found
   * @param triggers every trigger of the policy, fired or not, with its explanation and evidence
   * @param reviewSuggestions capabilities or domains mentioned but not declared
   */
  public record Tier(
      int tier,
      String name,
      Parameters parameters,
      List<Trigger> triggers,
      List<Suggestion> reviewSuggestions) {

    public Tier {
      triggers = triggers == null ? List.of() : List.copyOf(triggers);
      reviewSuggestions = reviewSuggestions == null ? List.of() : List.copyOf(reviewSuggestions);
    }
  }

  /**
   * The model's parameter count (ART-1).
   *
   * @param active parameters active per token (mixture of experts), absent otherwise
   * @param human e.g. {@code 7.2B}
   * @param basis {@code exact_headers}, {@code index_total_parameters}, {@code config_estimate},
   *     {@code index_size_estimate} or {@code card_declared}
   */
  public record Parameters(
      long total,
      Long active,
      String human,
      String basis,
      boolean exact,
      String detail,
      Source source) {}

  /** One trigger of the policy and whether it fired. */
  public record Trigger(
      String id,
      String title,
      int tier,
      boolean fired,
      String explanation,
      List<Evidence> evidence) {

    public Trigger {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** A mention that suggests a closer look at a trigger. */
  public record Suggestion(String triggerId, String message, List<Evidence> evidence) {

    public Suggestion {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /**
   * One requirement's result.
   *
   * @param status {@code pass}, {@code fail}, {@code warn} or {@code not_applicable}
   * @param missing for a failure: what is missing
   * @param whereLooked for a failure or warning: where the checker looked
   * @param howToFix for a failure or warning: how to fix it
   * @param problem for a warning: what is wrong
   * @param reason for a requirement that does not apply: why
   */
  public record Result(
      String id,
      String title,
      List<String> specRefs,
      String status,
      String severity,
      Boolean blocking,
      String coverage,
      String missing,
      List<String> whereLooked,
      String howToFix,
      String problem,
      String reason,
      List<Evidence> evidence) {

    public Result {
      specRefs = specRefs == null ? List.of() : List.copyOf(specRefs);
      whereLooked = whereLooked == null ? List.of() : List.copyOf(whereLooked);
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** A value found in the dossier. */
  public record Evidence(String what, String value, Source source) {}

  /** Where a value was found: file, line (absent when unknown) and JSON pointer (or absent). */
  public record Source(String file, Integer line, String pointer) {}

  /** Reads a report leniently: fields added by later minor schema versions are ignored. */
  private static final ObjectReader READER =
      Json.mapper()
          .readerFor(CheckView.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * The view of a stored report.
   *
   * @throws UncheckedIOException when the stored text is not a report (a corrupted row)
   */
  static CheckView of(StoredCheckReport report) {
    try {
      return READER.readValue(report.reportJson());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "stored check report " + report.id() + " does not read as a report", e);
    }
  }
}
