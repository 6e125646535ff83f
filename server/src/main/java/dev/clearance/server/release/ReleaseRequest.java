package dev.clearance.server.release;

/** The body of {@code PUT …/releases/{version}}: an empty object (a draft has no fields yet). */
public record ReleaseRequest() {}
