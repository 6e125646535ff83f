package dev.clearance.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.policy.Policy;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.audit.LogEndpoints;
import dev.clearance.server.audit.LogEntry;
import dev.clearance.server.audit.SubjectEntries;
import dev.clearance.server.card.CardHtml;
import dev.clearance.server.card.RenderedCard;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.finding.ReleaseFindings;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseFileView;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseView;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.Times;
import dev.clearance.server.release.TransitionView;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.release.StoredCheckReport;
import dev.clearance.store.release.Transition;
import dev.clearance.tier.Tier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The model page's read model (issue 7): everything the page shows of one release, assembled in one
 * read for one caller ({@link ModelPageData}). Visibility is exactly the API's: a release the
 * caller may not see is a 404 ({@link ReleaseLookup}), views under an evaluator's access grant are
 * logged (REV-3), versions of the model are listed only when visible, and findings with their
 * responses appear only once the release has been public, with a steward's redactions applied to
 * callers who may not see redacted parts (REV-5). It reuses the API's views: {@link ReleaseView},
 * {@link FindingView}, {@link TransitionView}, the log's subject entries and the stored report.
 */
public final class ModelPages {

  /** Most findings listed on a page; the rest are counted and listed by the findings API. */
  public static final int MAX_FINDINGS = 200;

  private static final String INSPECTION = "clearance-inspection.json";

  private final RegistryContext context;
  private final ReleasePolicies policies;
  private final RenderedCards cards = new RenderedCards(64);

  public ModelPages(RegistryContext context) {
    this.context = context;
    this.policies = new ReleasePolicies(context.policy());
  }

  /**
   * The page of release {@code org/model@version} as {@code caller} may see it.
   *
   * @throws ApiException 400 for a name that is not a slug, 404 when the release does not exist or
   *     the caller may not see it
   */
  public ModelPageData read(Principal caller, String org, String model, String version) {
    return StoreReads.read(
        context.db(),
        tx ->
            assemble(
                tx,
                caller,
                ReleaseLookup.release(
                    tx,
                    caller,
                    org,
                    model,
                    version,
                    "model page " + org + "/" + model + "@" + version)));
  }

  /**
   * The version of the model a page without a version shows: its recommended release when the
   * caller may see it, else the newest release the caller may see.
   *
   * @throws ApiException 404 when the model does not exist or the caller may see none of its
   *     releases
   */
  public String defaultVersion(Principal caller, String org, String model) {
    return StoreReads.read(
        context.db(),
        tx -> {
          String orgSlug = ReleaseLookup.slug("organization", org);
          String name = ReleaseLookup.slug("model", model);
          ApiException absent = ApiException.notFound("model '" + orgSlug + "/" + name + "'");
          var organization = tx.organizations().findBySlug(orgSlug).orElseThrow(() -> absent);
          var found = tx.models().findByName(organization.id(), name).orElseThrow(() -> absent);
          Optional<Release> recommended =
              tx.releases()
                  .findRecommended(found.id())
                  .filter(release -> ReleaseVisibility.canSee(tx, caller, orgSlug, release));
          if (recommended.isPresent()) {
            return recommended.get().versionLabel();
          }
          List<Release> visible = visibleReleases(tx, caller, orgSlug, found.id());
          if (visible.isEmpty()) {
            throw absent;
          }
          return visible.get(visible.size() - 1).versionLabel();
        });
  }

  private ModelPageData assemble(Repositories tx, Principal caller, ReleaseRef ref) {
    Release release = ref.release();
    Optional<StoredCheckReport> report = tx.checkReports().latest(release.id());
    Policy policy = policies.of(report);
    List<ReleaseFile> files = tx.releaseFiles().listByRelease(release.id());
    Optional<ReleaseFile> cardFile = StoredDossier.card(files);
    boolean findingsPublic = ReleaseVisibility.everPublic(tx, release);
    List<FindingView> findings =
        findingsPublic
            ? ReleaseFindings.views(
                tx, caller, ref, policy.review(), context.clock().instant(), MAX_FINDINGS)
            : List.of();
    return new ModelPageData(
        ReleaseView.of(tx, ref),
        new ModelPageData.ModelSummary(
            ref.org().slug(),
            ref.org().displayName(),
            ref.model().name(),
            ref.model().displayName()),
        cardFile.flatMap(this::card).orElse(null),
        cardFile.map(ReleaseFile::name).orElse(null),
        Catalogs.facets(tx)
            .find(release.id())
            .map(
                facets ->
                    new ModelPageData.Facets(
                        facets.license(), facets.pipelineTag(), facets.modalities()))
            .orElse(null),
        report.map(CheckView::of).orElse(null),
        release.tier() == null ? null : tierRule(policy, release.tier()),
        StoredDossier.named(files, INSPECTION)
            .flatMap(file -> StoredDossier.text(context.blobs(), file))
            .flatMap(InspectionView::of)
            .orElse(null),
        files.stream().map(ReleaseFileView::of).toList(),
        versions(tx, caller, ref),
        tx.releases()
            .findRecommended(ref.model().id())
            .filter(recommended -> ReleaseVisibility.everPublic(tx, recommended))
            .map(Release::versionLabel)
            .orElse(null),
        review(tx, ref, policy),
        findingsPublic,
        findings,
        log(tx, ref));
  }

