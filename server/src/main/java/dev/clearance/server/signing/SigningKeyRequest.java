package dev.clearance.server.signing;

/**
 * Body of {@code PUT /api/v1/orgs/{org}/keys/{key}}.
 *
 * @param publicKeyPem the public key as {@code clearance keygen} writes it ({@code public.pem})
 */
public record SigningKeyRequest(String publicKeyPem) {}
