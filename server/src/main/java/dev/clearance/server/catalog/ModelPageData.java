package dev.clearance.server.catalog;

import dev.clearance.server.card.RenderedCard;
import dev.clearance.server.finding.FindingCounts;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.release.ReleaseFileView;
import dev.clearance.server.release.ReleaseView;
import dev.clearance.server.release.TransitionView;
import java.util.List;
import java.util.Objects;

/**
 * Everything the model page shows of one release, read at once for one caller ({@link
 * ModelPages#read}): absent parts are {@code null} (JSON: left out), lists are empty.
 *
 * @param release state, tier, policy, root digest, signature (how to verify offline), review
 *     window, recommended flag
 * @param model the organization and model names
 * @param card the model card rendered as inert HTML, absent when the dossier has no markdown card
 *     or it cannot be read
 * @param cardFile the card's path in the dossier
 * @param facets license, pipeline tag and modalities of the latest check
 * @param check the latest check: tier with triggers and evidence, requirement results with fixes;
 *     absent before the first check
 * @param tierRule what the policy asks of the release's tier; absent before the first check
 * @param inspection the checkpoint files counted from their headers, absent when none was uploaded
 * @param files the dossier's files with size and SHA-256
 * @param versions the model's releases the caller may see, newest first
 * @param recommendedVersion the model's recommended version, when it has been public
 * @param review the review timeline and the finding counts
 * @param findingsPublic true once the release has been public: the findings and responses are then
 *     shown ({@link #findings}), with a steward's redactions applied for the public
 * @param findings the findings with their responses (at most {@link ModelPages#MAX_FINDINGS});
 *     empty while the release has not been public
 * @param log the audit log entries about the release, with inclusion-proof links
 */
public record ModelPageData(
    ReleaseView release,
    ModelSummary model,
    RenderedCard card,
    String cardFile,
    Facets facets,
    CheckView check,
    TierRule tierRule,
    InspectionView inspection,
    List<ReleaseFileView> files,
    List<Version> versions,
    String recommendedVersion,
    ReviewTimeline review,
    boolean findingsPublic,
    List<FindingView> findings,
    LogSection log) {

  public ModelPageData {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(log, "log");
    files = List.copyOf(files);
    versions = List.copyOf(versions);
    findings = List.copyOf(findings);
  }

  /** The organization and model. */
  public record ModelSummary(String org, String orgName, String name, String displayName) {}

  /** What the catalog filters the release by. */
  public record Facets(String license, String pipelineTag, List<String> modalities) {
    public Facets {
      modalities = List.copyOf(modalities);
    }
  }

  /**
   * What the release's policy asks of its tier (POL-2).
   *
   * @param reviewWindowDays days of community review before public release (0: none)
   * @param obligations e.g. {@code third-party-audit}, {@code staged-rollout}
   */
  public record TierRule(
      int tier, String name, String summary, int reviewWindowDays, List<String> obligations) {
    public TierRule {
      obligations = List.copyOf(obligations);
    }
  }

  /**
   * One release of the model (LIFE-1).
   *
   * @param current true for the release this page is about
   * @param path the release's API path
   */
  public record Version(
      String version,
      String state,
      Integer tier,
      boolean recommended,
      boolean current,
      String updatedAt,
      String path) {}

  /**
   * The review of the release (REV-2, REV-5): when it was submitted, its window, when it was
   * released, its state history, and how many findings it has.
   *
   * @param releasedAt when it was first released, absent before
   */
  public record ReviewTimeline(
      String submittedAt,
      String windowStart,
      String windowEnd,
      String releasedAt,
      List<TransitionView> transitions,
      FindingCounts findings) {
    public ReviewTimeline {
      transitions = List.copyOf(transitions);
      Objects.requireNonNull(findings, "findings");
    }
  }

  /**
   * The audit log's entries about the release (ACC-1), each provable against the signed checkpoint
   * of {@code treeSize} leaves.
   *
   * @param subject the release id, the entries' subject
   * @param subjectPath the API path listing the entries with their proofs
   * @param evidencePath the API path of everything {@code clearance verify --log-evidence} needs
   */
  public record LogSection(
      String subject,
      long treeSize,
      String subjectPath,
      String evidencePath,
      List<LogLine> entries) {
    public LogSection {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One audit log entry.
   *
   * @param index the entry's leaf index (sequence number) in the log
   * @param action e.g. {@code release.approve}
   * @param actor the handle of who decided, or {@code system}
   * @param reason the reason, once revealed (confidential until release)
   * @param proofPath the API path of its inclusion proof in the tree of {@code treeSize} leaves
   */
  public record LogLine(
      long index,
      String time,
      String action,
      String actor,
      String before,
      String after,
      String reason,
      String proofPath) {}
}
