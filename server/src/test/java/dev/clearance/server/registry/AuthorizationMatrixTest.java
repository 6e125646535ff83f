package dev.clearance.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Page;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.finding.FindingContent;
import dev.clearance.store.finding.FindingRepository;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.incident.IncidentRepository;
import dev.clearance.store.incident.NewIncident;
import dev.clearance.store.incident.ReportedIncident;
import dev.clearance.store.notify.WebhookRepository;
import dev.clearance.store.review.AccessGrantRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint and every web page of the registry × every kind of caller (OPS-3), generated from
 * the endpoint and page tables: a new endpoint or page is covered without editing this test, and
 * one whose path parameter has no fixture value fails here until the fixture knows it. For each
 * endpoint a fresh world is built (an organization with a draft release for which the auditor is
 * engaged, another organization), so requests that change state do not affect the next endpoint.
 * Expected: 401 for the anonymous public on non-public endpoints, 403 for callers without the role,
 * 404 for pre-release material to callers without a right to it, and for everyone else anything but
 * 401, 403 and 404. A page answers a 401 by redirecting (303) to the sign-in page, which counts as
 * 401 here.
 */
class AuthorizationMatrixTest extends RegistryTestBase {

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  /** The name of the signing key registered in every world's organization. */
  private static final String KEY_NAME = "release-key";

  /** Where the example is copied and signed. */
  @TempDir Path signingFolder;

  /** The example signed once per run; its key is registered in every world's organization. */
  private SignedModel signed;

  /** What a caller is, for deciding the expected status. */
  enum Caller {
    ANONYMOUS,
    USER,
    EVALUATOR,
    AUDITOR,
    OTHER_ORG_ADMIN,
    RELEASER,
    ADMIN,
    STEWARD
  }

  /**
   * The organization, its model with one release and callers of one row of the matrix.
   *
   * @param released false: the model's only release is a draft (pre-release material); true: it was
   *     released
   */
  private record World(
      String org,
      String model,
      String version,
      boolean released,
      Map<Caller, ApiClient> callers,
      String engagement) {}

  /**
   * Values made once per world on first use (a firm, its auditor, a conflict), by world and name.
   */
  private final Map<String, String> perWorld = new java.util.HashMap<>();

  /** Callers whose rights do not depend on the world's organization, made once. */
  private Map<Caller, ApiClient> outsiders;

  private java.net.URI outsidersServer;

  /** The other organization's slug (its admin is {@link Caller#OTHER_ORG_ADMIN}). */
  private String rival;

  private World world(boolean released) {
    if (outsiders == null || !registry.baseUri().equals(outsidersServer)) {
      outsidersServer = registry.baseUri();
      outsiders = new LinkedHashMap<>();
      outsiders.put(Caller.ANONYMOUS, anonymous);
      outsiders.put(Caller.USER, user("user"));
      outsiders.put(Caller.EVALUATOR, user("evaluator", GlobalRole.EVALUATOR));
      outsiders.put(Caller.AUDITOR, user("auditor", GlobalRole.AUDITOR));
      rival = organization("rival");
      outsiders.put(Caller.OTHER_ORG_ADMIN, member(rival, OrgRole.ADMIN, "rival-admin"));
      approveAuditorOutsider(outsiders.get(Caller.AUDITOR));
    }
    String org = organization("acme");
    Map<Caller, ApiClient> callers = new LinkedHashMap<>(outsiders);
    callers.put(Caller.RELEASER, member(org, OrgRole.RELEASER, "releaser"));
    callers.put(Caller.ADMIN, member(org, OrgRole.ADMIN, "admin"));
    callers.put(Caller.STEWARD, steward);
    String model = unique("model");
    String version = "1.0";
    ApiClient releaser = callers.get(Caller.RELEASER);
    releaser.put("/api/v1/orgs/" + org + "/models/" + model, "{}");
    String release = "/api/v1/orgs/" + org + "/models/" + model + "/releases/" + version;
    releaser.put(release, "{}");
    uploadAndCheck(org, release, callers.get(Caller.ADMIN), releaser);
    String engagement = engage(release, releaser, callers.get(Caller.AUDITOR));
    if (released) {
      release(release, releaser);
    }
    return new World(org, model, version, released, callers, engagement);
  }

  /**
   * Makes the {@link Caller#AUDITOR} an approved auditor of a firm of its own, with a registered
   * key named {@value #KEY_NAME}, so that endpoints on an auditor's own engagements, keys and
   * conflicts find them.
   */
  private void approveAuditorOutsider(ApiClient auditor) {
    Audits.approvedAuditor(steward, Audits.approvedFirm(steward, unique("matrix-firm")), auditor);
    Audits.registeredKey(auditor, KEY_NAME);
  }

