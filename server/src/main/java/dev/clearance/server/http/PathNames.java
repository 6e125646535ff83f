package dev.clearance.server.http;

import dev.clearance.store.Names;
import io.javalin.http.Context;
import java.util.Map;

/** Names taken from the path ({@code {org}}, {@code {user}}), checked to be slugs. */
public final class PathNames {

  private PathNames() {}

  /**
   * The path parameter {@code parameter} if it is a valid name.
   *
   * @param what what it names, for the message, e.g. {@code "organization"}
   * @throws ApiException 400 naming the parameter and the rule broken
   */
  public static String slug(Context ctx, String parameter, String what) {
    String value = ctx.pathParam(parameter);
    try {
      return Names.checkSlug(what + " name in the path", value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_name",
          e.getMessage(),
          Map.of("parameter", parameter),
          "Names are lowercase slugs: letters, digits and single '-', '_' or '.' between them.");
    }
  }
}
