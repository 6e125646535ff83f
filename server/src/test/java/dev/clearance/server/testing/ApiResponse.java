package dev.clearance.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.http.Json;
import java.net.http.HttpHeaders;

/** A response of the registry as a test sees it: status, body and headers. */
public record ApiResponse(int status, String body, HttpHeaders headers) {

  /** The body parsed as JSON. */
  public JsonNode json() {
    try {
      return Json.mapper().readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("response body is not JSON (status " + status + "): " + body, e);
    }
  }

  /** The error code of an error body. */
  public String code() {
    return json().path("code").asText();
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
