package org.sitrep.eval;

/** Precision, recall and F1 from three counts, for any score that has them. */
public interface PrecisionRecall {
  /** How many the gold data holds. */
  int relevant();

  /** How many were predicted. */
  int retrieved();

  /** How many predicted were right. */
  int hits();

  default double precision() {
    return retrieved() == 0 ? 0 : (double) hits() / retrieved();
  }

  default double recall() {
    return relevant() == 0 ? 0 : (double) hits() / relevant();
  }

  default double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
