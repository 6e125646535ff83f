package dev.clearance.cli;

import dev.clearance.document.InputException;
import java.util.Iterator;

/**
 * The entries of an audit log, read once in order without holding more than a page: from an
 * exported file or from a registry. A read error during iteration is an unchecked {@link Failure},
 * which callers turn back into its {@link InputException}.
 */
interface LogSource extends Iterator<LogRecord>, AutoCloseable {

  /** The signed checkpoint note this source's entries were read against. */
  byte[] checkpointNote();

  @Override
  void close();

  /** An {@link InputException} raised inside {@link #next} or {@link #hasNext}. */
  final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(InputException cause) {
      super(cause.getMessage(), cause);
    }

    InputException input() {
      return (InputException) getCause();
    }
  }
}
