/** Read-only queries behind the annual transparency report (ACC-3). */
package dev.clearance.store.transparency;
