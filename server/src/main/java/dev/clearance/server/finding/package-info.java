/**
 * Findings of community review and the organization's mandatory responses (REV-4, REV-5): filing by
 * granted evaluators following the policy's template, comments and evidence attachments, the
 * response, the evaluator's one contest and the steward's decision, duplicates, redaction of
 * hazardous details at release, deadlines and the overdue list, and the facts the release workflow
 * needs. docs/review.md describes it.
 */
package dev.clearance.server.finding;
