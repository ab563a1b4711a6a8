package org.vetsync.simulator;

/** The command line asks for something the simulator cannot do; reported as one line, exit status 2. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
