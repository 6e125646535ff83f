package dev.clearance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.checkpoint.CheckpointFile;
import dev.clearance.artifacts.checkpoint.CheckpointInspection;
import dev.clearance.artifacts.checkpoint.DtypeTotal;
import dev.clearance.artifacts.checkpoint.UnsafeFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a checkpoint inspection: what {@code clearance inspect --format json} prints and
 * what {@code clearance submit} uploads as {@code clearance-inspection.json}, so the registry can
 * use the exact parameter count from the headers without receiving the weights.
 */
final class InspectionJson {

  /** The name of the inspection file in an uploaded dossier. */
  static final String FILE_NAME = "clearance-inspection.json";

  private InspectionJson() {}

  /** The inspection as pretty-printed JSON, ending in a newline. */
  static String write(CheckpointInspection inspection) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("subject", inspection.subject());
    ArrayNode files = root.putArray("files");
    for (CheckpointFile file : inspection.counted()) {
      ObjectNode node = files.addObject();
      node.put("file", file.file());
      node.put("format", file.format().name().toLowerCase(Locale.ROOT));
      node.put("tensors", file.tensors().size());
      node.put("parameters", file.parameters());
      node.put("bytes", file.bytes());
      dtypes(node.putArray("dtypes"), file.dtypes());
      file.architecture().ifPresent(name -> node.put("architecture", name));
    }
    root.put("totalParameters", inspection.totalParameters());
    root.put("totalBytes", inspection.totalBytes());
    root.put("tensors", inspection.tensorCount());
    dtypes(root.putArray("dtypes"), inspection.dtypes());
    inspection.countSource().ifPresent(source -> root.put("countedFrom", source));
    inspection.architecture().ifPresent(name -> root.put("architecture", name));
    inspection.experts().ifPresent(experts -> root.put("experts", experts));
    inspection.activeParameters().ifPresent(active -> root.put("activeParameters", active));
    ArrayNode notCounted = root.putArray("notCounted");
    for (Map.Entry<String, String> entry : inspection.notCounted().entrySet()) {
      notCounted.addObject().put("file", entry.getKey()).put("reason", entry.getValue());
    }
    ArrayNode unsafe = root.putArray("unsafe");
    for (UnsafeFile file : inspection.unsafe()) {
      unsafe.addObject().put("file", file.file()).put("reason", file.reason());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(
          "a tree of strings and numbers always serializes", impossible);
    }
  }

  private static void dtypes(ArrayNode array, List<DtypeTotal> totals) {
    for (DtypeTotal total : totals) {
      array
          .addObject()
          .put("dtype", total.dtype())
          .put("tensors", total.tensors())
          .put("parameters", total.parameters())
          .put("bytes", total.bytes());
    }
  }
}
