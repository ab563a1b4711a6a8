package org.vetsync.contract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the JSON Schemas of message contract version 1 (jms-config/contract/README.md) lie on the classpath.
 *
 * <p>Plain Java on purpose: the application chooses its own JSON Schema validator. The schemas name each other by
 * relative {@code $ref}s resolved against their {@code $id}s, so a validator must map {@link #ID_BASE} to
 * {@link #SCHEMA_DIRECTORY} on the classpath and load each schema by its {@code $id}.
 */
public final class ContractSchemas {

  /** The common prefix of every schema's {@code $id}. */
  public static final String ID_BASE = "https://vetsync.org/contract/v1/";

  /** The classpath folder holding the schemas, {@code $id} file names unchanged. */
  public static final String SCHEMA_DIRECTORY = "contract/v1/schemas/";

  /** The schema every message must satisfy, whatever its type; the one to use when the type is unknown. */
  public static final String ENVELOPE_RESOURCE = SCHEMA_DIRECTORY + "envelope.schema.json";

  private static final Set<String> TYPES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "CABINET_UPSERT",
                  "PRODUCT_UPSERT",
                  "CLIENT_UPSERT",
                  "PATIENT_UPSERT",
                  "CONSULT_OPENED",
                  "CONSULT_CLOSED",
                  "ITEM_ADDED",
                  "ITEM_QUANTITY_CHANGED",
                  "ITEM_REMOVED",
                  "SYNC_CONSULT",
                  "SYNC_PROFILE",
                  "UNSYNC_PROFILE",
                  "UNSYNC_CONSULT",
                  "PATIENT_UPDATE",
                  "ACKNOWLEDGEMENT",
                  "DISPENSE",
                  "RETURN",
                  "WASTE",
                  "BILLING_TRIGGER")));

  private ContractSchemas() {}

  /** Every message type of the contract, in the README's order. */
  public static Set<String> types() {
    return TYPES;
  }

  /**
   * The classpath resource of the schema for one message type, e.g. {@code ITEM_QUANTITY_CHANGED} to {@code
   * contract/v1/schemas/item-quantity-changed.schema.json}.
   *
   * @throws IllegalArgumentException if the contract has no such type, so that a typo cannot silently yield the path
   *     of a schema that does not exist
   */
  public static String schemaResource(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("Not a message type of contract version 1: " + type);
    }
    return SCHEMA_DIRECTORY + type.toLowerCase(Locale.ROOT).replace('_', '-') + ".schema.json";
  }
}
