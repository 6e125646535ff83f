package dev.clearance.server.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clearance.server.http.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint files as {@code clearance inspect} counted them from their headers (ART-1), from
 * the uploaded {@code clearance-inspection.json}: parameters, bytes and dtypes per file and in
 * total. The registry never receives the weights; this is what the organization's pipeline read.
 *
 * @param countedFrom which files the total was counted from, e.g. {@code safetensors}
 * @param notCounted files that were not counted, with the reason
 * @param unsafe files refused as unsafe (e.g. pickles), with the reason
 */
public record InspectionView(
    long totalParameters,
    long totalBytes,
    long tensors,
    Long activeParameters,
    Integer experts,
    String architecture,
    String countedFrom,
    List<Dtype> dtypes,
    List<CheckpointFile> files,
    List<FileNote> notCounted,
    List<FileNote> unsafe) {

  public InspectionView {
    dtypes = dtypes == null ? List.of() : List.copyOf(dtypes);
    files = files == null ? List.of() : List.copyOf(files);
    notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
    unsafe = unsafe == null ? List.of() : List.copyOf(unsafe);
  }

  /** Parameters and bytes of one dtype. */
  public record Dtype(String dtype, long tensors, long parameters, long bytes) {}

  /** One checkpoint file. */
  public record CheckpointFile(
      String file,
      String format,
      long tensors,
      long parameters,
      long bytes,
      List<Dtype> dtypes,
      String architecture) {

    public CheckpointFile {
      dtypes = dtypes == null ? List.of() : List.copyOf(dtypes);
    }
  }

  /** A file and why it was not counted. */
  public record FileNote(String file, String reason) {}

  private static final Logger LOG = LoggerFactory.getLogger(InspectionView.class);

  private static final ObjectReader READER =
      Json.mapper()
          .readerFor(InspectionView.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The inspection in {@code json}; empty (logged) when it does not read as one. */
  static Optional<InspectionView> of(String json) {
    try {
      return Optional.of(READER.readValue(json));
    } catch (IOException e) {
      LOG.warn("the uploaded checkpoint inspection does not read: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
