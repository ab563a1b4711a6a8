package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.ContractMessages;

/**
 * Test 7: the events address fills beyond its max-size-bytes (64 MB in broker.xml) while vetsync is down. The
 * address-full policy PAGE writes the excess to disk: senders are not refused, nothing is dropped, and once vetsync is
 * back every event is billed once.
 */
class BrokerFullFaultIT {

  /**
   * 1,300 events with 30,000 characters of notes each, some 60 KB as the broker holds text (two bytes a character):
   * about 78 MB, beyond the 64 MB the address holds. Not larger: from 100 KB on, the broker keeps a body in a file of
   * its own (a large message) and the address would never fill.
   */
  private static final int EVENTS = 1300;

  private static final String NOTES = "n".repeat(30_000);

  @Test
  @Tag("long")
  void fullAddressPagesAndLosesNothing() {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 8);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique("broker-full"), EVENTS);
    stack.micro.kill();
    boolean paged = false;
    long largestAddress = 0;
    for (DispenseLoad.Event event : load.events) {
      load.send(ContractMessages.with(event.body(), "notes", NOTES), null);
      load.confirmed.add(event.messageId());
      if (load.sends.get() % 100 == 0) {
        paged |= stack.management.paging(Outcome.EVENTS);
        largestAddress = Math.max(largestAddress, stack.management.addressSize(Outcome.EVENTS));
      }
    }
    paged |= stack.management.paging(Outcome.EVENTS);
    long queued = stack.management.messageCount(Outcome.EVENTS);
    stack.micro.start();
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(8));
    outcome.figures.put("notesCharactersSent", (long) EVENTS * NOTES.length());
    outcome.figures.put("queuedWhileDown", queued);
    outcome.figures.put("largestAddressBytesInMemory", largestAddress);
    outcome.figures.put("paged", paged);
    String line = outcome.report("broker-full");
    assertTrue(paged, "the address went beyond max-size-bytes and paged: " + line);
    assertTrue(queued >= EVENTS, "every event was kept while vetsync was down: " + line);
    assertTrue(outcome.exactlyOnce(), line);
  }
}
