package dev.clearance.server.http;

import io.javalin.http.Context;

/**
 * How errors look to a person's browser: {@link ErrorResponses} asks it first, and requests it
 * {@linkplain #handles handles} get an HTML error page (or a redirect) instead of the JSON error
 * body. The API keeps the JSON body.
 */
public interface ErrorPages {

  /** No error pages: every error is the JSON body (servers without web pages). */
  ErrorPages NONE =
      new ErrorPages() {
        @Override
        public boolean handles(Context ctx) {
          return false;
        }

        @Override
        public void write(Context ctx, int status, ApiError error) {
          throw new IllegalStateException("no error pages");
        }

        @Override
        public void notFound(Context ctx) {
          throw new IllegalStateException("no error pages");
        }
      };

  /** True when the failed request was for a page rather than the API. */
  boolean handles(Context ctx);

  /** Answers the request with an error page for {@code status} telling {@code error}. */
  void write(Context ctx, int status, ApiError error);

  /** Answers a request for a path no route serves. */
  void notFound(Context ctx);
}
