package org.vetsync.application;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider for every message vetsync reads or writes, and for the JSON the console and the API render.
 * Looked up once: {@code Json.createReader} and the other {@code Json.*} shortcuts look the provider up again on each
 * call, which in the application server means
 * scanning every jar for a service file, and that was a quarter of the server's CPU per cabinet event
 * (docs/BENCHMARKS.md).
 */
public final class ContractJson {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private ContractJson() {}
}
