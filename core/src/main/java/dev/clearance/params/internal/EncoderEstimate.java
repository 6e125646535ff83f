package dev.clearance.params.internal;

import static dev.clearance.params.internal.Arithmetic.plus;
import static dev.clearance.params.internal.Arithmetic.times;

import dev.clearance.document.Node;
import java.util.Set;

/**
 * Counts BERT and RoBERTa encoders: word, position and token-type embeddings with a LayerNorm,
 * layers of biased self-attention and MLP with two LayerNorms, and the head named by the first
 * {@code architectures} entry: {@code *ForMaskedLM} adds the masked-LM transform and output bias
 * (its matrix is tied to the embeddings), {@code *ForPreTraining} adds that plus the pooler and the
 * next-sentence classifier, anything else counts the pooler and leaves out task heads.
 */
public final class EncoderEstimate {

  private static final Set<String> TYPES = Set.of("bert", "roberta", "xlm-roberta", "camembert");

  private EncoderEstimate() {}

  public static boolean supports(String modelType) {
    return TYPES.contains(modelType);
  }

  /**
   * @throws UnusableConfigException when a needed value is missing or not a usable number
   */
  public static Estimate estimate(String modelType, ConfigValues values)
      throws UnusableConfigException {
    long hidden = values.positive("hidden_size");
    long layers = values.count("num_hidden_layers");
    long vocabulary = values.count("vocab_size");
    long inner = values.count("intermediate_size");
    long positions = values.count("max_position_embeddings");
    long tokenTypes = values.countOr(modelType.equals("bert") ? 2 : 1, "type_vocab_size");
    long embeddings =
        plus(
            times(vocabulary, hidden),
            times(positions, hidden),
            times(tokenTypes, hidden),
            times(2, hidden));
    long layer =
        plus(
            times(4, plus(times(hidden, hidden), hidden)),
            times(2, hidden),
            times(hidden, inner),
            inner,
            times(inner, hidden),
            hidden,
            times(2, hidden));
    String architecture = firstArchitecture(values);
    long pooler = plus(times(hidden, hidden), hidden);
    long maskedLanguageHead = plus(times(hidden, hidden), hidden, times(2, hidden), vocabulary);
    long head;
    String headName;
    if (architecture.endsWith("ForMaskedLM")) {
      head = maskedLanguageHead;
      headName = "masked-LM head (matrix tied to the embeddings)";
    } else if (architecture.endsWith("ForPreTraining")) {
      head = plus(maskedLanguageHead, pooler, times(2, hidden), 2);
      headName = "pooler, masked-LM and next-sentence heads";
    } else {
      head = pooler;
      headName = "pooler; task heads not counted";
    }
    long total = plus(embeddings, times(layers, layer), head);
    return Estimate.dense(
        total,
        ("%s encoder%s: %d layers × (self-attention, MLP %d, 2 LayerNorms, biases) + embeddings"
                + " (%d tokens, %d positions, %d token types) × %d + %s")
            .formatted(
                modelType,
                architecture.isEmpty() ? "" : " " + architecture,
                layers,
                inner,
                vocabulary,
                positions,
                tokenTypes,
                hidden,
                headName));
  }

  private static String firstArchitecture(ConfigValues values) {
    return values
        .mapping()
        .sequence("architectures")
        .filter(sequence -> !sequence.items().isEmpty())
        .map(sequence -> sequence.items().get(0))
        .filter(Node.Scalar.class::isInstance)
        .map(Node.Scalar.class::cast)
        .filter(scalar -> !scalar.isNull())
        .map(Node.Scalar::text)
        .orElse("");
  }
}
