package org.vetsync.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

  private final StopSignal stop = new StopSignal();

  @Test
  void anAnswerOpensTheWindowAndCountsOnceWhateverArrivesBesides() {
    Acknowledgements answers = new Acknowledgements(1);
    long start = System.nanoTime();
    assertTrue(answers.admit(stop));
    answers.expect("M-1", System.nanoTime());
    answers.answered("M-1", true);

    assertTrue(answers.admit(stop), "the answer made room for the next event");
    answers.expect("M-2", System.nanoTime());
    answers.answered("M-2", false);
    answers.answered("M-2", true);
    answers.answered("NOT-SENT", true);
    answers.expect("M-3", System.nanoTime());

    String summary = answers.summary(3, start);
    assertTrue(summary.startsWith("load: answered 2 of 3 in "), summary);
    assertTrue(summary.contains("1 refused, 1 unanswered, 2 unexpected; latency ms p50="), summary);
  }
}
