package org.vetsync.simulator;

/** One subcommand, its arguments already checked, ready to play once the cabinet is connected. */
@FunctionalInterface
interface Scenario {

  void play(Cabinet cabinet);

  /**
   * What a scenario works with.
   *
   * @param connection the connection to the broker
   * @param messages writes the contract's messages for this cabinet
   * @param transcript the output lines
   * @param stop raised by Ctrl-C
   */
  record Cabinet(CabinetConnection connection, CabinetMessages messages, Transcript transcript, StopSignal stop) {

    void send(OutgoingMessage message) {
      connection.send(message);
      transcript.sent(message);
    }
  }
}
