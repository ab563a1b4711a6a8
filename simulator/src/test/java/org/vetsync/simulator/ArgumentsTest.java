package org.vetsync.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {

  private static final Map<String, String> PASSWORD_IN_ENVIRONMENT = Map.of("VETSYNC_CABINET_PASSWORD", "secret");

  @Test
  void connectionDefaultsToTheLocalBrokerAndTheCabinetAccount() {
    ConnectionSettings settings = ConnectionSettings.from(Arguments.parse("listen", "--cabinet", "CAB-1"),
        PASSWORD_IN_ENVIRONMENT);

    assertEquals(new ConnectionSettings("tcp://127.0.0.1:61616", "cabinet-CAB-1", "secret", "CAB-1"), settings);
  }

  @Test
  void passwordOnTheCommandLineWinsOverTheEnvironment() {
    ConnectionSettings settings = ConnectionSettings.from(
        Arguments.parse("--url", "tcp://broker.local:61617", "--password", "other", "listen", "--cabinet", "CAB-1"),
        PASSWORD_IN_ENVIRONMENT);

    assertEquals("other", settings.password());
    assertEquals("tcp://broker.local:61617", settings.url());
    assertFalse(settings.toString().contains("other"));
  }

  @Test
  void missingCabinetIsRejected() {
    UsageException e = assertThrows(UsageException.class,
        () -> ConnectionSettings.from(Arguments.parse("listen"), PASSWORD_IN_ENVIRONMENT));

    assertTrue(e.getMessage().contains("--cabinet"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CAB.#", "CAB-*", "CAB 1", "CAB'1", ""})
  void cabinetCodeThatWouldNameAnotherQueueIsRejected(String code) {
    UsageException e = assertThrows(UsageException.class,
        () -> ConnectionSettings.from(Arguments.parse("listen", "--cabinet", code), PASSWORD_IN_ENVIRONMENT));

    assertTrue(e.getMessage().contains("--cabinet"), e.getMessage());
  }

  @Test
  void missingPasswordIsRejected() {
    assertThrows(UsageException.class,
        () -> ConnectionSettings.from(Arguments.parse("listen", "--cabinet", "CAB-1"), Map.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"udp://231.7.7.7:9876", "(tcp://a:61616,tcp://b:61616)", "tcp://a:61616,tcp://b:61616",
      "vm://0", "http://127.0.0.1:61616"})
  void urlOtherThanOneTcpBrokerIsRejected(String url) {
    assertThrows(UsageException.class, () -> ConnectionSettings.from(
        Arguments.parse("listen", "--cabinet", "CAB-1", "--url", url), PASSWORD_IN_ENVIRONMENT));
  }

  @Test
  void dispenseTakesEveryOption() {
    CabinetTransaction dispense = CabinetTransaction.from("DISPENSE", Arguments.parse("dispense", "--cabinet", "CAB-1",
        "--consult", "C-1", "--item", "DRAWER-4", "--quantity", "1.5", "--transaction", "TX-1", "--patient", "P-1",
        "--nurse", "nurse.jones"));

    assertEquals(new CabinetTransaction("DISPENSE", "TX-1", "C-1", "P-1", ProductReference.itemCode("DRAWER-4"),
        new BigDecimal("1.5"), "nurse.jones"), dispense);
  }

  @Test
  void dispenseWithoutTransactionGetsAFreshOne() {
    CabinetTransaction dispense = CabinetTransaction.from("DISPENSE",
        Arguments.parse("dispense", "--cabinet", "CAB-1", "--consult", "C-1", "--product", "P", "--quantity", "2"));

    assertTrue(dispense.transactionId().startsWith("TX-"));
    assertNull(dispense.patientId());
    assertEquals(CabinetTransaction.DEFAULT_NURSE, dispense.nurse());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.5", "0.000", "two"})
  void quantityThatIsNotAPositiveNumberIsRejected(String quantity) {
    for (String subcommand : List.of("dispense", "return", "waste", "duplicate")) {
      assertRejected(subcommand, "--cabinet", "CAB-1", "--consult", "C-1", "--product", "P", "--quantity", quantity);
    }
    assertRejected("orphan", "--cabinet", "CAB-1", "--product", "P", "--quantity", quantity);
    assertRejected("billing-trigger", "--cabinet", "CAB-1", "--product", "P", "--quantity", quantity);
  }

  @Test
  void productAndItemAreExclusiveAndOneIsNeeded() {
    assertRejected("dispense", "--cabinet", "CAB-1", "--consult", "C-1", "--quantity", "1");
    assertRejected("dispense", "--cabinet", "CAB-1", "--consult", "C-1", "--quantity", "1", "--product", "P",
        "--item", "I");
  }

  @Test
  void consultIsNeededForADispense() {
    assertRejected("dispense", "--cabinet", "CAB-1", "--product", "P", "--quantity", "1");
  }

  @Test
  void loadAcceptsTheBounds() {
    LoadPlan plan = LoadPlan.from(Arguments.parse("load", "--cabinet", "CAB-1", "--rate", "5000", "--count", "1000000",
        "--consults", "C-1, C-2,", "--product", "P"));

    assertEquals(5000, plan.rate());
    assertEquals(1_000_000, plan.count());
    assertEquals(List.of("C-1", "C-2"), plan.consults());
    assertEquals(BigDecimal.ONE, plan.quantity());
  }

  @Test
  void loadRateAboveTheBoundIsRejected() {
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "5001", "--count", "10", "--consults", "C-1",
        "--product", "P");
  }

  @Test
  void loadCountAboveTheBoundIsRejected() {
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "10", "--count", "1000001", "--consults", "C-1",
        "--product", "P");
  }

  @Test
  void loadLastingOverAnHourIsRejected() {
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "1", "--count", "3601", "--consults", "C-1",
        "--product", "P");
  }

  @Test
  void loadAtFullSpeedIsBoundedByItsWindowAndItsSeconds() {
    LoadPlan plan = LoadPlan.from(Arguments.parse("load", "--cabinet", "CAB-1", "--rate", "max", "--window", "400",
        "--seconds", "300", "--count", "1000000", "--consults", "C-1", "--product", "P"));

    assertEquals(LoadPlan.FULL_SPEED, plan.rate());
    assertEquals(400, plan.window());
    assertEquals(300, plan.seconds());
  }

  @Test
  void loadAtFullSpeedNeedsAWindowAndSeconds() {
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "max", "--seconds", "10", "--count", "10",
        "--consults", "C-1", "--product", "P");
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "max", "--window", "10", "--count", "10",
        "--consults", "C-1", "--product", "P");
  }

  @Test
  void loadWithoutConsultsIsRejected() {
    assertRejected("load", "--cabinet", "CAB-1", "--rate", "1", "--count", "1", "--consults", " , ", "--product", "P");
  }

  @Test
  void unknownSubcommandOptionsAndStrayWordsAreRejected() {
    assertThrows(UsageException.class, () -> Arguments.parse("dance", "--cabinet", "CAB-1"));
    assertThrows(UsageException.class, () -> Arguments.parse("malformed", "--cabinet", "CAB-1", "--quantity", "1"));
    assertThrows(UsageException.class, () -> Arguments.parse("dispense", "--reject-commands"));
    assertThrows(UsageException.class, () -> Arguments.parse("listen", "again"));
    assertThrows(UsageException.class, () -> Arguments.parse("listen", "--cabinet"));
    assertThrows(UsageException.class, () -> Arguments.parse("listen", "--cabinet", "A", "--cabinet", "B"));
    assertThrows(UsageException.class, () -> Arguments.parse("--cabinet", "CAB-1"));
  }

  @Test
  void listenSecondsMustBePositive() {
    assertRejected("listen", "--cabinet", "CAB-1", "--seconds", "0");
    assertTrue(Arguments.parse("listen", "--cabinet", "CAB-1", "--reject-commands").flag("reject-commands"));
  }

  @Test
  void wrongArgumentsEndWithOneLineAndStatus2BeforeAnyConnection() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    String[] noCabinet = {"dispense", "--consult", "C-1", "--product", "P", "--quantity", "1"};
    int status = CabinetSimulator.run(noCabinet, PASSWORD_IN_ENVIRONMENT, print(out), print(err));

    assertEquals(CabinetSimulator.WRONG_ARGUMENTS, status);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    String error = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, error.lines().count(), error);
    assertTrue(error.startsWith("cabinet-simulator: --cabinet is required"), error);
  }

  private static void assertRejected(String... args) {
    assertThrows(UsageException.class, () -> Scenarios.prepare(Arguments.parse(args)), String.join(" ", args));
  }

  private static PrintStream print(ByteArrayOutputStream to) {
    return new PrintStream(to, true, StandardCharsets.UTF_8);
  }
}
