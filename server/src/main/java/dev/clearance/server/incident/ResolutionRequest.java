package dev.clearance.server.incident;

/** What the organization did about an incident, or why it rejects the report. */
public record ResolutionRequest(String resolution) {}
