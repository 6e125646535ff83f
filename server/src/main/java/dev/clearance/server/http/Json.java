package dev.clearance.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON for the API: one configured mapper, and strict reading of request bodies. A body that is not
 * JSON, has a field of the wrong type, an unknown field or an invalid value is refused with a 400
 * {@link ApiError} that names the field and the position.
 */
public final class Json {

  /** Bounds on what a request body may contain, besides its byte size. */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxStringLength(1_000_000)
          .maxNumberLength(40)
          .maxNameLength(256)
          .build();

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();
    mapper.getFactory().setStreamReadConstraints(LIMITS);
    // A number or boolean where text is expected is a wrong type, not text: 5 is no reason.
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads the request body as {@code type}.
   *
   * @throws ApiException 400 for an empty, malformed or invalid body
   */
  public static <T> T read(Context ctx, Class<T> type) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest(
          "empty_body",
          "the request has no body; expected a JSON object",
          "Send a JSON object with Content-Type: application/json.");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest(
            "invalid_body", "the body is JSON null; expected an object", "Send a JSON object.");
      }
      return value;
    } catch (JacksonException e) {
      throw badBody(e, type);
    } catch (IOException e) {
      throw ApiException.badRequest(
          "unreadable_body", "the request body could not be read: " + e.getMessage(), "Retry.");
    }
  }

  private static ApiException badBody(JacksonException e, Class<?> type) {
    Map<String, Object> details = new LinkedHashMap<>();
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      details.put("line", location.getLineNr());
      details.put("column", location.getColumnNr());
    }
    String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
    if (!field.isEmpty()) {
      details.put("field", field);
    }
    String hint = "Fix the body and send it again; the API document is at /openapi.json.";
    return switch (e) {
      case UnrecognizedPropertyException unknown ->
          ApiException.badRequest(
              "unknown_field",
              "unknown field '"
                  + field
                  + "' in "
                  + type.getSimpleName()
                  + "; known fields: "
                  + unknown.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", ")),
              details,
              hint);
      case ValueInstantiationException invalid ->
          ApiException.badRequest(
              "invalid_value",
              "invalid " + type.getSimpleName() + ": " + rootMessage(invalid),
              details,
              hint);
      case InvalidFormatException format ->
          ApiException.badRequest(
              "wrong_type",
              "field '"
                  + field
                  + "' has the value "
                  + format.getValue()
                  + ", which is not a "
                  + format.getTargetType().getSimpleName(),
              details,
              hint);
      case MismatchedInputException mismatch ->
          ApiException.badRequest(
              "wrong_type",
              (field.isEmpty() ? "the body" : "field '" + field + "'")
                  + " must be "
                  + describe(mismatch.getTargetType()),
              details,
              hint);
      default ->
          ApiException.badRequest(
              "malformed_json",
              "the body is not valid JSON"
                  + (details.containsKey("line")
                      ? " at line " + details.get("line") + ", column " + details.get("column")
                      : "")
                  + ": "
                  + e.getOriginalMessage(),
              details,
              hint);
    };
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object (" + type.getSimpleName() + ")";
  }
}
