package dev.clearance.document;

import java.util.Objects;

/** A value read from a dossier, with the place it was read from. */
public record Fact<T>(T value, Source source) {

  public Fact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
