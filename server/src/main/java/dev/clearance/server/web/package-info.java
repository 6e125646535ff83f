/**
 * The foundation of the web pages (docs/web.md, docs/decisions/007-web-pages.md): rendering with
 * the layout's page model, navigation, assets, error pages. Areas add sub-packages ({@code
 * web.catalog}, {@code web.account}, {@code web.org}, {@code web.review}, {@code web.steward}).
 * Pages only read; every change goes to the JSON API through {@code clearance.js}.
 */
package dev.clearance.server.web;
