package dev.clearance.server.catalog;

import dev.clearance.server.card.RenderedCard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small cache of rendered cards by the SHA-256 of the card file: a card's bytes fully decide its
 * HTML, and a popular model page would otherwise parse and sanitize the same card on every view.
 * Least recently used entries go first. Thread-safe.
 */
final class RenderedCards {

  private final Map<String, RenderedCard> cache;

  RenderedCards(int capacity) {
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, RenderedCard> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The card rendered for {@code sha256}, rendering it with {@code render} when not cached. */
  Optional<RenderedCard> get(String sha256, Supplier<Optional<RenderedCard>> render) {
    synchronized (cache) {
      RenderedCard cached = cache.get(sha256);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<RenderedCard> rendered = render.get();
    rendered.ifPresent(
        card -> {
          synchronized (cache) {
            cache.put(sha256, card);
          }
        });
    return rendered;
  }
}
