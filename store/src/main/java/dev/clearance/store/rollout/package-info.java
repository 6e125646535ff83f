/** Staged rollouts (REV-6): the stages each release entered, with who moved it, when and why. */
package dev.clearance.store.rollout;
