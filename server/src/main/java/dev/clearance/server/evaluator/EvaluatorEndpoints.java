package dev.clearance.server.evaluator;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.EndpointHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluator vetting (REV-3): applications by signed-in users, the stewards' queue and decisions,
 * and evaluator profiles. Every decision is an {@code evaluator.<verb>} audit event about the
 * applicant (ACC-1).
 */
public final class EvaluatorEndpoints {

  static final String APPLICATIONS = "/api/v1/evaluator-applications";
  private static final String APPLICATION = APPLICATIONS + "/{application}";
  private static final String EVALUATOR = "/api/v1/evaluators/{user}";
  private static final String TAG = "evaluators";

  private static final String EXAMPLE_APPLICATION =
      "{\"affiliation\": \"Example University, Responsible AI Lab\","
          + " \"expertise\": [\"bias\", \"privacy\"],"
          + " \"statement\": \"I evaluate language models for demographic bias.\","
          + " \"conflicts\": [{\"kind\": \"paid_engagement\","
          + " \"description\": \"Consulting for Example Labs\", \"date\": \"2026-03-01\"}]}";
  private static final String EXAMPLE_REASON =
      "{\"reason\": \"credentials checked, see ticket 42\"}";

  private EvaluatorEndpoints() {}

  /** The vetting endpoints, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    ApplicationHandlers applications = new ApplicationHandlers(context);
    VettingHandlers vetting = new VettingHandlers(context);
    ConflictDeclarations conflicts = new ConflictDeclarations(context);
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.add(
        Endpoint.withBody(
            Method.POST,
            APPLICATIONS,
            "applyAsEvaluator",
            TAG,
            "Apply to become a vetted evaluator: affiliation, expertise, statement of purpose and"
                + " declared conflicts of interest (one open application per user)",
            Access.signedIn(),
            ApplicationRequest.class,
            EXAMPLE_APPLICATION,
            ApplicationView.class,
            201,
            applications::apply));
    endpoints.add(
        Endpoint.of(
            Method.GET,
            "/api/v1/me/evaluator-applications",
            "listOwnEvaluatorApplications",
            TAG,
            "The caller's own evaluator applications, newest first; the first is their status",
            Access.signedIn(),
            ApplicationList.class,
            applications::listOwn));
    endpoints.add(
        Endpoint.of(
            Method.GET,
            APPLICATIONS,
            "listEvaluatorApplications",
            TAG,
            "The vetting queue: applications with ?status= (default pending), oldest first"
                + " (paginated)",
            Access.steward(),
            ApplicationList.class,
            (ctx, caller) -> vetting.queue(ctx)));
    endpoints.add(
        Endpoint.of(
            Method.GET,
            APPLICATION,
            "getEvaluatorApplication",
            TAG,
            "One evaluator application with statement and conflicts (its applicant and stewards"
                + " only; 404 for anyone else)",
            Access.signedIn(),
            ApplicationView.class,
            applications::get));
    endpoints.add(
        Endpoint.withBody(
            Method.POST,
            "/api/v1/me/evaluator-conflicts",
            "declareEvaluatorConflict",
            TAG,
            "Declare a conflict of interest that arose after applying: it joins your open"
                + " application, and your access to and requests for that organization's releases"
                + " end",
            Access.signedIn(),
            ConflictRequest.class,
            "{\"kind\": \"employment\", \"organization\": \"acme\"}",
            ConflictDeclared.class,
            201,
            conflicts::declare));
    endpoints.add(
        Endpoint.of(
            Method.POST,
            APPLICATION + "/withdraw",
            "withdrawEvaluatorApplication",
            TAG,
            "Withdraw one's own pending application (If-Match: its version)",
            Access.signedIn(),
            ApplicationView.class,
            applications::withdraw));
    for (Decision decision : List.of(Decision.APPROVE, Decision.REJECT)) {
      endpoints.add(
          decision(
              APPLICATION,
              decision,
              decision == Decision.APPROVE
                  ? "Approve a pending application: the user becomes a vetted evaluator (optional"
                      + " reason)"
                  : "Reject a pending application with a reason; the user may apply again",
              (ctx, caller) -> vetting.decideApplication(ctx, caller, decision)));
    }
    for (Decision decision : List.of(Decision.SUSPEND, Decision.REINSTATE, Decision.REVOKE)) {
      endpoints.add(
          decision(
              EVALUATOR,
              decision,
              switch (decision) {
                case SUSPEND ->
                    "Suspend a vetted evaluator with a reason: the role stops working, the record"
                        + " stays";
                case REINSTATE -> "Reinstate a suspended evaluator (optional reason)";
                default ->
                    "Revoke an evaluator with a reason, for good; only a new approved application"
                        + " restores the role";
              },
              (ctx, caller) -> vetting.decideEvaluator(ctx, caller, decision)));
    }
    endpoints.add(
        Endpoint.of(
            Method.GET,
            EVALUATOR,
            "getEvaluator",
            TAG,
            "An evaluator's profile: handle, affiliation, expertise and status (vetted, suspended"
                + " or revoked)",
            Access.signedIn(),
            EvaluatorProfile.class,
            (ctx, caller) -> vetting.profile(ctx)));
    return List.copyOf(endpoints);
  }

  private static Endpoint decision(
      String base, Decision decision, String summary, EndpointHandler handler) {
    String verb = decision.verb();
    String operationId = verb + (base.equals(EVALUATOR) ? "Evaluator" : "EvaluatorApplication");
    return Endpoint.withBody(
        Method.POST,
        base + "/" + verb,
        operationId,
        TAG,
        summary + " (If-Match: the application's version)",
        Access.steward(),
        DecisionRequest.class,
        EXAMPLE_REASON,
        ApplicationView.class,
        200,
        handler);
  }
}
