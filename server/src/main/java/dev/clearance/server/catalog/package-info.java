/**
 * The public catalog of releases and the model page's read model (issue 7): {@link
 * dev.clearance.server.catalog.CatalogQuery} (search with filters, as the home page and {@code GET
 * /api/v1/releases} use it), {@link dev.clearance.server.catalog.ModelPages} (everything the model
 * page shows of one release, in one read), and the facets (license, modalities) stored with every
 * check. Every read applies {@link dev.clearance.server.release.ReleaseVisibility}.
 */
package dev.clearance.server.catalog;
