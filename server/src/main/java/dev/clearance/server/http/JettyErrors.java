package dev.clearance.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests it refuses before Javalin sees them, e.g. an encoded NUL or a
 * malformed request line) in the API's one error body instead of an HTML page.
 */
public final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    ApiError error =
        new ApiError(
            status == 400 ? "bad_request" : "http_" + status,
            "the request could not be handled: "
                + (message == null || message.isBlank() ? "HTTP " + status : message),
            Map.of(),
            "Check the request line, the path (no encoded NUL or control characters) and the"
                + " headers; the API is described at /openapi.json.");
    byte[] body = Json.mapper().writeValueAsBytes(error);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
