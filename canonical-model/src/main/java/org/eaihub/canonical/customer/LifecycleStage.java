package org.eaihub.canonical.customer;

/** The customer card's lifecycle: potential → current (at the first transaction) → former (when buying stops). */
public enum LifecycleStage {
    POTENTIAL,
    CURRENT,
    FORMER
}
