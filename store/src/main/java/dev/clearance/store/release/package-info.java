/**
 * Models, releases and their dossiers (REV-1): release rows with state, tier, policy and review
 * window; uploaded files; stored check reports; the history of state transitions; steward waivers.
 * The state machine's guards live in the server; this package stores what it decides.
 */
package dev.clearance.store.release;