  /** The releaser engages the {@link Caller#AUDITOR} for the release (requested, not accepted). */
  private static String engage(String release, ApiClient releaser, ApiClient auditor) {
    ApiResponse engaged =
        releaser.post(
            release + "/engagements",
            "{\"auditor\": \"" + auditor.name() + "\", \"scope\": \"safety\"}");
    assertThat(engaged.status()).as(engaged.toString()).isEqualTo(201);
    return engaged.json().path("id").asText();
  }

  /** A value made on first use in {@code world}, e.g. a firm of its own. */
  private String once(World world, String name, java.util.function.Supplier<String> make) {
    return perWorld.computeIfAbsent(world.org() + "/" + name, key -> make.get());
  }

  /** A new approved firm of {@code world}. */
  private String firm(World world) {
    return once(world, "firm", () -> Audits.approvedFirm(steward, unique("firm")));
  }

  /** A new user approved as an auditor of {@code world}'s firm. */
  private String firmAuditor(World world) {
    return once(
        world,
        "firm-auditor",
        () -> {
          ApiClient auditor = user("firm-auditor");
          Audits.approvedAuditor(steward, firm(world), auditor);
          return auditor.name();
        });
  }

  /** A conflict the {@link Caller#AUDITOR} declared toward the rival organization. */
  private String conflict(World world) {
    return once(
        world,
        "conflict",
        () -> {
          ApiResponse declared =
              world
                  .callers()
                  .get(Caller.AUDITOR)
                  .post(
                      "/api/v1/me/conflicts",
                      "{\"organization\": \"" + rival + "\", \"kind\": \"funding\"}");
          assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
          return declared.json().path("id").asText();
        });
  }

  /**
   * A certification of the world's organization, requested by its admin and certified by the
   * steward, so that it is public (everyone may read it) and open (it can be revoked or withdrawn).
   */
  private String certificationOf(World world) {
    return once(
        world,
        "certification",
        () -> {
          ApiResponse requested =
              world
                  .callers()
                  .get(Caller.ADMIN)
                  .post(
                      "/api/v1/orgs/" + world.org() + "/certifications",
                      "{\"statement\": \"We comply.\"}");
          assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
          String id = requested.json().path("id").asText();
          ApiResponse certified = steward.post("/api/v1/certifications/" + id + "/certify", "{}");
          assertThat(certified.status()).as(certified.toString()).isEqualTo(200);
          return id;
        });
  }

  /**
   * An incident reported on the world's release, written to the store (reporting through the API
   * needs a released model, and the draft world has none); one per world.
   */
  private ReportedIncident incidentOf(World world) {
    String key = world.org() + " incident";
    ReportedIncident known = incidents.get(key);
    if (known != null) {
      return known;
    }
    ReportedIncident reported =
        tx(
            tx -> {
              String orgId = tx.organizations().findBySlug(world.org()).orElseThrow().id();
              String modelId = tx.models().findByName(orgId, world.model()).orElseThrow().id();
              String releaseId =
                  tx.releases().findByVersion(modelId, world.version()).orElseThrow().id();
              java.time.Instant now = tx.clock().instant();
              return new IncidentRepository(tx.handle(), tx.clock())
                  .report(
                      new NewIncident(
                          releaseId,
                          "harm",
                          "medium",
                          "Matrix report",
                          "Reported by the authorization matrix.",
                          null,
                          null,
                          now.plus(java.time.Duration.ofHours(72)),
                          now.plus(java.time.Duration.ofDays(30))));
            });
    incidents.put(key, reported);
    return reported;
  }

  private final Map<String, ReportedIncident> incidents = new java.util.HashMap<>();

  /**
   * Registers the signing key (as the organization's admin), uploads the signed example Tier 1
   * dossier with its bundle and checks it: a report with a verified signature exists.
   */
  private void uploadAndCheck(String org, String release, ApiClient admin, ApiClient releaser) {
    if (signed == null || !java.nio.file.Files.isDirectory(signed.folder())) {
      signed = SignedModel.ofExample("tiny-classifier", signingFolder);
    }
    signed.registered(admin, org, KEY_NAME);
    signed.upload(releaser, release);
    ApiResponse checked = releaser.post(release + "/check", "");
    assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
  }

