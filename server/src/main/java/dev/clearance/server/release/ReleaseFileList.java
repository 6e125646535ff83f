package dev.clearance.server.release;

import java.util.List;

/** The files of a release's dossier, ordered by path. */
public record ReleaseFileList(List<ReleaseFileView> items) {
  public ReleaseFileList {
    items = List.copyOf(items);
  }
}