  private Optional<RenderedCard> card(ReleaseFile file) {
    return cards.get(
        file.sha256(), () -> StoredDossier.text(context.blobs(), file).map(CardHtml::render));
  }

  private static ModelPageData.TierRule tierRule(Policy policy, int level) {
    var rule = policy.tier(Tier.of(level));
    return new ModelPageData.TierRule(
        level, rule.name(), rule.summary(), rule.reviewWindowDays(), rule.obligations());
  }

  private static List<ModelPageData.Version> versions(
      Repositories tx, Principal caller, ReleaseRef ref) {
    List<ModelPageData.Version> versions = new ArrayList<>();
    for (Release release : visibleReleases(tx, caller, ref.org().slug(), ref.model().id())) {
      versions.add(
          new ModelPageData.Version(
              release.versionLabel(),
              release.state().wireName(),
              release.tier(),
              release.recommended(),
              release.id().equals(ref.release().id()),
              Times.iso(release.updatedAt()),
              "/api/v1/orgs/"
                  + ref.org().slug()
                  + "/models/"
                  + ref.model().name()
                  + "/releases/"
                  + release.versionLabel()));
    }
    Collections.reverse(versions);
    return versions;
  }

  /** The releases of a model that {@code caller} may see, oldest first. */
  private static List<Release> visibleReleases(
      Repositories tx, Principal caller, String orgSlug, String modelId) {
    List<Release> visible = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Release> page = tx.releases().listByModel(modelId, request);
      for (Release release : page.items()) {
        if (ReleaseVisibility.canSee(tx, caller, orgSlug, release)) {
          visible.add(release);
        }
      }
      if (page.next().isEmpty()) {
        return visible;
      }
      request = request.next(page.next().get());
    }
  }

  private static ModelPageData.ReviewTimeline review(
      Repositories tx, ReleaseRef ref, Policy policy) {
    Release release = ref.release();
    List<Transition> transitions = tx.transitions().listByRelease(release.id());
    String releasedAt =
        transitions.stream()
            .filter(transition -> transition.to() == ReleaseState.RELEASED)
            .findFirst()
            .map(transition -> Times.iso(transition.at()))
            .orElse(null);
    return new ModelPageData.ReviewTimeline(
        Times.iso(release.submittedAt()),
        Times.iso(release.windowStartedAt()),
        Times.iso(release.windowEndsAt()),
        releasedAt,
        transitions.stream().map(transition -> TransitionView.of(tx, transition)).toList(),
        ReleaseFindings.counts(tx, ref, policy.review()));
  }

  private ModelPageData.LogSection log(Repositories tx, ReleaseRef ref) {
    String subject = ref.release().id();
    SubjectEntries entries = LogEndpoints.subjectEntries(tx, context.ledger(), subject);
    List<ModelPageData.LogLine> lines = new ArrayList<>();
    for (SubjectEntries.ProvenEntry proven : entries.items()) {
      lines.add(line(tx, proven.entry(), entries.size()));
    }
    return new ModelPageData.LogSection(
        subject,
        entries.size(),
        "/api/v1/log/subjects/" + subject,
        "/api/v1/orgs/"
            + ref.org().slug()
            + "/models/"
            + ref.model().name()
            + "/releases/"
            + ref.release().versionLabel()
            + "/log-evidence",
        lines);
  }

  private static ModelPageData.LogLine line(Repositories tx, LogEntry entry, long treeSize) {
    AuditEntry leaf;
    try {
      leaf = AuditEntry.parse(entry.leaf().getBytes(StandardCharsets.UTF_8));
    } catch (EntryException e) {
      throw new IllegalStateException(
          "the log's own entry " + entry.sequence() + " does not parse", e);
    }
    String reason =
        leaf.reason() != null
            ? leaf.reason()
            : entry
                .details()
                .map(LogEntry.Revealed::details)
                .map(details -> details.path("reason"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .orElse(null);
    String actor = tx.users().find(leaf.actor()).map(User::handle).orElse(leaf.actor());
    return new ModelPageData.LogLine(
        entry.sequence(),
        Times.iso(leaf.time()),
        leaf.action(),
        actor,
        leaf.before(),
        leaf.after(),
        reason,
        "/api/v1/log/proofs/inclusion?index=" + entry.sequence() + "&size=" + treeSize);
  }
}
