package dev.clearance.artifacts.checkpoint;

/** The checkpoint formats whose headers Clearance reads. */
public enum CheckpointFormat {
  /** Hugging Face safetensors: a JSON header before raw tensor data. */
  SAFETENSORS,
  /** GGUF v2 or v3 (llama.cpp): typed metadata and tensor infos before aligned tensor data. */
  GGUF
}
