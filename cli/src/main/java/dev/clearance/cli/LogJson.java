package dev.clearance.cli;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON mapper for audit log exports and registry answers, with bounds for untrusted input. */
final class LogJson {

  /** A leaf is at most 64 KiB; revealed details and signed notes stay far below this. */
  static final int MAX_STRING = 4 << 20;

  private static final ObjectMapper MAPPER = create();

  private LogJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    ObjectMapper mapper = JsonMapper.builder().build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(40)
                .build());
    return mapper;
  }
}
