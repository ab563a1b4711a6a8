package org.vetsync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

  @Test
  void aCabinetsOwnAccountNamesTheSendingCabinet() {
    assertEquals(Optional.of("CAB-1"), new InboundMessage("{}", "CAB-2", 1, "cabinet-CAB-1").senderCabinet());
  }

  @Test
  void anotherAccountOrNoneNamesNoCabinet() {
    assertEquals(Optional.empty(), new InboundMessage("{}", "CAB-1", 1, "admin").senderCabinet());
    assertEquals(Optional.empty(), new InboundMessage("{}", "CAB-1", 1, null).senderCabinet());
  }
}