  /** Takes the checked example release from draft to released through the API. */
  private void release(String release, ApiClient releaser) {
    List<ApiResponse> steps =
        List.of(
            releaser.post(release + "/transitions", "{\"action\": \"submit\"}"),
            steward.post(release + "/transitions", "{\"action\": \"start_review\"}"),
            steward.post(release + "/transitions", "{\"action\": \"approve\"}"),
            releaser.post(release + "/transitions", "{\"action\": \"release\"}"));
    assertThat(steps).allMatch(step -> step.status() == 200, "every step to released succeeds");
  }

  @Test
  void everyEndpoint_everyCaller_preReleaseWorld_getsTheStatusItsAccessRuleGives() {
    assertThat(violations(false)).isEmpty();
  }

  @Test
  void everyEndpoint_everyCaller_releasedWorld_getsTheStatusItsAccessRuleGives() {
    assertThat(violations(true)).isEmpty();
  }

  @Test
  void everyPage_everyCaller_preReleaseWorld_getsTheStatusItsAccessRuleGives() {
    assertThat(pageViolations(false)).isEmpty();
  }

  @Test
  void everyPage_everyCaller_releasedWorld_getsTheStatusItsAccessRuleGives() {
    assertThat(pageViolations(true)).isEmpty();
  }

  private List<String> pageViolations(boolean released) {
    List<String> violations = new ArrayList<>();
    List<Page> pages = registry.http().pages().pages();
    for (Page page : pages) {
      World world = world(released);
      for (Caller caller : Caller.values()) {
        String path = fill(page.path(), page.access(), world, caller);
        ApiResponse response =
            world
                .callers()
                .get(caller)
                .send(
                    page.method().name(),
                    path,
                    page.method() == Endpoint.Method.POST ? new byte[0] : null,
                    page.method() == Endpoint.Method.POST
                        ? "application/x-www-form-urlencoded"
                        : null,
                    Map.of("Accept", "text/html"));
        boolean toSignIn =
            response.status() == 303
                && response.headers().firstValue("Location").orElse("").startsWith("/login");
        Expected expected = expected(page.access(), page.path(), caller, world.released());
        if (!expected.matches(toSignIn ? 401 : response.status())) {
          violations.add(
              page.method()
                  + " "
                  + page.path()
                  + " (page) as "
                  + caller
                  + ": expected "
                  + expected
                  + ", got "
                  + response.status()
                  + (toSignIn ? " to sign-in" : ""));
        }
      }
    }
    assertThat(pages).isNotEmpty();
    return violations;
  }

  private List<String> violations(boolean released) {
    List<String> violations = new ArrayList<>();
    List<Endpoint> endpoints = registry.http().table().endpoints();
    for (Endpoint endpoint : endpoints) {
      // One world per endpoint; callers without rights go first, so changes made by the entitled
      // ones (last) cannot hide a leak to the others.
      World world = world(released);
      for (Caller caller : Caller.values()) {
        String path = fill(endpoint.path(), endpoint.access(), world, caller);
        byte[] body =
            endpoint.exampleBody().map(json -> json.getBytes(StandardCharsets.UTF_8)).orElse(null);
        ApiResponse response =
            world
                .callers()
                .get(caller)
                .send(
                    endpoint.method().name(),
                    path,
                    body,
                    body == null ? null : "application/json",
                    Map.of());
        Expected expected = expected(endpoint.access(), endpoint.path(), caller, world.released());
        if (!expected.matches(response.status())) {
          violations.add(
              endpoint.method()
                  + " "
                  + endpoint.path()
                  + " as "
                  + caller
                  + ": expected "
                  + expected
                  + ", got "
                  + response);
        }
      }
    }
    assertThat(endpoints).isNotEmpty();
    return violations;
  }

