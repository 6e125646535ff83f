package dev.clearance.server.identity;

import java.util.List;

/**
 * One page of the caller's tokens, oldest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record TokenList(List<TokenView> items, String next) {

  public TokenList {
    items = List.copyOf(items);
  }
}
