package org.vetsync.interfaces.console;

import java.io.Serializable;
import java.util.Map;
import org.vetsync.application.PharmacyExport.PreviewLine;

/**
 * One line of the dry-run preview in staff's words: whether the next export sends the change or holds it for review,
 * why, and which field. Pet fields carry vetsync's internal pet id ("weight:4711"), which means nothing on screen.
 */
public record PreviewRow(String clientId, boolean sent, String why, String field, String before, String after)
    implements Serializable {

  private static final Map<String, String> WHY = Map.of(
      "NEW_CLIENT", "New client: sent in full, with their pets",
      "LINKED_CLIENT", "Client the pharmacy already serves: linked, not duplicated",
      "NEW_PET", "New pet of a client the pharmacy has",
      "EMAIL_CHANGE", "Email changed",
      "WEIGHT_CHANGE", "Weight changed",
      "DECEASED_CHANGE", "Deceased status changed",
      "APPROVED_CHANGE", "Approved by staff",
      "HELD_FOR_REVIEW", "Name, address and pet-name changes wait for staff approval",
      "REJECTED_IN_REVIEW", "Rejected by staff: not sent unless the practice changes it again");

  private static final Map<String, String> FIELDS = Map.of(
      "name", "Client name", "CLIENT_NAME", "Client name",
      "address", "Address", "CLIENT_ADDRESS", "Address",
      "petName", "Pet name", "PET_NAME", "Pet name",
      "email", "Email",
      "weight", "Pet weight (kg)",
      "deceased", "Pet deceased");

  static PreviewRow of(PreviewLine line) {
    boolean held = line.change().equals("HELD_FOR_REVIEW") || line.change().equals("REJECTED_IN_REVIEW");
    boolean newPet = line.change().equals("NEW_PET");
    String field = line.field() == null ? null : line.field().replaceFirst(":\\d+$", "");
    return new PreviewRow(
        line.clientId(),
        !held,
        WHY.getOrDefault(line.change(), line.change()),
        field == null ? (newPet ? "Pet" : "Whole record") : FIELDS.getOrDefault(field, field),
        line.before(),
        // a new pet's "after" is its internal id, not something the pharmacy receives as such
        newPet ? null : line.after());
  }
}
