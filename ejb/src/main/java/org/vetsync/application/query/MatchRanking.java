package org.vetsync.application.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the open consult items of an orphan's product by how likely the dispense was meant for them. The weights
 * follow what a nurse checks when matching by hand: the consult or patient the cabinet named, whether the cabinet
 * held the consult when the drug was taken, whether the quantity fits, and whether the consult was open then.
 */
final class MatchRanking {

  /** What the cabinet reported with the dispense. */
  record Dispensed(String cabinet, String consultRef, String patientRef, BigDecimal quantity, Instant at) {}

  /** One open item of the dispensed product, with where and when its consult was in a cabinet. */
  record Candidate(String consultId, String patientId, String patientName, String itemId, BigDecimal remaining,
      Instant openedAt, Instant closedAt, List<Holding> holdings) {}

  /** A cabinet held the consult from {@code from} until {@code until} (unsynced or expired). */
  record Holding(String cabinet, Instant from, Instant until) {

    boolean covers(Instant at) {
      return !at.isBefore(from) && at.isBefore(until);
    }
  }

  static final int SHOWN = 8;

  private MatchRanking() {}

  static List<MatchSuggestion> rank(Dispensed dispensed, List<Candidate> candidates) {
    return candidates.stream()
        .filter(c -> c.remaining().signum() > 0)
        .map(c -> suggestion(dispensed, c))
        .sorted(Comparator.comparingInt(MatchSuggestion::score).reversed()
            .thenComparing(MatchSuggestion::consultId).thenComparing(MatchSuggestion::itemId))
        .limit(SHOWN)
        .toList();
  }

  private static MatchSuggestion suggestion(Dispensed d, Candidate c) {
    int score = 0;
    List<String> reasons = new ArrayList<>();
    if (Objects.equals(d.consultRef(), c.consultId())) {
      score += 50;
      reasons.add("the consult the cabinet named");
    }
    if (Objects.equals(d.patientRef(), c.patientId())) {
      score += 30;
      reasons.add("the patient the cabinet named");
    }
    List<Holding> here = c.holdings().stream().filter(h -> h.cabinet().equals(d.cabinet())).toList();
    if (here.stream().anyMatch(h -> h.covers(d.at()))) {
      score += 25;
      reasons.add("in cabinet " + d.cabinet() + " at the time");
    } else if (!here.isEmpty()) {
      score += 10;
      reasons.add("synced to cabinet " + d.cabinet() + ", not at the time");
    }
    int fit = c.remaining().compareTo(d.quantity());
    if (fit == 0) {
      score += 20;
      reasons.add("exactly the quantity left");
    } else if (fit > 0) {
      score += 10;
      reasons.add("quantity fits (" + c.remaining().stripTrailingZeros().toPlainString() + " left)");
    } else {
      reasons.add("only " + c.remaining().stripTrailingZeros().toPlainString() + " left: split across items");
    }
    if (!d.at().isBefore(c.openedAt()) && (c.closedAt() == null || !d.at().isAfter(c.closedAt()))) {
      score += 10;
      reasons.add("consult open at the time, opened " + hoursBefore(c.openedAt(), d.at()) + " before");
    }
    return new MatchSuggestion(c.consultId(), c.patientId(), c.patientName(), c.itemId(), c.remaining(), score,
        List.copyOf(reasons));
  }

  private static String hoursBefore(Instant opened, Instant at) {
    Duration gap = Duration.between(opened, at);
    return gap.toHours() < 1 ? gap.toMinutes() + " min" : gap.toHours() + " h";
  }
}
