/**
 * Incidents and redress (LIFE-2): anyone reports harm caused by a released model or disputes one of
 * its outputs and tracks it by a reference; the organization acknowledges, updates and resolves or
 * rejects it within the policy's deadlines; overdue acknowledgements escalate to the stewards. See
 * docs/incidents.md.
 */
package dev.clearance.server.incident;
