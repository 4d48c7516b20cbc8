package io.kbplatform.content.diff;

/** How many comparison steps one diff may still take before it settles for a coarser result. */
final class WorkBudget {

  private long remaining;

  WorkBudget(long steps) {
    this.remaining = steps;
  }

  /** Takes {@code steps}; false once the budget is spent. */
  boolean spend(long steps) {
    remaining -= steps;
    return remaining >= 0;
  }
}
