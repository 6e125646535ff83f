package dev.clearance.store;

/**
 * An expected failure of a store operation that the caller maps to a response (HTTP 404, 409, …).
 * Unchecked so that it crosses JDBI transaction callbacks; the transaction is rolled back.
 */
public abstract sealed class StoreException extends RuntimeException
    permits ConflictException, StaleVersionException, NotFoundException, MissingReferenceException {

  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
