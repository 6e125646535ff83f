package dev.clearance.server.finding;

import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.FindingTemplate;
import dev.clearance.policy.Policy;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingContent;
import dev.clearance.store.finding.FindingFilter;
import dev.clearance.store.finding.FindingState;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Filing and reading findings (REV-4): an evaluator with an active grant files a finding on a
 * release in review following its policy's template; findings are read as the release is ({@link
 * FindingAccess}), filtered by state and severity.
 */
final class FindingHandlers {

  private static final List<String> STATES =
      List.of("open", "answered", "contested", "resolved", "duplicate");

  private final RegistryContext context;
  private final ReleasePolicies policies;
  private final FindingEvents events;

  FindingHandlers(RegistryContext context, ReleasePolicies policies, FindingEvents events) {
    this.context = context;
    this.policies = policies;
    this.events = events;
  }

  /** {@code GET …/finding-template}: the template of the release's policy. */
  void template(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return FindingTemplateView.of(policies.of(tx, ref.release()));
            }));
  }

  /** {@code POST …/findings}: a granted evaluator files a finding on a release in review. */
  void file(Context ctx, Principal caller) {
    FindingRequest body = Json.read(ctx, FindingRequest.class);
    FindingView view =
        context
            .db()
            .transaction(
                tx -> {
                  ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
                  ReleaseState state = ref.release().state();
                  if (state != ReleaseState.IN_REVIEW) {
                    throw ApiException.conflict(
                        "not_in_review",
                        ref.label()
                            + " is "
                            + state.wireName()
                            + "; findings are filed while its review window is open",
                        Map.of("state", state.wireName()),
                        "Comment on an existing finding instead, or report harm through the"
                            + " registry's incident process.");
                  }
                  if (AccessGrants.activeGrant(tx, caller, ref.release()).isEmpty()) {
                    throw ApiException.forbidden(
                        "filing a finding on " + ref.label() + " needs an active access grant",
                        "Request access: POST …/releases/"
                            + ref.release().versionLabel()
                            + "/access-requests.");
                  }
                  Policy policy = policies.of(tx, ref.release());
                  FindingTemplate template = policy.review().findings();
                  FindingContent content = FindingForm.read(body, template);
                  Instant now = context.clock().instant();
                  Finding finding =
                      Findings.findings(tx)
                          .create(
                              ref.release().id(),
                              caller.requireUserId(),
                              content,
                              ResponseDeadline.after(now, template, content.severity()));
                  events.filed(tx, caller.requireUserId(), ref, finding);
                  return views(tx, caller, ref).of(finding);
                });
    ctx.status(201).json(view);
  }

  /** {@code GET …/findings?state=&severity=}: the release's findings, oldest first. */
  void list(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    String state = ctx.queryParam("state");
    String severity = ctx.queryParam("severity");
    if (state != null && !STATES.contains(state)) {
      throw invalidParameter("state", state, STATES);
    }
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              FindingViews views = views(tx, caller, ref);
              List<String> scale =
                  views.rules().findings().severities().stream().map(FindingSeverity::id).toList();
              if (severity != null && !scale.contains(severity)) {
                throw invalidParameter("severity", severity, scale);
              }
              Page<Finding> page =
                  Findings.findings(tx)
                      .listByRelease(ref.release().id(), filter(state, severity), request);
              return new FindingList(
                  page.items().stream().map(views::of).toList(), page.next().orElse(null));
            }));
  }

  /** {@code GET …/findings/{finding}}. */
  void get(Context ctx, Principal caller) {
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              return views(tx, caller, ref).of(FindingAccess.finding(tx, ref, ctx));
            }));
  }

  /** The views of {@code ref}'s findings for {@code caller}. */
  FindingViews views(Repositories tx, Principal caller, ReleaseRef ref) {
    return new FindingViews(
        tx,
        ref,
        policies.of(tx, ref.release()).review(),
        FindingAccess.seesRedacted(tx, caller, ref),
        context.clock().instant());
  }

  private static FindingFilter filter(String state, String severity) {
    if (state == null) {
      return new FindingFilter(null, null, severity);
    }
    if (state.equals("duplicate")) {
      return new FindingFilter(null, true, severity);
    }
    return new FindingFilter(FindingState.fromCode(state), false, severity);
  }

  private static ApiException invalidParameter(String name, String value, List<String> allowed) {
    return ApiException.badRequest(
        "invalid_parameter",
        name + " '" + FindingAccess.printable(value) + "' is not one of " + allowed,
        Map.of("parameter", name, "allowed", new ArrayList<>(allowed)),
        "Leave " + name + " out for all findings, or give one of " + allowed + ".");
  }
}
