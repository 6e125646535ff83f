package dev.clearance.server.signing;

import java.util.List;

/** Every signing key of an organization, revoked ones included, by name. */
public record SigningKeyList(List<SigningKeyView> items) {

  public SigningKeyList {
    items = List.copyOf(items);
  }
}
