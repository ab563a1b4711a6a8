package org.vetsync.infrastructure.messaging.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueuesTest {

  @Test
  void eachCabinetHasItsOwnCommandQueue() {
    assertEquals("vetsync.cabinet.commands.CAB-1", Queues.cabinetCommands("CAB-1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"#", "CAB-1.#", "*", "CAB-1.CAB-2"})
  void noCodeNamesAWildcardOrAnotherCabinetsQueue(String code) {
    assertThrows(IllegalArgumentException.class, () -> Queues.cabinetCommands(code));
  }
}
