package dev.clearance.server.web.org;

/** API wire names ({@code start_review}, {@code accepted_risk}) as labels for people. */
public final class Labels {

  private Labels() {}

  /** {@code start_review} → {@code Start review}. */
  public static String of(String wireName) {
    if (wireName == null || wireName.isEmpty()) {
      return "";
    }
    String words = wireName.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "1 release", "3 releases". */
  public static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
