package dev.clearance.server.release;

import dev.clearance.server.audit.LogEvidence;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/**
 * The endpoints of models, releases, dossier files, checks, transitions and waivers (issue 5 items
 * 3 and 4; REV-1, REV-2, OPS-2, OPS-3). Endpoints open to anyone still hide pre-release material
 * from callers without a right to it ({@link ReleaseVisibility}: 404).
 */
public final class ReleaseEndpoints {

  private static final String MODELS = "/api/v1/orgs/{org}/models";
  private static final String MODEL = MODELS + "/{model}";
  private static final String RELEASES = MODEL + "/releases";
  private static final String RELEASE = RELEASES + "/{version}";

  private ReleaseEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    ModelHandlers models = new ModelHandlers(context);
    ReleaseHandlers releases = new ReleaseHandlers(context);
    DossierFileHandlers files = new DossierFileHandlers(context);
    CheckHandlers checks = new CheckHandlers(context);
    TransitionHandlers transitions = new TransitionHandlers(context);
    WaiverHandlers waivers = new WaiverHandlers(context);
    return List.of(
        Endpoint.withBody(
            Method.PUT,
            MODEL,
            "putModel",
            "models",
            "Create a model of the organization if absent (201), else return it (200)",
            Access.releaser(),
            ModelRequest.class,
            "{\"displayName\": \"Tiny Classifier\"}",
            ModelView.class,
            201,
            models::put),
        Endpoint.of(
            Method.GET,
            MODELS,
            "listModels",
            "models",
            "The organization's models the caller may see (paginated: limit, after)",
            Access.anyone(),
            ModelList.class,
            models::list),
        Endpoint.of(
            Method.GET,
            MODEL,
            "getModel",
            "models",
            "A model; 404 unless it has a public release or the caller may see pre-release material",
            Access.anyone(),
            ModelView.class,
            models::get),
        Endpoint.withBody(
            Method.PUT,
            RELEASE,
            "putRelease",
            "releases",
            "Create a draft release if absent (201), else return it (200); ETag is its revision",
            Access.releaser(),
            ReleaseRequest.class,
            "{}",
            ReleaseView.class,
            201,
            releases::put),
        Endpoint.of(
            Method.GET,
            RELEASES,
            "listReleases",
            "releases",
            "The model's releases the caller may see (paginated: limit, after)",
            Access.anyone(),
            ReleaseList.class,
            releases::list),
        Endpoint.of(
            Method.GET,
            RELEASE,
            "getRelease",
            "releases",
            "A release with state, tier, policy, root digest and review window; ETag is its"
                + " revision; 404 before release for callers without a right",
            Access.anyone(),
            ReleaseView.class,
            releases::get),
        Endpoint.of(
            Method.GET,
            RELEASE + "/log-evidence",
            "getReleaseLogEvidence",
            "releases",
            "The audit log entries about the release with inclusion proofs, the signed checkpoint"
                + " and the log's key, for clearance verify --log-evidence (offline)",
            Access.anyone(),
            LogEvidence.class,
            releases::logEvidence),
        Endpoint.of(
            Method.PUT,
            RELEASE + "/files",
            "uploadReleaseFile",
            "releases",
            "Upload one dossier file (?path=relative/path, raw bytes, Content-Type"
                + " application/octet-stream) while the release is a draft",
            Access.releaser(),
            ReleaseFileView.class,
            files::upload),
        Endpoint.of(
            Method.GET,
            RELEASE + "/files",
            "listReleaseFiles",
            "releases",
            "The dossier's files: path, kind, size, SHA-256",
            Access.anyone(),
            ReleaseFileList.class,
            files::list),
        Endpoint.of(
            Method.GET,
            RELEASE + "/files/content",
            "downloadReleaseFile",
            "releases",
            "The bytes of one dossier file (?path=relative/path)",
            Access.anyone(),
            byte[].class,
            files::download),
        Endpoint.of(
            Method.POST,
            RELEASE + "/check",
            "checkRelease",
            "releases",
            "Run the checker on the uploaded files, store and return the JSON report",
            Access.releaser(),
            Object.class,
            checks::check),
        Endpoint.of(
            Method.GET,
            RELEASE + "/report",
            "getReleaseReport",
            "releases",
            "The latest check report (the JSON of clearance check --format json)",
            Access.anyone(),
            Object.class,
            checks::report),
        Endpoint.withBody(
            Method.POST,
            RELEASE + "/transitions",
            "transitionRelease",
            "releases",
            "Take a release action (If-Match: \"<revision>\" optional); 409 guard_failed lists"
                + " the failed guards",
            Access.releaserOrSteward(),
            TransitionRequest.class,
            "{\"action\": \"retract\", \"reason\": \"a license problem was found\"}",
            ReleaseView.class,
            200,
            transitions::post),
        Endpoint.of(
            Method.GET,
            RELEASE + "/actions",
            "listReleaseActions",
            "releases",
            "Every action the release's state allows, as the caller could take it now: allowed,"
                + " or blocked by who may act and the failed guards (the texts of a refused"
                + " transition), with the review window's days left; changes nothing",
            Access.anyone(),
            ReleaseActionsView.class,
            transitions::actions),
        Endpoint.of(
            Method.GET,
            RELEASE + "/transitions",
            "listReleaseTransitions",
            "releases",
            "The release's state history, oldest first",
            Access.anyone(),
            TransitionList.class,
            transitions::list),
        Endpoint.withBody(
            Method.POST,
            RELEASE + "/waivers",
            "waiveReleaseGuard",
            "releases",
            "Waive a failed checks_pass guard with a reason (stewards)",
            Access.steward(),
            WaiverRequest.class,
            "{\"guard\": \"checks_pass\", \"reason\": \"the failed section is covered by the"
                + " linked paper\"}",
            WaiverView.class,
            201,
            waivers::post));
  }
}
