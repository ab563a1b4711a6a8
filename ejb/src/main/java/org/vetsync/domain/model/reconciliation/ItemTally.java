package org.vetsync.domain.model.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantities of one consult item at reconciliation: planned, dispensed (net of returns), billed (net of credits),
 * returned and wasted.
 *
 * @param billable whether the practice bills the product at all (if not, nothing billed is expected)
 * @param removed whether the item was taken off the consult (then nothing more is expected to be dispensed)
 */
public record ItemTally(
    BigDecimal planned,
    BigDecimal dispensed,
    BigDecimal billed,
    BigDecimal returned,
    BigDecimal wasted,
    boolean billable,
    boolean removed) {

  /** Every way the item does not add up; empty when it does. */
  public List<MismatchKind> mismatches() {
    List<MismatchKind> found = new ArrayList<>();
    if (!removed && dispensed.compareTo(planned) < 0) {
      found.add(MismatchKind.PLANNED_NOT_DISPENSED);
    }
    BigDecimal expectedBilled = billable ? dispensed : BigDecimal.ZERO;
    int billing = billed.compareTo(expectedBilled);
    if (billing < 0) {
      found.add(MismatchKind.DISPENSED_NOT_BILLED);
    } else if (billing > 0) {
      found.add(MismatchKind.BILLED_MORE_THAN_DISPENSED);
    }
    return found;
  }
}
