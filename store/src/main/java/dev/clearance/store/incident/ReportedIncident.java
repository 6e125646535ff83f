package dev.clearance.store.incident;

/**
 * A new incident and its tracking reference, a secret given to the reporter once: only its SHA-256
 * is stored.
 */
public record ReportedIncident(Incident incident, String reference) {}
