package org.vetsync.domain.model.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CabinetTest {

  @ParameterizedTest
  @ValueSource(strings = {"CAB-1", "icu_2", "A", "0123456789012345678901234567890123456789012345678901234567890123"})
  void aCodeOfLettersDigitsDashesAndUnderscoresIsRegistered(String code) {
    assertEquals(code, new Cabinet(code, "Cabinet", null).getCode());
  }

  /** The code names a broker queue and account: wildcards and separators would name someone else's. */
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"CAB.1", "CAB-#", "CAB*", "CAB 1", "CAB/1", "CAB'1", "CÄB",
      "01234567890123456789012345678901234567890123456789012345678901234"})
  void aCodeThatCouldNameAnotherQueueIsRefused(String code) {
    assertThrows(IllegalArgumentException.class, () -> new Cabinet(code, "Cabinet", null));
  }
}
