package dev.clearance.server.incident;

/** A note to the reporter of an open incident. */
public record NoteRequest(String note) {}
