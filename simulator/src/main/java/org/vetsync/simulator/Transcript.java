package org.vetsync.simulator;

import java.io.PrintStream;

/** The simulator's output: one line per message sent or command received, so a demonstration can be followed. */
final class Transcript {

  private final PrintStream out;

  Transcript(PrintStream out) {
    this.out = out;
  }

  void sent(OutgoingMessage message) {
    out.println("sent " + message.type() + " messageId=" + message.messageId() + " " + message.summary());
  }

  void received(String description) {
    out.println("received " + description);
  }

  void note(String line) {
    out.println(line);
  }
}
