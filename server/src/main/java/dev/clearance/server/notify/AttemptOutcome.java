package dev.clearance.server.notify;

/**
 * How one delivery attempt ended.
 *
 * @param statusCode the receiver's HTTP status or SMTP reply code, or {@code null} when none came
 *     back
 * @param error what went wrong, {@code null} when delivered
 * @param retry whether another attempt may succeed (false e.g. for a deactivated webhook)
 */
record AttemptOutcome(boolean delivered, Integer statusCode, String error, boolean retry) {

  static AttemptOutcome delivered(Integer statusCode) {
    return new AttemptOutcome(true, statusCode, null, false);
  }

  static AttemptOutcome failed(Integer statusCode, String error) {
    return new AttemptOutcome(false, statusCode, error, true);
  }

  static AttemptOutcome givenUp(String error) {
    return new AttemptOutcome(false, null, error, false);
  }
}
