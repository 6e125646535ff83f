package dev.clearance.params.internal;

/**
 * A config value needed for an estimate is missing or is not a usable number. Estimators catch it
 * and report "no estimate"; it never leaves the {@code dev.clearance.params} package.
 */
public final class UnusableConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnusableConfigException(String key, String problem) {
    super(key + ": " + problem);
  }
}
