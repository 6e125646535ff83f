/** Harm reports, disputed outputs and their handling under the incident playbook (LIFE-2). */
package dev.clearance.store.incident;
