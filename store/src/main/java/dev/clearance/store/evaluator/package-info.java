/**
 * Evaluator vetting (REV-3): researchers' applications to become vetted evaluators, with their
 * declared conflicts of interest, and the stewards' decisions on them. A user's latest application
 * is their evaluator status; applications are never deleted.
 */
package dev.clearance.store.evaluator;
