package dev.clearance.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses, for requests it refuses before any route runs (an encoded NUL or
 * another illegal character in the path, a malformed request line or header), in the API's one
 * error body {@code {code, message, details, hint}} instead of Jetty's HTML page, and with {@code
 * Connection: close}: Jetty closes such a connection after answering, and without the header a
 * client may send its next request on the closed connection and get no answer at all.
 */
public final class BadMessageErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason = HttpStatus.getMessage(code);
    ApiError error =
        new ApiError(
            code >= 500 ? "internal_error" : "bad_request",
            "the server refused the request before reading it: "
                + (message == null || message.isBlank() ? reason : message),
            Map.of("status", code),
            "Check the request line, path and headers: paths may not contain encoded control"
                + " characters or ambiguous segments.");
    byte[] body;
    try {
      body = Json.mapper().writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
