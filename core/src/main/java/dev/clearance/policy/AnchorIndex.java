package dev.clearance.policy;

import dev.clearance.policy.internal.RegexAnchors;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every anchor of a policy's text patterns in one Aho-Corasick automaton, so that one pass over a
 * card section tells which patterns can match in it ({@link TextPattern#mayMatch}) and where their
 * anchors are ({@link TextPattern#firstMatch}).
 *
 * <p>The automaton is a deterministic table over the characters that occur in anchors; a text
 * character is lower-cased as {@link RegexAnchors#lower} does before the lookup, so one pass needs
 * no lower-case copy of the text. Immutable and safe to share between threads.
 */
public final class AnchorIndex {

  private final String[] anchors;

  /** Per char: 1 + index of its lower case in the alphabet, or 0 when no anchor holds it. */
  private final char[] symbolOf;

  private final int symbols;

  /**
   * The most trie states an index may have: states are numbered in a {@code char} so that the
   * transition table stays small enough for the processor's caches (the scan is bound by its
   * lookups). The bundled policy needs about 2,600 for its 471 anchors.
   */
  static final int MAX_STATES = Character.MAX_VALUE + 1;

  /** The most cells the transition table may have (32 MiB of {@code char}s). */
  static final long MAX_TABLE_CELLS = 1L << 24;

  /**
   * Transition table: (state << rowShift) + symbol (symbol 0 is "any other character") gives the
   * target state. States are numbered so that those where anchors end come last, from {@link
   * #firstEnding} on: the scan tells them by a comparison, without another lookup.
   */
  private final char[] next;

  /**
   * Rows of {@link #next} are 2^rowShift wide, the symbol count rounded up to a power of two, so
   * the scan finds a row with a shift: the multiplication it replaces sat on the chain of dependent
   * lookups that bounds the scan.
   */
  private final int rowShift;

  /** The lowest state number at which anchors end. */
  private final int firstEnding;

  /** Per state: the anchors (indexes into {@link #anchors}) that end there, or null. */
  private final int[][] output;

  /** Per pattern of the index: a bit per anchor (index into {@link #anchors}) it has. */
  private final Map<TextPattern, long[]> masks = new IdentityHashMap<>();

  /**
   * Per anchor set of a pattern of the index (its reaches, each of its other required sets): the
   * indexes of those anchors, so that counting their hits needs no lookup by name.
   */
  private final Map<Map<String, RegexAnchors.Reach>, int[]> anchorSets = new IdentityHashMap<>();

  public AnchorIndex(Collection<TextPattern> patterns) {
    Set<String> distinct = new TreeSet<>();
    for (TextPattern pattern : patterns) {
      distinct.addAll(pattern.anchors());
      pattern.others().forEach(other -> distinct.addAll(other.keySet()));
      for (TextPattern branch : pattern.branches()) {
        distinct.addAll(branch.anchors());
        branch.others().forEach(other -> distinct.addAll(other.keySet()));
      }
    }
    distinct.remove("");
    this.anchors = distinct.toArray(String[]::new);
    for (TextPattern pattern : patterns) {
      masks.put(pattern, mask(pattern.anchors()));
      indexAnchorSets(pattern);
      for (TextPattern branch : pattern.branches()) {
        masks.put(branch, mask(branch.anchors()));
        indexAnchorSets(branch);
      }
    }
    this.symbolOf = new char[Character.MAX_VALUE + 1];
    int alphabet = 0;
    for (String anchor : anchors) {
      for (int i = 0; i < anchor.length(); i++) {
        char c = anchor.charAt(i);
        if (symbolOf[c] == 0) {
          symbolOf[c] = (char) ++alphabet;
        }
      }
    }
    this.symbols = alphabet + 1;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char lower = Character.toLowerCase((char) c);
      if (symbolOf[c] == 0 && lower != c) {
        symbolOf[c] = symbolOf[lower];
      }
    }
    // Trie.
    List2 trie = new List2(symbols);
    List<int[]> outputs = new ArrayList<>();
    outputs.add(null);
    for (int index = 0; index < anchors.length; index++) {
      int state = 0;
      for (int i = 0; i < anchors[index].length(); i++) {
        int symbol = symbolOf[anchors[index].charAt(i)];
        int target = trie.get(state, symbol);
        if (target <= 0) {
          target = trie.add();
          outputs.add(null);
          trie.set(state, symbol, target);
        }
        state = target;
      }
      outputs.set(state, append(outputs.get(state), index));
    }
    // Failure links, breadth first, turning the trie into a complete transition table.
    int states = trie.size();
    int[] table = trie.table(states);
    int[] failure = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int symbol = 0; symbol < symbols; symbol++) {
      int target = table[symbol];
      if (target > 0) {
        failure[target] = 0;
        queue.add(target);
      } else {
        table[symbol] = 0;
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int[] inherited = outputs.get(failure[state]);
      if (inherited != null) {
        int[] own = outputs.get(state);
        for (int index : inherited) {
          own = append(own, index);
        }
        outputs.set(state, own);
      }
      for (int symbol = 0; symbol < symbols; symbol++) {
        int target = table[state * symbols + symbol];
        int fallback = table[failure[state] * symbols + symbol];
        if (target > 0) {
          failure[target] = fallback;
          queue.add(target);
        } else {
          table[state * symbols + symbol] = fallback;
        }
      }
    }
    if (states > MAX_STATES) {
      throw new IllegalArgumentException(
          "the text patterns have too many anchors: "
              + anchors.length
              + " anchors make "
              + states
              + " automaton states, at most "
              + MAX_STATES
              + " are supported; use fewer or shorter anchor words");
    }
    // Renumber: the root stays 0, states without anchors ending come first.
    int[] number = new int[states];
    int numbered = 0;
    for (int state = 0; state < states; state++) {
      if (outputs.get(state) == null) {
        number[state] = numbered++;
      }
    }
    this.firstEnding = numbered;
    for (int state = 0; state < states; state++) {
      if (outputs.get(state) != null) {
        number[state] = numbered++;
      }
    }
    this.rowShift = 32 - Integer.numberOfLeadingZeros(symbols - 1);
    if (((long) states << rowShift) > MAX_TABLE_CELLS) {
      throw new IllegalArgumentException(
          "the text patterns' anchors are too varied: "
              + states
              + " automaton states over "
              + symbols
              + " distinct characters need a table larger than "
              + MAX_TABLE_CELLS
              + " cells; use fewer anchor words or fewer distinct characters in them");
    }
    this.next = new char[states << rowShift];
    this.output = new int[states][];
    for (int state = 0; state < states; state++) {
      output[number[state]] = outputs.get(state);
      for (int symbol = 0; symbol < symbols; symbol++) {
        next[(number[state] << rowShift) + symbol] = (char) number[table[state * symbols + symbol]];
      }
    }
  }

  private static int[] append(int[] values, int value) {
    if (values == null) {
      return new int[] {value};
    }
    int[] longer = Arrays.copyOf(values, values.length + 1);
    longer[values.length] = value;
    return longer;
  }

  /** The anchors that occur in {@code text} (matched in lower case). */
  public Set<String> anchorsIn(String text) {
    return hits(text).present();
  }

  /** Where each anchor occurs in {@code text} (matched in lower case), in one pass. */
  public AnchorHits hits(String text) {
    if (anchors.length == 0 || text.isEmpty()) {
      return AnchorHits.NONE;
    }
    int[] found = null;
    int count = 0;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = next[(state << rowShift) + symbolOf[text.charAt(i)]];
      if (state >= firstEnding) {
        int[] ending = output[state];
        if (found == null) {
          found = new int[16];
        }
        for (int index : ending) {
          if (count + 2 > found.length) {
            found = Arrays.copyOf(found, found.length * 2);
          }
          found[count++] = index;
          found[count++] = i + 1 - anchors[index].length();
        }
      }
    }
    if (count == 0) {
      return AnchorHits.NONE;
    }
    return AnchorHits.of(this, anchors.length, found, count);
  }

  private long[] mask(Set<String> of) {
    long[] mask = new long[(anchors.length + 63) / 64];
    for (String anchor : of) {
      int index = Arrays.binarySearch(anchors, anchor);
      if (index >= 0) {
        mask[index >>> 6] |= 1L << index;
      }
    }
    return mask;
  }

  private void indexAnchorSets(TextPattern pattern) {
    anchorSets.put(pattern.reaches(), indexesOf(pattern.reaches().keySet()));
    for (Map<String, RegexAnchors.Reach> other : pattern.others()) {
      anchorSets.put(other, indexesOf(other.keySet()));
    }
  }

  private int[] indexesOf(Set<String> of) {
    return of.stream().mapToInt(this::indexOf).filter(index -> index >= 0).toArray();
  }

  /**
   * The indexes of the anchors of {@code set}, one of the anchor sets of a pattern of this index;
   * null for any other set.
   */
  int[] anchorSet(Map<String, RegexAnchors.Reach> set) {
    return anchorSets.get(set);
  }

  /** The bit per anchor of {@code pattern}, or null when it is not one of this index's patterns. */
  long[] mask(TextPattern pattern) {
    return masks.get(pattern);
  }

  /** The anchor with this index. */
  String anchor(int index) {
    return anchors[index];
  }

  /** The index of {@code anchor}, or a negative number when it is not one of this index's. */
  int indexOf(String anchor) {
    return Arrays.binarySearch(anchors, anchor);
  }

  /** The index of every text pattern of a policy. */
  public static AnchorIndex forPolicy(Policy policy) {
    return new AnchorIndex(policy.textPatterns());
  }

  /** A growable transition table for building the trie. */
  private static final class List2 {
    private final int width;
    private int[] cells;
    private int size;

    List2(int width) {
      this.width = width;
      this.cells = new int[width * 64];
      this.size = 1;
    }

    int add() {
      if ((size + 1) * width > cells.length) {
        cells = Arrays.copyOf(cells, cells.length * 2);
      }
      return size++;
    }

    int get(int state, int symbol) {
      return cells[state * width + symbol];
    }

    void set(int state, int symbol, int target) {
      cells[state * width + symbol] = target;
    }

    int size() {
      return size;
    }

    int[] table(int states) {
      return Arrays.copyOf(cells, states * width);
    }
  }
}