  /** The status a caller must get, from the access rule and what the path names. */
  private static Expected expected(Access access, String route, Caller caller, boolean released) {
    // A model whose only release is a draft is pre-release material, and so is the draft.
    boolean releaseScoped = !released && route.contains("{model}");
    boolean entitled =
        caller == Caller.RELEASER || caller == Caller.ADMIN || caller == Caller.STEWARD;
    return switch (access) {
      case Access.Anyone anyone ->
          releaseScoped && !entitled ? Expected.exactly(404) : Expected.ALLOWED;
      // The fixture's bootstrap token was used when the registry started: nobody holds it now.
      case Access.BootstrapToken bootstrap -> Expected.exactly(403);
      case Access.SignedIn signedIn ->
          caller == Caller.ANONYMOUS
              ? Expected.exactly(401)
              : releaseScoped && !entitled ? Expected.exactly(404) : Expected.ALLOWED;
      case Access.Steward steward ->
          caller == Caller.ANONYMOUS
              ? Expected.exactly(401)
              : caller == Caller.STEWARD ? Expected.ALLOWED : Expected.exactly(403);
      case Access.GlobalRoles needed -> {
        if (caller == Caller.ANONYMOUS) {
          yield Expected.exactly(401);
        }
        GlobalRole held =
            switch (caller) {
              case EVALUATOR -> GlobalRole.EVALUATOR;
              case AUDITOR -> GlobalRole.AUDITOR;
              case STEWARD -> GlobalRole.STEWARD;
              default -> null;
            };
        boolean allowed = held != null && needed.roles().contains(held);
        yield !allowed
            ? Expected.exactly(403)
            : releaseScoped && !entitled ? Expected.exactly(404) : Expected.ALLOWED;
      }
      // The matrix's findings are filed by its EVALUATOR, who therefore takes part in their review.
      case Access.ReviewParticipant participant -> {
        if (caller == Caller.ANONYMOUS) {
          yield Expected.exactly(401);
        }
        if (!entitled && caller != Caller.EVALUATOR) {
          yield Expected.exactly(403);
        }
        yield releaseScoped && !entitled ? Expected.exactly(404) : Expected.ALLOWED;
      }
      case Access.OrgMember member -> {
        if (caller == Caller.ANONYMOUS) {
          yield Expected.exactly(401);
        }
        boolean memberEnough =
            caller == Caller.ADMIN
                || (caller == Caller.RELEASER && member.role() == OrgRole.RELEASER);
        boolean allowed = memberEnough || (member.stewardAllowed() && caller == Caller.STEWARD);
        yield allowed ? Expected.ALLOWED : Expected.exactly(403);
      }
    };
  }

