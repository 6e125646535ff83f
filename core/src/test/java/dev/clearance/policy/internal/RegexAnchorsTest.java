package dev.clearance.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexAnchorsTest {

  @Test
  void of_alternationOfWords_isTheWords() {
    assertThat(RegexAnchors.of("\\b(wikipedia|common ?crawl|arxiv)\\b"))
        .containsExactlyInAnyOrder("wikipedia", "common", "arxiv");
  }

  @Test
  void of_sequence_picksTheMostSelectiveRequiredPart() {
    assertThat(RegexAnchors.of("\\b\\d[\\d,.]*\\s?(kwh|mwh|gwh)\\b"))
        .containsExactlyInAnyOrder("kwh", "mwh", "gwh");
    assertThat(RegexAnchors.of("tokens?")).containsExactly("token");
  }

  @Test
  void of_optionalPart_isNotAnAnchor() {
    assertThat(RegexAnchors.of("(benchmark)?\\d+")).isNull();
    assertThat(RegexAnchors.of("(?:foo)*bar")).containsExactly("bar");
  }

  @Test
  void of_branchWithoutLiteral_makesTheWholeSetUnknown() {
    assertThat(RegexAnchors.of("apache|\\d+")).isNull();
  }

  @Test
  void of_shortAnchor_isRefused() {
    assertThat(RegexAnchors.of("\\bmit\\b|\\bcc\\b")).isNull();
  }

  @Test
  void of_lookaroundsAndQuotes_areZeroWidthOrLiteral() {
    assertThat(RegexAnchors.of("(?<![\\w-])(?:(?i:\\Qtruthful\\E[-_ ]?qa))(?!\\w)"))
        .containsExactly("truthful");
  }

  @Test
  void of_unsupportedSyntax_isUnknownNotWrong() {
    assertThat(RegexAnchors.of("(?<name>abc)")).isNull();
    assertThat(RegexAnchors.of("abc(")).isNull();
  }

  @Test
  void anchoring_reach_isWhatAMatchSpansBeforeAndAfterTheAnchor() {
    RegexAnchors.Anchoring anchoring =
        RegexAnchors.anchoring("\\b\\d+\\s?(kwh|mwh)\\b[^.\\n]{0,9}x");
    assertThat(anchoring.anchors()).containsExactlyInAnyOrder("kwh", "mwh");
    assertThat(anchoring.before()).isEqualTo(new RegexSpan(RegexSpan.UNBOUNDED, 1, 1));
    assertThat(anchoring.after()).isEqualTo(new RegexSpan(10, 0, 9));
  }

  @Test
  void anchoring_repeatedGroup_reachesOverTheWholeRepeat() {
    RegexAnchors.Anchoring anchoring = RegexAnchors.anchoring("a(foo){1,3}b");
    assertThat(anchoring.anchors()).containsExactly("foo");
    assertThat(anchoring.before()).isEqualTo(new RegexSpan(10, 0, 0));
    assertThat(anchoring.after()).isEqualTo(new RegexSpan(10, 0, 0));
  }

  @Test
  void anchoring_alternation_keepsTheReachOfEachAnchor() {
    RegexAnchors.Anchoring anchoring = RegexAnchors.anchoring("\\d+ ?kwh|\\bmwh\\b");
    assertThat(anchoring.reaches().get("kwh"))
        .isEqualTo(
            new RegexAnchors.Reach(new RegexSpan(RegexSpan.UNBOUNDED, 0, 1), RegexSpan.NONE));
    assertThat(anchoring.reaches().get("mwh"))
        .isEqualTo(new RegexAnchors.Reach(RegexSpan.NONE, RegexSpan.NONE));
  }

  @Test
  void alternatives_sequence_givesEveryRequiredPartWithItsReach() {
    List<RegexAnchors.Anchoring> alternatives =
        RegexAnchors.alternatives("\\b(bias|fairness)\\b[^.\\n]{0,9}\\b(evaluat\\w*|tested)\\b");
    assertThat(alternatives).hasSize(2);
    assertThat(alternatives.get(0).anchors()).containsExactlyInAnyOrder("bias", "fairness");
    assertThat(alternatives.get(1).anchors()).containsExactlyInAnyOrder("evaluat", "tested");
    assertThat(alternatives.get(1).before()).isEqualTo(new RegexSpan(17, 0, 9));
    assertThat(RegexAnchors.alternatives("abc|def")).isEmpty();
    assertThat(RegexAnchors.alternatives("ab\\d+xyz")).hasSize(1); // "ab" is too short
  }

  @Test
  void topLevelBranches_alternation_splitsOnlyAtTheTop() {
    assertThat(RegexAnchors.topLevelBranches("a|b(c|d)|[|x]|\\||\\Q|\\E"))
        .containsExactly("a", "b(c|d)", "[|x]", "\\|", "\\Q|\\E");
    assertThat(RegexAnchors.topLevelBranches("[]|]x|y")).containsExactly("[]|]x", "y");
    assertThat(RegexAnchors.topLevelBranches("abc")).containsExactly("abc");
  }

  @Test
  void topLevelBranches_flagsOrBackReferences_keepTheWhole() {
    assertThat(RegexAnchors.topLevelBranches("(?i)a|b")).containsExactly("(?i)a|b");
    assertThat(RegexAnchors.topLevelBranches("(a)|\\1")).containsExactly("(a)|\\1");
  }

  @Test
  void of_nonAsciiLiteralAndAtSign_areAnchors() {
    assertThat(RegexAnchors.of("\\d+ ?(co2|co₂)")).containsExactlyInAnyOrder("co2", "co₂");
    assertThat(RegexAnchors.of("[\\w.]+@[\\w-]+")).containsExactly("@");
  }
}
