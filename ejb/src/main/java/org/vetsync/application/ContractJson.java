package org.vetsync.application;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider for every message vetsync reads or writes. Looked up once: {@code Json.createReader} and the
 * other {@code Json.*} shortcuts look the provider up again on each call, which in the application server means
 * scanning every jar for a service file, and that was a quarter of the server's CPU per cabinet event
 * (docs/BENCHMARKS.md).
 */
final class ContractJson {

  static final JsonProvider PROVIDER = JsonProvider.provider();

  private ContractJson() {}
}
