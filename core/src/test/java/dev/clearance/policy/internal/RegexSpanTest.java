package dev.clearance.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexSpanTest {

  private static final int UNBOUNDED = RegexSpan.UNBOUNDED;

  @Test
  void of_literalsAndBoundedRepeats_countCharacters() {
    assertThat(RegexSpan.of("\\bcode (model|llm)\\b")).isEqualTo(new RegexSpan(10, 0, 1));
    assertThat(RegexSpan.of("a[^.\\n]{0,25}b")).isEqualTo(new RegexSpan(27, 0, 25));
  }

  @Test
  void of_partsThatMatchLineBreaks_countThem() {
    assertThat(RegexSpan.of("a\\s?b")).isEqualTo(new RegexSpan(3, 1, 1));
    assertThat(RegexSpan.of("a[^.]{0,5}")).isEqualTo(new RegexSpan(6, 5, 5));
    assertThat(RegexSpan.of("[\\s\\S]{0,3}")).isEqualTo(new RegexSpan(3, 3, 3));
  }

  @Test
  void of_unboundedRepeatInALine_staysInTheLine() {
    assertThat(RegexSpan.of("\\w+coder|.*x")).isEqualTo(new RegexSpan(UNBOUNDED, 0, UNBOUNDED));
    assertThat(RegexSpan.of("\\s*")).isEqualTo(new RegexSpan(UNBOUNDED, UNBOUNDED, UNBOUNDED));
  }

  @Test
  void of_partsWithoutWhiteSpace_countNoBlanks() {
    assertThat(RegexSpan.of("\\b\\d[\\d,.]*\\s?(k|m)?\\s?"))
        .isEqualTo(new RegexSpan(UNBOUNDED, 2, 2));
    assertThat(RegexSpan.of("\\w+[^\\s\\d]\\S*")).isEqualTo(new RegexSpan(UNBOUNDED, 0, 0));
    assertThat(RegexSpan.of("a b\\t\\ c")).isEqualTo(new RegexSpan(6, 0, 3));
    assertThat(RegexSpan.of("[^.\\n]|.")).isEqualTo(new RegexSpan(1, 0, 1));
  }

  @Test
  void of_rangeFromAClassEscape_isUnknown() {
    assertThat(RegexSpan.of("[\\t-x]")).isEqualTo(RegexSpan.UNKNOWN);
  }

  @Test
  void of_lookaroundsAndAnchors_areZeroWidth() {
    assertThat(RegexSpan.of("(?<![\\w-])ab(?!\\s+c)^$")).isEqualTo(new RegexSpan(2, 0, 0));
  }

  @Test
  void of_constructsThatAWindowCouldChange_areUnknown() {
    assertThat(RegexSpan.of("(?>ab)")).isEqualTo(RegexSpan.UNKNOWN);
    assertThat(RegexSpan.of("a++b")).isEqualTo(RegexSpan.UNKNOWN);
    assertThat(RegexSpan.of("(a)\\1")).isEqualTo(RegexSpan.UNKNOWN);
    assertThat(RegexSpan.of("(?s).")).isEqualTo(RegexSpan.UNKNOWN);
    assertThat(RegexSpan.of("[a&&b]")).isEqualTo(RegexSpan.UNKNOWN);
  }

  @Test
  void bounded_unknown_isFalse() {
    assertThat(RegexSpan.UNKNOWN.bounded()).isFalse();
    assertThat(new RegexSpan(UNBOUNDED, 0, UNBOUNDED).bounded()).isTrue();
    assertThat(new RegexSpan(UNBOUNDED, 2, 2).bounded()).isTrue();
  }
}
