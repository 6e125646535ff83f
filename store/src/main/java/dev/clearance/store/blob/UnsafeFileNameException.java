package dev.clearance.store.blob;

/** An upload's relative name could escape its folder or confuse tools; says which rule it broke. */
public final class UnsafeFileNameException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String name;

  /** For {@code name} (kept as given) and the rule broken. */
  public UnsafeFileNameException(String name, String problem) {
    super("file name '" + FileNames.printable(name) + "' is refused: " + problem);
    this.name = name;
  }

  /** The name as given. */
  public String name() {
    return name;
  }
}
