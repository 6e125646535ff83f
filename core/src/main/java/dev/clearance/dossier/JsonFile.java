package dev.clearance.dossier;

import dev.clearance.document.Node;

/**
 * A JSON or YAML file of the dossier read as a tree, such as {@code config.json} or {@code
 * model.safetensors.index.json}.
 *
 * @param file the path shown to the user
 * @param root the document
 */
public record JsonFile(String file, Node.Mapping root) {}
