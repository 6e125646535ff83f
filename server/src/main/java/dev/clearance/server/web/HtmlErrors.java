package dev.clearance.server.web;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ErrorPages;
import dev.clearance.server.http.RequestLog;
import dev.clearance.server.route.EndpointTable;
import dev.clearance.server.route.Principal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error pages for every request outside the API ({@code /api/}, {@code /health/}, {@code
 * /openapi.json} keep the JSON body): the facts of the {@link ApiError} in the layout, with the
 * request id and never a stack trace. A 401 is a redirect (303) to the sign-in page, which returns
 * here afterwards. Pre-release material the caller may not see is a 404 like anything absent, as in
 * the API.
 */
final class HtmlErrors implements ErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(HtmlErrors.class);

  private final PageRenderer renderer;

  HtmlErrors(PageRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public boolean handles(Context ctx) {
    String path = ctx.path();
    return !(path.equals("/api")
        || path.startsWith("/api/")
        || path.startsWith("/health/")
        || path.equals("/openapi.json"));
  }

  @Override
  public void write(Context ctx, int status, ApiError error) {
    if (status == 401) {
      String back = ctx.method().name().equals("GET") ? LocalPath.of(ctx) : "/";
      ctx.redirect(LocalPath.login(back), HttpStatus.SEE_OTHER);
      return;
    }
    Principal caller = ctx.attribute(EndpointTable.CALLER_ATTRIBUTE);
    String requestId = ctx.res().getHeader(RequestLog.REQUEST_ID_HEADER);
    ErrorView view =
        new ErrorView(
            status, heading(status), Sentence.of(error.message()), error.hint(), requestId);
    ctx.status(status);
    try {
      renderer.page(
          ctx, caller == null ? Principal.ANONYMOUS : caller, view.heading(), "error.jte", view);
    } catch (RuntimeException e) {
      LOG.error("the error page could not be rendered request={}", requestId, e);
      ctx.contentType("text/plain; charset=utf-8")
          .result(view.heading() + ": " + view.message() + " (request " + requestId + ")");
    }
  }

  @Override
  public void notFound(Context ctx) {
    String path = ctx.path().length() > 200 ? ctx.path().substring(0, 200) + "…" : ctx.path();
    write(
        ctx,
        404,
        new ApiError(
            "not_found",
            "there is no page at " + path,
            Map.of(),
            "Check the address, or start again from the catalog."));
  }

  private static String heading(int status) {
    return switch (status) {
      case 400 -> "This request cannot be answered";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Not available this way";
      case 413 -> "Too large";
      case 429 -> "Too many attempts";
      case 500 -> "Something went wrong";
      default -> "Error " + status;
    };
  }
}
