package dev.clearance.server.registry;

import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.notify.NotificationConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a registry instance runs.
 *
 * @param dataFolder holds uploaded files ({@code blobs/}) and scratch space ({@code work/}); with
 *     the embedded database also {@code clearance.db}. Several instances against one PostgreSQL
 *     share it (e.g. a network file system) so that any of them can serve any file.
 * @param maxUploadBytes the largest single uploaded file
 * @param logSigner the key that signs the audit log's checkpoints; every instance of one registry
 *     uses the same key
 * @param notifications email, webhook delivery and reminder settings
 */
public record RegistryConfig(
    ServerConfig http,
    Path dataFolder,
    long maxUploadBytes,
    NoteSigner logSigner,
    NotificationConfig notifications) {

  /** 1 GiB: model cards, configs, indexes and evaluation results are far smaller. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

  public RegistryConfig {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(dataFolder, "dataFolder");
    Objects.requireNonNull(logSigner, "logSigner");
    Objects.requireNonNull(notifications, "notifications");
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("max upload size must be positive");
    }
  }

  /** A registry with the default notification settings (no email). */
  public RegistryConfig(
      ServerConfig http, Path dataFolder, long maxUploadBytes, NoteSigner logSigner) {
    this(http, dataFolder, maxUploadBytes, logSigner, NotificationConfig.defaults());
  }
}
