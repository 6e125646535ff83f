/**
 * Community review records (REV-3): evaluators' time-boxed access grants to pre-release material
 * and the log of every view and download made under them.
 */
package dev.clearance.store.review;
