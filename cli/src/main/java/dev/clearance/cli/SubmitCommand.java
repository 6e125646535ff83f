package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.checkpoint.CheckpointFolderInspector;
import dev.clearance.artifacts.checkpoint.CheckpointInspection;
import dev.clearance.artifacts.checkpoint.HeaderLimits;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.dossier.CheckpointInspector;
import dev.clearance.dossier.Dossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance submit FOLDER --server URL --org ORG --release VERSION}: sends a release from a
 * pipeline. Reads the dossier locally first (a malformed card stops here, before anything is sent),
 * creates the model and the draft release if needed, uploads the dossier files, the checkpoint
 * header summary and the signature bundle (never the weights), has the registry run the check, and
 * submits the release unless {@code --draft}.
 */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    versionProvider = ClearanceVersion.class,
    description = {
      "Send a model release to a Clearance registry and submit it for review.",
      "The API token comes from --token or the CLEARANCE_TOKEN environment variable (safer: a"
          + " command line is visible to other users of the machine).",
      "Exit codes: 0 submitted (or uploaded with --draft), 1 the check failed or the registry"
          + " refused the submission, 2 bad input, usage or a registry error."
    })
final class SubmitCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The model release folder.")
  private Path folder;

  @Option(names = "--server", required = true, paramLabel = "URL", description = "Registry URL.")
  private URI server;

  @Option(names = "--token", paramLabel = "TOKEN", description = "API token (clr_...).")
  private String token;

  @Option(names = "--org", required = true, paramLabel = "ORG", description = "Organization.")
  private String org;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "Model name in the registry (default: the folder's name).")
  private String model;

  @Option(
      names = "--release",
      required = true,
      paramLabel = "VERSION",
      description = "Version of this release, e.g. 1.0.")
  private String release;

  @Option(
      names = "--bundle",
      paramLabel = "FILE",
      description =
          "Signature bundle from `clearance sign` (default: FOLDER/model.sig if present).")
  private Path bundle;

  @Option(names = "--draft", description = "Upload and check, but do not submit.")
  private boolean draft;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  private String format;

  private final Map<String, String> environment;

  SubmitCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InputException, IOException {
    boolean json = checkFormat();
    String secret = token != null ? token : environment.get("CLEARANCE_TOKEN");
    if (secret == null || secret.isBlank()) {
      throw new InputException(
          "--token",
          0,
          "no API token",
          "pass --token or set CLEARANCE_TOKEN (create one in the"
              + " registry: POST /api/v1/me/tokens)");
    }
    if (!Files.isDirectory(folder)) {
      throw new InputException(
          folder.toString(), 0, "not a folder", "pass the model release folder");
    }
    String modelName =
        model != null
            ? model
            : folder
                .toAbsolutePath()
                .normalize()
                .getFileName()
                .toString()
                .toLowerCase(java.util.Locale.ROOT);
    Map<String, Path> uploads = filesToUpload();
    PrintWriter err = spec.commandLine().getErr();
    RegistryClient client = new RegistryClient(server, secret);
    String modelPath =
        "/api/v1/orgs/"
            + RegistryClient.encode(org)
            + "/models/"
            + RegistryClient.encode(modelName);
    String releasePath = modelPath + "/releases/" + RegistryClient.encode(release);
    client.require(client.putJson(modelPath, Map.of()), "creating model " + org + "/" + modelName);
    client.require(client.putJson(releasePath, Map.of()), "creating release " + release);
    int index = 0;
    for (Map.Entry<String, Path> upload : uploads.entrySet()) {
      index++;
      err.printf("uploading %d/%d %s%n", index, uploads.size(), TerminalText.safe(upload.getKey()));
      err.flush();
      client.require(
          client.putFile(
              releasePath + "/files?path=" + RegistryClient.encode(upload.getKey()),
              upload.getValue()),
          "uploading " + upload.getKey());
    }
    JsonNode report =
        client.require(client.postJson(releasePath + "/check", Map.of()), "checking").body();
    boolean passed = report != null && report.path("passed").asBoolean(false);
    String state = "draft";
    List<String> refusals = new ArrayList<>();
    if (!draft && passed) {
      RegistryClient.Answer answer =
          client.postJson(releasePath + "/transitions", Map.of("action", "submit"));
      if (answer.status() == 409) {
        answer
            .body()
            .path("details")
            .path("guards")
            .forEach(
                guard ->
                    refusals.add(
                        guard.path("message").asText() + " (" + guard.path("hint").asText() + ")"));
      } else {
        state = client.require(answer, "submitting").body().path("state").asText("submitted");
      }
    }
    print(json, modelName, uploads, report, state, refusals);
    return passed && refusals.isEmpty() ? ExitCode.OK : ExitCode.REQUIREMENTS_FAILED;
  }

  private boolean checkFormat() throws InputException {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default ->
          throw new InputException(
              "--format", 0, "unknown format '" + format + "'", "use text or json");
    };
  }

  /** The dossier files as read by {@code clearance check}, the inspection and the bundle. */
  private Map<String, Path> filesToUpload() throws InputException, IOException {
    Path root = folder.toAbsolutePath().normalize();
    Dossier dossier = new DossierSource(CheckpointInspector.NONE).read(folder, warning -> {});
    Map<String, Path> uploads = new TreeMap<>();
    for (String read : dossier.filesRead()) {
      Path file = Path.of(read).toAbsolutePath().normalize();
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        uploads.put(root.relativize(file).toString().replace('\\', '/'), file);
      }
    }
    CheckpointInspection inspection =
        new CheckpointFolderInspector(HeaderLimits.DEFAULT, InputLimits.DEFAULT).inspect(root);
    if (inspection.totalParameters() > 0) {
      Path summary = Files.createTempFile("clearance-inspection", ".json");
      summary.toFile().deleteOnExit();
      Files.writeString(summary, InspectionJson.write(inspection), StandardCharsets.UTF_8);
      uploads.put(InspectionJson.FILE_NAME, summary);
    }
    Path signature = bundle != null ? bundle : root.resolve("model.sig");
    if (Files.isRegularFile(signature)) {
      uploads.put("model.sig", signature);
    } else if (bundle != null) {
      throw new InputException(
          bundle.toString(), 0, "no such file", "pass the bundle made by" + " `clearance sign`");
    }
    return uploads;
  }

  private void print(
      boolean json,
      String modelName,
      Map<String, Path> uploads,
      JsonNode report,
      String state,
      List<String> refusals)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      // Made here, not when the command tree is built: a mapper costs start-up time for every
      // other command.
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("server", server.toString());
      root.put("org", org);
      root.put("model", modelName);
      root.put("release", release);
      root.put("state", state);
      root.putPOJO("uploaded", new ArrayList<>(uploads.keySet()));
      root.putPOJO("refusals", refusals);
      root.set("report", report);
      out.print(mapper.writeValueAsString(root) + "\n");
    } else {
      Map<String, String> lines = new LinkedHashMap<>();
      lines.put("release", org + "/" + modelName + " " + release + " at " + server);
      lines.put("uploaded", String.join(", ", uploads.keySet()));
      if (report != null) {
        lines.put(
            "check",
            "Tier "
                + report.path("tier").path("tier").asText("?")
                + " under "
                + report.path("policy").path("id").asText()
                + "@"
                + report.path("policy").path("version").asText()
                + ": "
                + (report.path("passed").asBoolean() ? "PASSED" : "FAILED")
                + " ("
                + report.path("summary").path("passed").asInt()
                + " passed, "
                + report.path("summary").path("failed").asInt()
                + " failed)");
      }
      lines.put("state", state);
      lines.forEach((key, value) -> out.printf("%-9s %s%n", key + ":", TerminalText.safe(value)));
      for (String refusal : refusals) {
        out.println("refused:  " + TerminalText.safe(refusal));
      }
      if (report != null && !report.path("passed").asBoolean()) {
        out.println(
            "Run `clearance check " + folder + "` to see what is missing and how to fix it.");
      }
    }
    out.flush();
  }
}
