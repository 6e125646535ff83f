/**
 * Who may do what (OPS-3): organizations, users, memberships with a role in an organization, global
 * roles (steward, evaluator, auditor), API tokens, password hashes, server-side sessions with CSRF
 * tokens, and the one-time steward bootstrap. Secrets are shown once and stored as SHA-256 hashes.
 */
package dev.clearance.store.identity;
