package dev.clearance.server.audit;

import java.util.Objects;

/**
 * The audit log's identity for clients to pin: the checkpoints' origin line and the C2SP note
 * verifier key that signs them ({@code <name>+<key ID hex>+<base64 key>}).
 */
public record LogKey(String origin, String verifierKey) {

  public LogKey {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(verifierKey, "verifierKey");
  }
}
