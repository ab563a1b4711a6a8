package org.vetsync.simulator;

/** The broker cannot be reached or refused an operation; reported as one line, exit status 1. */
final class BrokerException extends RuntimeException {

  BrokerException(String message) {
    super(message);
  }
}