  /** The route's path with the world's values for its parameters. */
  private String fill(String route, Access access, World world, Caller caller) {
    Matcher matcher = PARAMETER.matcher(route);
    StringBuilder path = new StringBuilder();
    String finding = null;
    while (matcher.find()) {
      String value =
          switch (matcher.group(1)) {
            case "org" -> world.org();
            case "model" -> world.model();
            case "version" -> world.version();
            case "user" ->
                route.contains("/members/")
                    ? member(world.org(), OrgRole.RELEASER, "member").name()
                    : route.startsWith("/api/v1/evaluators/")
                        ? user("vetted", GlobalRole.EVALUATOR).name()
                        : route.startsWith("/api/v1/audit-firms/")
                            ? firmAuditor(world)
                            : route.startsWith("/api/v1/auditors/")
                                ? world.callers().get(Caller.AUDITOR).name()
                                : world.callers().get(Caller.USER).name();
            case "application" ->
                access instanceof Access.Steward
                    ? application(user("applicant"))
                    : ownApplication(world.callers().get(caller));
            case "subject" -> "release-" + world.model();
            case "tokenId" -> ownToken(world.callers().get(caller));
            case "role" -> "evaluator";
            case "key" -> KEY_NAME;
            case "notificationId" -> ownNotification(world.callers().get(caller));
            case "webhookId" -> webhookOf(route, world);
            case "grant" -> grantOf(world);
            case "finding" -> finding = findingOf(world);
            case "attachment" -> attachmentOf(world, finding);
            case "firm" -> firm(world);
            case "engagement" -> world.engagement();
            case "conflict" -> conflict(world);
            case "certification" -> certificationOf(world);
            case "incident" -> incidentOf(world).incident().id();
            case "reference" -> incidentOf(world).reference();
            default ->
                throw new AssertionError(
                    "the authorization matrix has no value for {"
                        + matcher.group(1)
                        + "} of "
                        + route
                        + ": add one to fill()");
          };
      matcher.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /**
   * The id of a new access grant to the world's release for a new evaluator (not one of the
   * callers, whose visibility it would change), written to the store so that it exists in the
   * released world too.
   */
  private String grantOf(World world) {
    ApiClient evaluator = user("granted", GlobalRole.EVALUATOR);
    return tx(
        tx -> {
          String orgId = tx.organizations().findBySlug(world.org()).orElseThrow().id();
          String modelId = tx.models().findByName(orgId, world.model()).orElseThrow().id();
          String releaseId =
              tx.releases().findByVersion(modelId, world.version()).orElseThrow().id();
          String evaluatorId = tx.users().findByHandle(evaluator.name()).orElseThrow().id();
          return new AccessGrantRepository(tx.handle(), tx.clock())
              .create(releaseId, evaluatorId, "matrix", null, evaluatorId, null)
              .id();
        });
  }

  /**
   * The id of a new finding on the world's release, filed by the {@link Caller#EVALUATOR} (without
   * a grant, so it sees the release only once released), written to the store so that it exists in
   * the released world too.
   */
  private String findingOf(World world) {
    String evaluator = world.callers().get(Caller.EVALUATOR).name();
    return tx(
        tx -> {
          String orgId = tx.organizations().findBySlug(world.org()).orElseThrow().id();
          String modelId = tx.models().findByName(orgId, world.model()).orElseThrow().id();
          String releaseId =
              tx.releases().findByVersion(modelId, world.version()).orElseThrow().id();
          String evaluatorId = tx.users().findByHandle(evaluator).orElseThrow().id();
          FindingContent content =
              new FindingContent(
                  "matrix", "other", "low", List.of(world.version()), null, null, null, null);
          return new FindingRepository(tx.handle(), tx.clock())
              .create(releaseId, evaluatorId, content, tx.clock().instant().plusSeconds(86_400))
              .id();
        });
  }

  /** The id of a new attachment of {@code finding}, uploaded by the world's releaser. */
  private static String attachmentOf(World world, String finding) {
    String path =
        "/api/v1/orgs/"
            + world.org()
            + "/models/"
            + world.model()
            + "/releases/"
            + world.version()
            + "/findings/"
            + finding
            + "/attachments?name=evidence.txt";
    ApiResponse uploaded =
        world
            .callers()
            .get(Caller.RELEASER)
            .send(
                "POST",
                path,
                "outputs".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream",
                Map.of());
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded.json().path("id").asText();
  }

  /** The id of a new API token of {@code client}'s user; any id for the anonymous public. */
  private String ownToken(ApiClient client) {
    if (client.token().isEmpty()) {
      return "0190b2d4-0000-7000-8000-000000000000";
    }
    ApiResponse created =
        client.post("/api/v1/me/tokens", "{\"name\": \"" + unique("matrix") + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /** The id of a new notification in {@code client}'s inbox; any id for the anonymous public. */
  private String ownNotification(ApiClient client) {
    if (client.token().isEmpty()) {
      return "0190b2d4-0000-7000-8000-000000000000";
    }
    String userId = tx(tx -> tx.users().findByHandle(client.name()).orElseThrow().id());
    return db.transaction(
            tx ->
                registry
                    .context()
                    .notifier()
                    .notify(
                        tx,
                        new NotificationEvent(
                            NotificationKind.RESPONSE_DUE,
                            Optional.empty(),
                            "Matrix",
                            "A notification of the authorization matrix",
                            "/api/v1/me",
                            Recipients.users(userId))))
        .eventId();
  }

  /**
   * A new webhook of the world's organization (organization paths) or of the registry, registered
   * directly in the store.
   */
  private String webhookOf(String route, World world) {
    boolean ofOrganization = route.startsWith("/api/v1/orgs/");
    ApiClient owner = ofOrganization ? world.callers().get(Caller.ADMIN) : steward;
    return tx(
        tx -> {
          String ownerId = tx.users().findByHandle(owner.name()).orElseThrow().id();
          String orgId =
              ofOrganization ? tx.organizations().findBySlug(world.org()).orElseThrow().id() : null;
          return new WebhookRepository(tx.handle(), tx.clock())
              .add(
                  orgId,
                  "https://hooks.example.org/matrix",
                  Set.of("window_opened"),
                  "whsec_matrix",
                  ownerId)
              .id();
        });
  }

  /** The id of a new evaluator application of {@code applicant}. */
  private static String application(ApiClient applicant) {
    ApiResponse applied =
        applicant.post(
            "/api/v1/evaluator-applications",
            "{\"affiliation\": \"Matrix Lab\", \"expertise\": [\"bias\"],"
                + " \"statement\": \"Testing access rules.\", \"conflicts\": []}");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    return applied.json().path("id").asText();
  }

  /**
   * The id of the latest evaluator application of {@code client}'s user (a new one if they have
   * none); any id for the anonymous public.
   */
  private static String ownApplication(ApiClient client) {
    if (client.token().isEmpty()) {
      return "0190b2d4-0000-7000-8000-000000000000";
    }
    ApiResponse own = client.get("/api/v1/me/evaluator-applications");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    return own.json().path("items").isEmpty()
        ? application(client)
        : own.json().path("items").get(0).path("id").asText();
  }

  /** An expected status: one exact code, or "allowed" (anything but 401, 403, 404). */
  private record Expected(int status) {
    static final Expected ALLOWED = new Expected(0);

    static Expected exactly(int status) {
      return new Expected(status);
    }

    boolean matches(int actual) {
      return status == 0 ? actual != 401 && actual != 403 && actual != 404 : actual == status;
    }

    @Override
    public String toString() {
      return status == 0 ? "allowed (not 401/403/404)" : String.valueOf(status);
    }
  }
}
