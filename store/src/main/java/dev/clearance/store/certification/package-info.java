/** Certification of organizations against a framework version (ACC-2). */
package dev.clearance.store.certification;
