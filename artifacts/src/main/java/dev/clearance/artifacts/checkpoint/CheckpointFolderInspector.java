package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Inspects a model folder or a single checkpoint file without loading weights (ART-1). In a folder
 * it reads the top-level checkpoint files: the shards a {@code *.safetensors.index.json} lists
 * (other safetensors files are reported as not counted), else every {@code .safetensors} file; GGUF
 * files only when there is no safetensors checkpoint, each complete GGUF file (or set of split
 * files {@code -00001-of-00003.gguf}) being one variant of the model and the largest variant
 * counted. Pickle files ({@code .bin .pt .pth .ckpt .pkl .pickle}) anywhere up to {@value
 * #MAX_DEPTH} levels down are listed as unsafe and never opened. {@code config.json} gives the
 * architecture and the mixture-of-experts counts ({@link ModelConfig}).
 */
public final class CheckpointFolderInspector {

  static final int MAX_DEPTH = 4;
  private static final int MAX_ENTRIES = 100_000;
  static final String PICKLE_REASON =
      "PyTorch pickle format: loading it runs code stored in the file, so Clearance never opens"
          + " it; publish safetensors instead";

  /** PEFT adapter weights ({@code adapter_model.safetensors}): deltas to a base model. */
  private static final String ADAPTER_PREFIX = "adapter_model";

  static final String ADAPTER_REASON =
      "PEFT adapter weights: they change a base model that is not in this folder, so they are not"
          + " the model's parameter count";
  private static final String INDEX_SUFFIX = ".safetensors.index.json";

  private final HeaderLimits limits;
  private final InputLimits jsonLimits;

  public CheckpointFolderInspector(HeaderLimits limits, InputLimits jsonLimits) {
    this.limits = limits;
    this.jsonLimits = jsonLimits;
  }

  /**
   * @param path a model folder, a {@code .safetensors}, {@code .gguf} or index file, or a pickle
   *     file (reported as unsafe)
   * @throws InputException when the path is missing, a header is malformed or hostile, or a shard
   *     path leads outside the folder; the message names the file, the tensor and the problem
   */
  public CheckpointInspection inspect(Path path) throws InputException {
    if (Files.isDirectory(path)) {
      return inspectFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(
          path.toString(), 0, "no such file or folder", "give a model folder or checkpoint file");
    }
    String name = FolderFiles.lower(path);
    if (FolderFiles.isPickle(name)) {
      return result(
          path,
          List.of(),
          Map.of(),
          List.of(new UnsafeFile(path.toString(), PICKLE_REASON)),
          Optional.empty(),
          ModelConfig.NONE);
    }
    if (name.endsWith(INDEX_SUFFIX)) {
      return inspectIndexed(
          path.toString(),
          path.toAbsolutePath().getParent(),
          List.of(path),
          List.of(),
          List.of(),
          ModelConfig.NONE);
    }
    if (name.endsWith(".safetensors") || name.endsWith(".gguf")) {
      return result(
          path,
          List.of(read(path)),
          Map.of(),
          List.of(),
          Optional.of(path.toString()),
          ModelConfig.NONE);
    }
    throw new InputException(
        path.toString(),
        0,
        "is not a checkpoint file (.safetensors, .gguf, or a sharded-checkpoint index)",
        "give a model folder or a checkpoint file");
  }

  private CheckpointInspection inspectFolder(Path folder) throws InputException {
    List<Path> top = new ArrayList<>();
    List<UnsafeFile> unsafe = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
      Iterable<Path> entries =
          walk.limit(MAX_ENTRIES).sorted(Comparator.comparing(Path::toString))::iterator;
      for (Path entry : entries) {
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
            && !Files.isSymbolicLink(entry)) {
          continue;
        }
        if (FolderFiles.isPickle(FolderFiles.lower(entry))) {
          unsafe.add(new UnsafeFile(entry.toString(), PICKLE_REASON));
        } else if (folder.equals(entry.getParent())) {
          top.add(entry);
        }
      }
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      throw new InputException(
          folder.toString(),
          0,
          "cannot be listed: " + unreadable.getMessage(),
          "check the folder's permissions");
    }
    ModelConfig config = ModelConfig.read(folder.resolve("config.json"), jsonLimits);
    List<Path> indexes =
        top.stream().filter(file -> FolderFiles.lower(file).endsWith(INDEX_SUFFIX)).toList();
    List<Path> adapters =
        top.stream().filter(file -> FolderFiles.lower(file).startsWith(ADAPTER_PREFIX)).toList();
    List<Path> safetensors =
        top.stream()
            .filter(file -> FolderFiles.lower(file).endsWith(".safetensors"))
            .filter(file -> !adapters.contains(file))
            .toList();
    List<Path> gguf =
        top.stream().filter(file -> FolderFiles.lower(file).endsWith(".gguf")).toList();
    CheckpointInspection found;
    if (!indexes.isEmpty()) {
      found = inspectIndexed(folder.toString(), folder, indexes, safetensors, unsafe, config);
    } else if (!safetensors.isEmpty()) {
      List<CheckpointFile> files = new ArrayList<>();
      for (Path file : safetensors) {
        files.add(read(FolderFiles.insideFolder(folder, file), file.toString()));
      }
      Optional<String> source =
          Optional.of(safetensors.size() == 1 ? safetensors.get(0).toString() : folder.toString());
      found = result(folder, files, Map.of(), unsafe, source, config);
    } else if (!gguf.isEmpty()) {
      found = inspectGguf(folder, gguf, unsafe, config);
    } else {
      found = result(folder, List.of(), Map.of(), unsafe, Optional.empty(), config);
    }
    return adapters.isEmpty() ? found : withAdapters(found, adapters);
  }

  /** Lists adapter files as not counted; their headers are not read. */
  private static CheckpointInspection withAdapters(
      CheckpointInspection found, List<Path> adapters) {
    Map<String, String> notCounted = new LinkedHashMap<>(found.notCounted());
    adapters.forEach(adapter -> notCounted.put(adapter.toString(), ADAPTER_REASON));
    return new CheckpointInspection(
        found.subject(),
        found.counted(),
        notCounted,
        found.unsafe(),
        found.countSource(),
        found.architecture(),
        found.activeParameters(),
        found.experts());
  }

  private CheckpointInspection inspectGguf(
      Path folder, List<Path> gguf, List<UnsafeFile> unsafe, ModelConfig config)
      throws InputException {
    Map<String, List<CheckpointFile>> variants = new LinkedHashMap<>();
    for (Path file : gguf) {
      variants
          .computeIfAbsent(
              GgufVariants.variantOf(file.getFileName().toString()), key -> new ArrayList<>())
          .add(read(FolderFiles.insideFolder(folder, file), file.toString()));
    }
    String largest = null;
    long most = -1;
    for (Map.Entry<String, List<CheckpointFile>> variant : variants.entrySet()) {
      long parameters = GgufVariants.parameters(variant.getValue());
      if (parameters > most) {
        most = parameters;
        largest = variant.getKey();
      }
    }
    Map<String, String> notCounted = new LinkedHashMap<>();
    for (Map.Entry<String, List<CheckpointFile>> variant : variants.entrySet()) {
      if (!variant.getKey().equals(largest)) {
        for (CheckpointFile file : variant.getValue()) {
          notCounted.put(
              file.file(), "another GGUF variant of the model; " + largest + " is counted");
        }
      }
    }
    List<CheckpointFile> counted = variants.get(largest);
    Optional<String> source =
        Optional.of(counted.size() == 1 ? counted.get(0).file() : folder.toString());
    return new CheckpointInspection(
        folder.toString(),
        counted,
        notCounted,
        unsafe,
        source,
        architecture(config, counted),
        config.active(),
        config.experts());
  }

  private CheckpointInspection inspectIndexed(
      String subject,
      Path folder,
      List<Path> indexes,
      List<Path> safetensors,
      List<UnsafeFile> unsafe,
      ModelConfig config)
      throws InputException {
    ShardIndexReader indexReader = new ShardIndexReader(jsonLimits);
    List<CheckpointFile> counted = new ArrayList<>();
    List<Path> listed = new ArrayList<>();
    for (Path indexPath : indexes) {
      ShardIndex index =
          indexReader.parse(
              indexPath.toString(),
              FolderFiles.read(FolderFiles.insideFolder(folder, indexPath), jsonLimits));
      List<Path> shards = indexReader.resolve(folder, index);
      Map<String, CheckpointFile> byShard = new LinkedHashMap<>();
      for (int position = 0; position < shards.size(); position++) {
        CheckpointFile shard =
            read(shards.get(position), folder.resolve(index.shards().get(position)).toString());
        byShard.put(index.shards().get(position), shard);
        counted.add(shard);
        listed.add(shards.get(position));
      }
      IndexAgreement.check(index, byShard);
    }
    Map<String, String> notCounted = new LinkedHashMap<>();
    for (Path file : safetensors) {
      if (!listed.contains(FolderFiles.realPath(file))) {
        notCounted.put(file.toString(), "not listed in the shard index");
      }
    }
    Optional<String> source = Optional.of(indexes.get(0).toString());
    return new CheckpointInspection(
        subject,
        counted,
        notCounted,
        unsafe,
        source,
        architecture(config, counted),
        config.active(),
        config.experts());
  }

  private CheckpointInspection result(
      Path subject,
      List<CheckpointFile> counted,
      Map<String, String> notCounted,
      List<UnsafeFile> unsafe,
      Optional<String> source,
      ModelConfig config) {
    return new CheckpointInspection(
        subject.toString(),
        counted,
        notCounted,
        unsafe,
        source,
        architecture(config, counted),
        config.active(),
        config.experts());
  }

  private static Optional<String> architecture(ModelConfig config, List<CheckpointFile> counted) {
    if (config.architecture().isPresent()) {
      return config.architecture();
    }
    return counted.stream().map(CheckpointFile::architecture).flatMap(Optional::stream).findFirst();
  }

  private CheckpointFile read(Path file) throws InputException {
    return read(file, file.toString());
  }

  private CheckpointFile read(Path file, String display) throws InputException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return FolderFiles.lower(file).endsWith(".gguf")
          ? new GgufReader(limits).read(display, channel)
          : new SafetensorsReader(limits).read(display, channel);
    } catch (IOException unreadable) {
      throw HeaderInput.unreadable(display, unreadable);
    }
  }
}
