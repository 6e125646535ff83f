package dev.clearance.server.registry;

import dev.clearance.policy.Policy;
import dev.clearance.server.ClearanceServer;
import dev.clearance.server.audit.AuditQueueJob;
import dev.clearance.server.audit.LedgerAuditLog;
import dev.clearance.server.audit.LogSequencer;
import dev.clearance.server.catalog.FacetBackfillJob;
import dev.clearance.server.finding.OverdueFindingsJob;
import dev.clearance.server.identity.StoreAuthenticator;
import dev.clearance.server.incident.IncidentEscalationJob;
import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.server.jobs.BackgroundJobs;
import dev.clearance.server.jobs.RegistryJobs;
import dev.clearance.server.notify.EmailVerification;
import dev.clearance.server.notify.NotificationJobs;
import dev.clearance.server.notify.Notifier;
import dev.clearance.server.notify.WebhookSecrets;
import dev.clearance.store.Database;
import dev.clearance.store.blob.BlobStore;
import dev.clearance.store.identity.Bootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running registry (the composition root of {@code clearance serve}): the HTTP server over a
 * database, the file store, the audit log and the policy. All state is in the database and the data
 * folder, so several instances may run against one PostgreSQL (OPS-1).
 */
public final class RegistryServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);

  private final ClearanceServer http;
  private final RegistryContext context;
  private final Optional<String> bootstrapToken;
  private final BackgroundJobs jobs;

  private RegistryServer(
      ClearanceServer http,
      RegistryContext context,
      Optional<String> bootstrapToken,
      BackgroundJobs jobs) {
    this.http = http;
    this.context = context;
    this.bootstrapToken = bootstrapToken;
    this.jobs = jobs;
  }

  /**
   * Starts a registry on {@code db} (migrated, owned by the caller, who closes it after this).
   *
   * @param version the version shown in the OpenAPI document
   */
  public static RegistryServer start(
      RegistryConfig config, Database db, Policy policy, Clock clock, String version) {
    Path work = config.dataFolder().resolve("work");
    BlobStore blobs;
    try {
      Files.createDirectories(work);
      blobs = new BlobStore(config.dataFolder().resolve("blobs"), config.maxUploadBytes());
      // File times are the machine's: uploads cut off by a crash a day ago are surely dead.
      int swept = blobs.sweepTemporary(Instant.now().minus(Duration.ofDays(1)));
      if (swept > 0) {
        LOG.info("deleted {} temporary files of uploads cut off a day or more ago", swept);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data folder " + config.dataFolder() + ": " + e.getMessage(), e);
    }
    LogSequencer sequencer = new LogSequencer(db);
    int leftovers = sequencer.integrateAll();
    if (leftovers > 0) {
      LOG.info("integrated {} audit events queued before a restart into the log", leftovers);
    }
    WebhookSecrets webhookSecrets = WebhookSecrets.derivedFrom(config.logSigner());
    int sealed = webhookSecrets.sealStored(db);
    if (sealed > 0) {
      LOG.info("sealed {} webhook secrets stored as plain text by an earlier version", sealed);
    }
    RegistryContext context =
        new RegistryContext(
            db,
            blobs,
            new LedgerAuditLog(config.logSigner(), clock, sequencer),
            policy,
            clock,
            work,
            config.maxUploadBytes(),
            new Notifier(
                config.notifications(),
                webhookSecrets,
                EmailVerification.derivedFrom(config.logSigner())));
    Optional<String> bootstrap = new Bootstrap(db).ensureSteward();
    ClearanceServer http =
        ClearanceServer.start(
            config.http(),
            RegistryEndpoints.all(context),
            RegistryPages.website(context, version),
            new StoreAuthenticator(db),
            () -> readinessProblem(db),
            version);
    List<BackgroundJob> all = new ArrayList<>(RegistryJobs.all());
    all.addAll(NotificationJobs.list(context.notifier(), clock));
    all.add(OverdueFindingsJob.of(context));
    all.add(IncidentEscalationJob.of(context));
    all.add(FacetBackfillJob.of(blobs));
    all.add(AuditQueueJob.of(sequencer));
    BackgroundJobs jobs = new BackgroundJobs(db, all);
    jobs.start();
    return new RegistryServer(http, context, bootstrap, jobs);
  }

  private static String readinessProblem(Database db) {
    try {
      db.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
      return "";
    } catch (RuntimeException e) {
      return "the database does not answer: " + e.getMessage();
    }
  }

  public URI baseUri() {
    return http.baseUri();
  }

  public int port() {
    return http.port();
  }

  /** The one-time steward bootstrap token, present only on the first start of a new registry. */
  public Optional<String> bootstrapToken() {
    return bootstrapToken;
  }

  public RegistryContext context() {
    return context;
  }

  public ClearanceServer http() {
    return http;
  }

  /** This instance's background jobs (e.g. to run one now: {@code jobs().runOnce(name)}). */
  public BackgroundJobs jobs() {
    return jobs;
  }

  /** Stops the HTTP server; the database stays open for its owner to close. */
  @Override
  public void close() {
    jobs.close();
    http.close();
  }
}
