package org.vetsync.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vetsync.application.query.MatchRanking.Candidate;
import org.vetsync.application.query.MatchRanking.Dispensed;
import org.vetsync.application.query.MatchRanking.Holding;

class MatchRankingTest {

  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
  private static final Dispensed DISPENSED =
      new Dispensed("CAB-1", "C-NAMED", "P-NAMED", new BigDecimal("2"), AT);

  @Test
  void theItemHeldByTheCabinetAtTheTimeWithTheRightQuantityComesBeforeOneThatOnlyFits() {
    Candidate held = candidate("C-1", "P-1", "I1", "2", List.of(new Holding("CAB-1", AT.minusSeconds(3600),
        AT.plusSeconds(3600))));
    Candidate elsewhere = candidate("C-2", "P-2", "I1", "5", List.of(new Holding("CAB-2", AT.minusSeconds(3600),
        AT.plusSeconds(3600))));

    List<MatchSuggestion> ranked = MatchRanking.rank(DISPENSED, List.of(elsewhere, held));

    assertEquals(List.of("C-1", "C-2"), ranked.stream().map(MatchSuggestion::consultId).toList());
    assertEquals(List.of("in cabinet CAB-1 at the time", "exactly the quantity left",
        "consult open at the time, opened 2 h before"), ranked.get(0).reasons());
    assertEquals(List.of("quantity fits (5 left)", "consult open at the time, opened 2 h before"),
        ranked.get(1).reasons());
  }

  @Test
  void theConsultAndPatientTheCabinetNamedOutrankAnExactQuantityElsewhere() {
    Candidate named = candidate("C-NAMED", "P-NAMED", "I1", "1", List.of());
    Candidate exact = candidate("C-3", "P-3", "I1", "2", List.of(new Holding("CAB-1", AT.minusSeconds(60),
        AT.plusSeconds(60))));

    List<MatchSuggestion> ranked = MatchRanking.rank(DISPENSED, List.of(exact, named));

    assertEquals("C-NAMED", ranked.get(0).consultId());
    assertTrue(ranked.get(0).reasons().contains("only 1 left: split across items"), ranked.get(0).reasons()::toString);
  }

  @Test
  void aSyncThatEndedBeforeTheDispenseCountsLessThanOneCoveringIt() {
    Candidate ended = candidate("C-4", "P-4", "I1", "2", List.of(new Holding("CAB-1", AT.minusSeconds(7200),
        AT.minusSeconds(3600))));
    Candidate covering = candidate("C-5", "P-5", "I1", "2", List.of(new Holding("CAB-1", AT.minusSeconds(7200),
        AT.plusSeconds(1))));

    List<MatchSuggestion> ranked = MatchRanking.rank(DISPENSED, List.of(ended, covering));

    assertEquals(List.of("C-5", "C-4"), ranked.stream().map(MatchSuggestion::consultId).toList());
    assertTrue(ranked.get(1).reasons().contains("synced to cabinet CAB-1, not at the time"));
  }

  @Test
  void fullyDispensedItemsAreNotSuggestedAndAtMostEightAreShown() {
    List<Candidate> many = IntStream.range(0, 12)
        .mapToObj(n -> candidate("C-" + (10 + n), "P", "I1", n == 0 ? "0" : "2", List.of())).toList();

    List<MatchSuggestion> ranked = MatchRanking.rank(DISPENSED, many);

    assertEquals(MatchRanking.SHOWN, ranked.size());
    assertTrue(ranked.stream().noneMatch(s -> s.consultId().equals("C-10")), "nothing left to dispense on C-10");
  }

  @Test
  void aConsultClosedBeforeTheDispenseIsNotOpenAtTheTime() {
    Candidate closed = new Candidate("C-6", "P-6", "Rex", "I1", new BigDecimal("2"), AT.minusSeconds(7200),
        AT.minusSeconds(60), List.of());

    MatchSuggestion only = MatchRanking.rank(DISPENSED, List.of(closed)).get(0);

    assertEquals(List.of("exactly the quantity left"), only.reasons());
    assertEquals(20, only.score());
  }

  private static Candidate candidate(String consult, String patient, String item, String remaining,
      List<Holding> holdings) {
    return new Candidate(consult, patient, "Rex", item, new BigDecimal(remaining), AT.minusSeconds(7200), null,
        holdings);
  }
}
