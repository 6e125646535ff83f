package dev.clearance.server.web.org;

import dev.clearance.server.identity.TokenList;
import dev.clearance.server.web.Pager;

/** The account's API tokens (template {@code org/tokens.jte}), without their secrets. */
public record TokensView(TokenList tokens, Pager pager) {}
