package dev.clearance.server.testing;

import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.evaluator.Evaluators;
import dev.clearance.server.notify.NotificationConfig;
import dev.clearance.server.registry.RegistryConfig;
import dev.clearance.server.registry.RegistryServer;
import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorApplicationRepository;
import dev.clearance.store.evaluator.EvaluatorStatus;
import dev.clearance.store.identity.Bootstrap;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.User;
import dev.clearance.store.testing.BothDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * Base of tests through the registry's HTTP API: each test class runs once on SQLite and once on
 * PostgreSQL ({@link BothDatabases}), against a real server on a free loopback port with its own
 * data folder and the mutable {@link #clock}. Callers are set up directly in the store (users,
 * roles, memberships, API tokens), then act only through HTTP.
 */
public abstract class RegistryTestBase extends BothDatabases {

  protected RegistryServer registry;
  protected Path dataFolder;
  protected NoteSigner logSigner;

  /** Where the registry's email goes, when {@link #sendsEmail} says it sends any. */
  protected TestMailbox mailbox;

  /** The anonymous public. */
  protected ApiClient anonymous;

  /** The first steward, created through the bootstrap token. */
  protected ApiClient steward;

  @BeforeParameterizedClassInvocation
  void startRegistry() throws Exception {
    dataFolder = Files.createTempDirectory("clearance-registry-test");
    logSigner = NoteSigner.generate("test.clearance.dev/log");
    registry =
        RegistryServer.start(
            new RegistryConfig(
                ServerConfig.loopback(), dataFolder, 1L << 20, logSigner, notificationConfig()),
            db,
            PolicyLoader.bundled(PolicyLoader.DEFAULT),
            clock,
            "test");
    anonymous = new ApiClient(registry.baseUri(), Optional.empty(), "anonymous");
    String bootstrapToken = registry.bootstrapToken().orElseThrow();
    User first =
        new Bootstrap(db)
            .redeem(bootstrapToken, unique("steward"), "First Steward", null, null)
            .orElseThrow();
    steward = clientFor(first, "steward");
  }

  @AfterParameterizedClassInvocation
  void stopRegistry() throws IOException {
    if (registry != null) {
      registry.close();
    }
    if (mailbox != null) {
      mailbox.close();
    }
    if (dataFolder != null) {
      try (var files = Files.walk(dataFolder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * The registry's notification settings: {@link TestNotifications#config()}, with email to a new
   * {@link #mailbox} when {@link #sendsEmail}; called once per database, before the registry
   * starts.
   */
  protected NotificationConfig notificationConfig() {
    if (sendsEmail()) {
      mailbox = TestMailbox.start();
      return mailbox.notificationConfig();
    }
    return TestNotifications.config();
  }

  /** Whether the registry sends email, to {@link #mailbox}; a test class that needs it says so. */
  protected boolean sendsEmail() {
    return false;
  }

  /** The kinds of the notifications in {@code client}'s inbox, newest first (up to 200). */
  protected static List<String> inboxKinds(ApiClient client) {
    List<String> kinds = new java.util.ArrayList<>();
    client
        .get("/api/v1/me/notifications?limit=200")
        .json()
        .path("items")
        .forEach(item -> kinds.add(item.path("kind").asText()));
    return kinds;
  }

  /**
   * A new user with an API token and the given registry roles. {@link GlobalRole#EVALUATOR} makes
   * them a vetted evaluator: an application without conflicts, approved by a steward.
   */
  protected ApiClient user(String handle, GlobalRole... roles) {
    User user = tx(repositories -> repositories.users().create(unique(handle), handle, null, null));
    for (GlobalRole role : roles) {
      run(repositories -> repositories.globalRoles().grant(user.id(), role, null, null));
      if (role == GlobalRole.EVALUATOR) {
        run(repositories -> vetted(repositories, user));
      }
    }
    return clientFor(user, handle);
  }

  /** Records an approved evaluator application of {@code user}, without conflicts. */
  private void vetted(Repositories repositories, User user) {
    EvaluatorApplicationRepository applications = Evaluators.applications(repositories);
    EvaluatorApplication application =
        applications.submit(
            user.id(), "Test Institute", List.of("testing"), "Set up by a test.", List.of());
    String steward =
        repositories.globalRoles().holders(GlobalRole.STEWARD).stream()
            .findFirst()
            .map(grant -> grant.userId())
            .orElse(null);
    applications.decide(
        application.id(), application.version(), EvaluatorStatus.VETTED, steward, null);
  }

  /** A new organization (slug made unique) with a member of {@code role}; returns its slug. */
  protected String organization(String slug) {
    String unique = unique(slug);
    run(repositories -> repositories.organizations().create(unique, slug + " Inc."));
    return unique;
  }

  /** A new user who is a member of {@code orgSlug} with {@code role}. */
  protected ApiClient member(String orgSlug, OrgRole role, String handle) {
    User user = tx(repositories -> repositories.users().create(unique(handle), handle, null, null));
    run(
        repositories ->
            repositories
                .memberships()
                .add(
                    user.id(),
                    repositories.organizations().findBySlug(orgSlug).orElseThrow().id(),
                    role));
    return clientFor(user, handle);
  }

  private ApiClient clientFor(User user, String name) {
    String secret =
        tx(repositories -> repositories.apiTokens().create(user.id(), "test", null)).secret();
    return new ApiClient(registry.baseUri(), Optional.of(secret), user.handle());
  }
}
