package dev.clearance.tier;

/** A risk tier of the Responsible Release Framework, 1 (lowest) to 4 (most rigorous review). */
public enum Tier {
  T1(1),
  T2(2),
  T3(3),
  T4(4);

  private final int level;

  Tier(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }

  public static Tier of(int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("tier must be 1 to 4, was " + level);
    }
    return values()[level - 1];
  }

  public Tier max(Tier other) {
    return other.level > level ? other : this;
  }

  @Override
  public String toString() {
    return "Tier " + level;
  }
}
