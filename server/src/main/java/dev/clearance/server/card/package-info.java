/**
 * Model cards rendered for the public pages: markdown to HTML that a browser shows as text and
 * formatting only ({@link dev.clearance.server.card.CardHtml}; see docs/card-rendering.md).
 */
package dev.clearance.server.card;
