package dev.clearance.server.web;

/** API messages ("the handle or the password is wrong") as sentences for people. */
public final class Sentence {

  private Sentence() {}

  /** {@code message} with a capital first letter and a final full stop. */
  public static String of(String message) {
    if (message == null || message.isEmpty()) {
      return "";
    }
    String capitalized = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return capitalized.endsWith(".") ? capitalized : capitalized + ".";
  }
}
