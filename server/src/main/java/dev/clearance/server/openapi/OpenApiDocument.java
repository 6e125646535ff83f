package dev.clearance.server.openapi;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.EndpointTable;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the API, generated from the {@link EndpointTable}: every endpoint
 * with its parameters, body and response schemas, who may call it ({@code x-clearance-access}), and
 * the shared error body.
 */
public final class OpenApiDocument {

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\}");
  private static final String ERROR = "ApiError";

  private OpenApiDocument() {}

  /** The document as JSON text. */
  public static String json(EndpointTable table, String version) {
    try {
      return Json.mapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(build(table, version));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("OpenAPI document could not be written", e);
    }
  }

  static OpenAPI build(EndpointTable table, String version) {
    Map<String, Schema> schemas = new TreeMap<>();
    schemas.putAll(ModelConverters.getInstance().readAll(ApiError.class));
    Paths paths = new Paths();
    for (Endpoint endpoint : table.endpoints()) {
      PathItem item = paths.computeIfAbsent(endpoint.path(), path -> new PathItem());
      item.operation(
          PathItem.HttpMethod.valueOf(endpoint.method().name()), operation(endpoint, schemas));
    }
    return new OpenAPI()
        .info(
            new Info()
                .title("Clearance registry API")
                .version(version)
                .description(
                    "Registry and release gate for open AI models. Errors share one body:"
                        + " {code, message, details, hint}.")
                .license(new License().name("Apache-2.0")))
        .paths(paths)
        .components(
            new Components()
                .schemas(schemas)
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("API token (clr_...), shown once when created")));
  }

  private static Operation operation(Endpoint endpoint, Map<String, Schema> schemas) {
    Operation operation =
        new Operation()
            .operationId(endpoint.operationId())
            .summary(endpoint.summary())
            .tags(List.of(endpoint.tag()));
    operation.addExtension("x-clearance-access", describe(endpoint.access()));
    Matcher parameters = PARAMETER.matcher(endpoint.path());
    while (parameters.find()) {
      operation.addParametersItem(
          new Parameter()
              .name(parameters.group(1))
              .in("path")
              .required(true)
              .schema(new StringSchema()));
    }
    if (!(endpoint.access() instanceof Access.Anyone)
        && !(endpoint.access() instanceof Access.BootstrapToken)) {
      operation.addSecurityItem(new SecurityRequirement().addList("token"));
    }
    endpoint
        .requestBody()
        .ifPresent(
            type ->
                operation.requestBody(
                    new RequestBody()
                        .required(true)
                        .content(
                            withExample(
                                jsonContent(reference(type, schemas)),
                                endpoint.exampleBody().orElseThrow()))));
    ApiResponses responses = new ApiResponses();
    responses.addApiResponse(
        String.valueOf(endpoint.status()),
        new ApiResponse()
            .description("success")
            .content(jsonContent(reference(endpoint.response(), schemas)).getContent()));
    responses.addApiResponse(
        "default",
        new ApiResponse()
            .description("error: {code, message, details, hint}")
            .content(
                jsonContent(new Schema<>().$ref("#/components/schemas/" + ERROR)).getContent()));
    return operation.responses(responses);
  }

  private static Schema<?> reference(Class<?> type, Map<String, Schema> schemas) {
    ResolvedSchema resolved =
        ModelConverters.getInstance()
            .resolveAsResolvedSchema(new io.swagger.v3.core.converter.AnnotatedType(type));
    if (resolved.referencedSchemas != null) {
      schemas.putAll(resolved.referencedSchemas);
    }
    if (resolved.schema != null && resolved.schema.getName() != null) {
      schemas.putIfAbsent(resolved.schema.getName(), resolved.schema);
      return new Schema<>().$ref("#/components/schemas/" + resolved.schema.getName());
    }
    return resolved.schema == null ? new Schema<>() : resolved.schema;
  }

  private static ApiResponse jsonContent(Schema<?> schema) {
    return new ApiResponse()
        .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
  }

  private static Content withExample(ApiResponse response, String example) {
    MediaType media = response.getContent().get("application/json");
    try {
      media.setExample(Json.mapper().readTree(example));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("example body is not JSON: " + example, e);
    }
    return response.getContent();
  }

  static String describe(Access access) {
    return switch (access) {
      case Access.Anyone anyone ->
          "anyone (pre-release material only for those with a right to it)";
      case Access.BootstrapToken bootstrap -> "whoever holds the one-time bootstrap token";
      case Access.SignedIn signedIn -> "signed-in users";
      case Access.Steward steward -> "stewards";
      case Access.GlobalRoles needed ->
          "users with one of the registry roles "
              + needed.roles().stream().map(role -> role.code()).sorted().toList();
      case Access.OrgMember member ->
          "members of {org} with role "
              + member.role().name().toLowerCase(java.util.Locale.ROOT)
              + (member.stewardAllowed() ? ", and stewards" : "");
    };
  }
}
