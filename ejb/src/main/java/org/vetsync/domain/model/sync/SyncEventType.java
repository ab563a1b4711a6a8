package org.vetsync.domain.model.sync;

/** What a sync event is about, in the words staff see on the dashboard. */
public enum SyncEventType {
  SYNC_CONSULT("Sync Consult"),
  UNSYNC_CONSULT("Unsync Consult"),
  SYNC_PROFILE("Sync Profile"),
  UNSYNC_PROFILE("Unsync Profile"),
  PATIENT_UPDATE("Patient Update"),
  ACKNOWLEDGEMENT("Acknowledgement"),
  DISPENSE("Dispense"),
  RETURN("Return"),
  WASTE("Waste"),
  BILLING_TRIGGER("Billing Trigger"),
  CABINET_UPSERT("Cabinet"),
  PRODUCT_UPSERT("Product"),
  CLIENT_UPSERT("Client"),
  PATIENT_UPSERT("Patient"),
  CONSULT_OPENED("Consult Opened"),
  CONSULT_CLOSED("Consult Closed"),
  ITEM_ADDED("Item Added"),
  ITEM_QUANTITY_CHANGED("Item Quantity Changed"),
  ITEM_REMOVED("Item Removed"),
  /** The message could not be read far enough to know its type. */
  UNRECOGNISED("Unrecognised");

  private final String label;

  SyncEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Maps the contract's type name (e.g. {@code DISPENSE}) to a type; {@link #UNRECOGNISED} for anything else. */
  public static SyncEventType fromContractName(String name) {
    if (name == null) {
      return UNRECOGNISED;
    }
    for (SyncEventType type : values()) {
      if (type != UNRECOGNISED && type.name().equals(name)) {
        return type;
      }
    }
    return UNRECOGNISED;
  }
}
