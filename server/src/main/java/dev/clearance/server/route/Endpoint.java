package dev.clearance.server.route;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One operation of the API: method, path, who may call it, its documentation and its handler. Every
 * endpoint of the server is an {@code Endpoint} in the {@link EndpointTable}; the OpenAPI document
 * and the authorization matrix test are generated from that table, so an endpoint cannot exist
 * without an access rule.
 *
 * @param path Javalin path with {@code {name}} parameters, e.g. {@code /api/v1/orgs/{org}}
 * @param operationId unique camelCase id used in the OpenAPI document
 * @param requestBody the JSON body type, if the operation takes one
 * @param exampleBody a valid example body (JSON), used in the OpenAPI document and by tests
 * @param response the JSON type of a successful response
 * @param status the HTTP status of success
 */
public record Endpoint(
    Method method,
    String path,
    String operationId,
    String tag,
    String summary,
    Access access,
    Optional<Class<?>> requestBody,
    Optional<String> exampleBody,
    Class<?> response,
    int status,
    EndpointHandler handler) {

  private static final Pattern PATH = Pattern.compile("(/[a-z0-9._-]+|/\\{[a-z][a-zA-Z]*\\})+");

  /** HTTP methods used by the API. */
  public enum Method {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE
  }

  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(access, "access of " + path);
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(requestBody, "requestBody");
    Objects.requireNonNull(exampleBody, "exampleBody");
    Objects.requireNonNull(response, "response");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("endpoint path is not of the form /a/{b}/c: " + path);
    }
    if (requestBody.isPresent() != exampleBody.isPresent()) {
      throw new IllegalArgumentException(
          operationId + ": an endpoint with a request body needs an example body, and only then");
    }
  }

  /** An endpoint without a request body that answers 200. */
  public static Endpoint of(
      Method method,
      String path,
      String operationId,
      String tag,
      String summary,
      Access access,
      Class<?> response,
      EndpointHandler handler) {
    return of(method, path, operationId, tag, summary, access, response, 200, handler);
  }

  /** An endpoint without a request body that answers {@code status} (e.g. 204). */
  public static Endpoint of(
      Method method,
      String path,
      String operationId,
      String tag,
      String summary,
      Access access,
      Class<?> response,
      int status,
      EndpointHandler handler) {
    return new Endpoint(
        method,
        path,
        operationId,
        tag,
        summary,
        access,
        Optional.empty(),
        Optional.empty(),
        response,
        status,
        handler);
  }

  /** An endpoint with a JSON request body. */
  public static Endpoint withBody(
      Method method,
      String path,
      String operationId,
      String tag,
      String summary,
      Access access,
      Class<?> requestBody,
      String exampleBody,
      Class<?> response,
      int status,
      EndpointHandler handler) {
    return new Endpoint(
        method,
        path,
        operationId,
        tag,
        summary,
        access,
        Optional.of(requestBody),
        Optional.of(exampleBody),
        response,
        status,
        handler);
  }
}
