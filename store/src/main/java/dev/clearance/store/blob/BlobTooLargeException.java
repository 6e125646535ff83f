package dev.clearance.store.blob;

import java.io.IOException;

/** An upload was larger than the limit; nothing of it was kept. */
public final class BlobTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final long limit;

  /** For the upload {@code name} that exceeded {@code limit} bytes. */
  public BlobTooLargeException(String name, long limit) {
    super(
        "upload '"
            + FileNames.printable(name)
            + "' is larger than the limit of "
            + limit
            + " bytes; nothing was stored (split the file or ask the steward to raise the limit)");
    this.name = name;
    this.limit = limit;
  }

  /** The upload's name. */
  public String name() {
    return name;
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }
}
