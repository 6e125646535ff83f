package dev.clearance.store.internal;

import java.util.Collection;
import java.util.List;

/** SQL conditions over a column of stored codes (enum constants' wire names). */
public final class CodeLists {

  private CodeLists() {}

  /**
   * {@code column IN ('a', 'b', …)} for {@code codes}, sorted so that equal sets give equal SQL;
   * {@code 1 = 0} for none. The codes are written into the SQL, so they must be the program's own
   * constants (lower-case letters, digits, '_' and '-'), never input.
   *
   * @throws IllegalArgumentException for a code with any other character
   */
  public static String in(String column, Collection<String> codes) {
    if (codes.isEmpty()) {
      return "1 = 0";
    }
    for (String code : codes) {
      if (!code.matches("[a-z0-9_-]+")) {
        throw new IllegalArgumentException("not a stored code: " + code);
      }
    }
    List<String> quoted = codes.stream().map(code -> "'" + code + "'").sorted().toList();
    return column + " IN (" + String.join(", ", quoted) + ")";
  }
}
