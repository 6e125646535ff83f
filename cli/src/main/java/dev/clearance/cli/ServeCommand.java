package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.policy.Policy;
import dev.clearance.policy.PolicyLoader;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.notify.NotificationConfig;
import dev.clearance.server.registry.RegistryConfig;
import dev.clearance.server.registry.RegistryServer;
import dev.clearance.store.Database;
import dev.clearance.store.DatabaseSettings;
import dev.clearance.store.Dialect;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance serve}: runs the registry (OPS-1) on an embedded SQLite database in a data
 * folder created on first start, or on PostgreSQL with {@code --db}. Prints where it listens and,
 * on the first start, the one-time steward bootstrap token; runs until stopped (Ctrl-C, SIGTERM).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Run the Clearance registry: REST API at /api/v1, OpenAPI at /openapi.json.",
      "Embedded SQLite in the data folder by default; --db jdbc:postgresql://... for production"
          + " (several instances may share one PostgreSQL, the data folder and the log key)."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "clearance-data",
      description =
          "Data folder: uploaded files, the embedded database, the log key (default: ${DEFAULT-VALUE}).")
  private Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "JDBC URL of the database (default: jdbc:sqlite:DIR/clearance.db).")
  private String databaseUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user (PostgreSQL). The password comes from CLEARANCE_DB_PASSWORD.")
  private String databaseUser;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  private String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(
      names = "--max-upload-bytes",
      paramLabel = "BYTES",
      defaultValue = "1073741824",
      description = "Largest single uploaded dossier file (default: ${DEFAULT-VALUE}).")
  private long maxUploadBytes;

  @Option(
      names = "--log-key",
      paramLabel = "FILE",
      description =
          "Signing key of the audit log's checkpoints, from which the key that seals webhook"
              + " secrets in the database is also derived (default: DIR/log-signing.key, created"
              + " on first start; keep it out of database backups).")
  private Path logKey;

  @Option(
      names = "--log-origin",
      paramLabel = "NAME",
      defaultValue = "clearance.localhost/log",
      description =
          "Origin line of the log's checkpoints, used when the key is created"
              + " (default: ${DEFAULT-VALUE}).")
  private String logOrigin;

  @Option(
      names = "--policy",
      paramLabel = "NAME|FILE",
      defaultValue = PolicyLoader.DEFAULT,
      description = "Policy that new checks run under (default: ${DEFAULT-VALUE}).")
  private String policyName;

  @Mixin private NotificationOptions notifications;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Runnable shutdown = () -> {};

  @Override
  public Integer call() throws InputException, IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Policy policy = PolicyLoader.resolve(policyName);
    NotificationConfig notificationConfig =
        notifications.config(System.getenv(NotificationOptions.SMTP_PASSWORD_VARIABLE));
    Files.createDirectories(data);
    DatabaseSettings settings =
        databaseUrl == null
            ? DatabaseSettings.embedded(data)
            : new DatabaseSettings(
                databaseUrl,
                databaseUser,
                System.getenv("CLEARANCE_DB_PASSWORD"),
                DatabaseSettings.of(databaseUrl).maxPoolSize());
    LogKeyFile.Loaded key =
        LogKeyFile.loadOrCreate(
            logKey == null ? data.resolve("log-signing.key") : logKey, logOrigin);
    Clock clock = Clock.systemUTC();
    Database db = openDatabase(settings, clock);
    RegistryServer registry;
    try {
      registry =
          RegistryServer.start(
              new RegistryConfig(
                  new ServerConfig(host, port, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                  data,
                  maxUploadBytes,
                  key.signer(),
                  notificationConfig),
              db,
              policy,
              clock,
              ClearanceVersion.current());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    shutdown =
        () -> {
          registry.close();
          db.close();
        };
    Thread hook = new Thread(this::stop, "clearance-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    printStarted(out, registry, settings, key, notifications.describe(notificationConfig));
    stopped.await();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it stopped the server.
    }
    return ExitCode.OK;
  }

  /** Stops the server and closes the database; {@link #call} then returns. Idempotent. */
  synchronized void stop() {
    if (stopped.getCount() > 0) {
      shutdown.run();
      stopped.countDown();
    }
  }

  private static Database openDatabase(DatabaseSettings settings, Clock clock)
      throws InputException {
    try {
      return Database.open(settings, clock);
    } catch (RuntimeException e) {
      String hint =
          settings.dialect() == Dialect.POSTGRESQL
              ? "check that PostgreSQL runs and the URL, user and CLEARANCE_DB_PASSWORD are right"
                  + " (locally: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql)"
                  + " main start)"
              : "check that the data folder is writable and not used by another program";
      throw new InputException("--db", 0, "cannot open the database: " + e.getMessage(), hint, e);
    }
  }

  private void printStarted(
      PrintWriter out,
      RegistryServer registry,
      DatabaseSettings settings,
      LogKeyFile.Loaded key,
      String email) {
    String base = "http://" + host + ":" + registry.port();
    out.println("Clearance registry listening on " + base);
    out.println(
        "  database:  "
            + settings.dialect().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + Dialect.redact(settings.url()));
    out.println("  data:      " + data.toAbsolutePath());
    out.println("  API:       " + base + "/api/v1   (described at " + base + "/openapi.json)");
    out.println(
        "  audit log: "
            + base
            + "/api/v1/log/checkpoint, verifier key "
            + key.signer().verifier().verifierKey());
    if (key.created()) {
      out.println("  created the audit log signing key; back it up, every instance needs it");
    }
    out.println("  email:     " + email);
    registry
        .bootstrapToken()
        .ifPresent(
            token -> {
              out.println();
              out.println("First start: create the first steward with this one-time token:");
              out.println(
                  "  curl -s -X POST "
                      + base
                      + "/api/v1/bootstrap -H 'Content-Type: application/json' \\");
              out.println(
                  "    -d '{\"bootstrapToken\":\""
                      + token
                      + "\",\"handle\":\"steward\",\"displayName\":\"First Steward\"}'");
              out.println("The answer holds the steward's API token (shown once).");
            });
    out.println("Stop with Ctrl-C.");
    out.flush();
  }
}
