package dev.clearance.server;

import java.util.Objects;

/**
 * How the HTTP server listens and what it accepts.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1}
 * @param port TCP port; 0 picks a free one (tests)
 * @param maxBodyBytes largest JSON request body; uploads have their own, larger limit
 */
public record ServerConfig(String host, int port, long maxBodyBytes) {

  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("max body size must be at least 1024 bytes");
    }
  }

  /** Loopback on a free port with default limits. */
  public static ServerConfig loopback() {
    return new ServerConfig("127.0.0.1", 0, DEFAULT_MAX_BODY_BYTES);
  }
}
