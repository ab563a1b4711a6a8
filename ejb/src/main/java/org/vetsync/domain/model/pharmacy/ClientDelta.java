package org.vetsync.domain.model.pharmacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one client (and their pets) contributes to an export, computed from the current practice records and what was
 * last sent. New records go in full; afterwards only email, weight and deceased changes go automatically; name,
 * address and pet-name changes wait for review, and go once approved. The state to remember is the state sent, so a
 * re-run finds nothing new to send and a change that was not sent is found again next time.
 */
public final class ClientDelta {

  /** A change of a reviewed field, as the delta found it. */
  public record ReviewNeeded(ReviewField field, Long petId, String before, String after) {}

  private final List<ExportChange> changes = new ArrayList<>();
  private final List<ReviewNeeded> reviews = new ArrayList<>();
  private ClientRecord clientToRemember;
  private final Map<Long, PetRecord> petsToRemember = new LinkedHashMap<>();

  /**
   * @param current the client now
   * @param sent what was last sent, or null if never
   * @param pets the client's pets now, by patient id
   * @param petsSent what was last sent per pet (absent: never)
   * @param approved approved reviewed values not yet sent, by field (and pet id for PET_NAME)
   * @param pharmacyMatch the pharmacy's own reference, when a never-sent client is one the pharmacy already knows
   */
  public static ClientDelta between(
      ClientRecord current,
      ClientRecord sent,
      Map<Long, PetRecord> pets,
      Map<Long, PetRecord> petsSent,
      Map<String, String> approved,
      String pharmacyMatch) {
    ClientDelta delta = new ClientDelta();
    delta.client(current, sent, approved, pharmacyMatch);
    pets.forEach((id, pet) -> delta.pet(id, pet, petsSent.get(id), approved.get("PET_NAME:" + id)));
    return delta;
  }

  private void client(ClientRecord current, ClientRecord sent, Map<String, String> approved, String pharmacyMatch) {
    if (sent == null) {
      changes.add(new ExportChange(
          pharmacyMatch == null ? ExportChange.Kind.NEW_CLIENT : ExportChange.Kind.LINKED_CLIENT, null, null, null));
      clientToRemember = current;
      return;
    }
    String name = sent.name();
    String address = sent.address();
    if (!Objects.equals(current.name(), sent.name())) {
      String approvedName = approved.get(ReviewField.CLIENT_NAME.name());
      if (approvedName != null && approvedName.equals(current.name())) {
        changes.add(new ExportChange(ExportChange.Kind.APPROVED_CHANGE, "name", sent.name(), current.name()));
        name = current.name();
      } else {
        reviews.add(new ReviewNeeded(ReviewField.CLIENT_NAME, null, sent.name(), current.name()));
      }
    }
    if (!Objects.equals(current.address(), sent.address())) {
      String approvedAddress = approved.get(ReviewField.CLIENT_ADDRESS.name());
      if (approvedAddress != null && approvedAddress.equals(current.address())) {
        changes.add(new ExportChange(ExportChange.Kind.APPROVED_CHANGE, "address", sent.address(), current.address()));
        address = current.address();
      } else {
        reviews.add(new ReviewNeeded(ReviewField.CLIENT_ADDRESS, null, sent.address(), current.address()));
      }
    }
    if (!Objects.equals(current.email(), sent.email())) {
      changes.add(new ExportChange(ExportChange.Kind.EMAIL_CHANGE, "email", sent.email(), current.email()));
    }
    // the phone is part of the full record only: the pharmacy takes phone changes from the client directly
    ClientRecord remembered = new ClientRecord(name, address, sent.phone(), current.email());
    if (!remembered.equals(sent)) {
      clientToRemember = remembered;
    }
  }

  private void pet(Long id, PetRecord current, PetRecord sent, String approvedName) {
    if (sent == null) {
      changes.add(new ExportChange(ExportChange.Kind.NEW_PET, null, null, String.valueOf(id)));
      petsToRemember.put(id, current);
      return;
    }
    String name = sent.name();
    if (!Objects.equals(current.name(), sent.name())) {
      if (approvedName != null && approvedName.equals(current.name())) {
        changes.add(new ExportChange(ExportChange.Kind.APPROVED_CHANGE, "petName:" + id, sent.name(), current.name()));
        name = current.name();
      } else {
        reviews.add(new ReviewNeeded(ReviewField.PET_NAME, id, sent.name(), current.name()));
      }
    }
    boolean weightChanged = current.weightKg() != null
        && (sent.weightKg() == null || current.weightKg().compareTo(sent.weightKg()) != 0);
    if (weightChanged) {
      changes.add(new ExportChange(ExportChange.Kind.WEIGHT_CHANGE, "weight:" + id,
          sent.weightKg() == null ? null : sent.weightKg().toPlainString(), current.weightKg().toPlainString()));
    }
    if (current.deceased() != sent.deceased()) {
      changes.add(new ExportChange(ExportChange.Kind.DECEASED_CHANGE, "deceased:" + id,
          String.valueOf(sent.deceased()), String.valueOf(current.deceased())));
    }
    PetRecord remembered = new PetRecord(name, sent.dateOfBirth(),
        weightChanged ? current.weightKg() : sent.weightKg(), sent.breed(), current.deceased());
    if (!remembered.equals(sent)) {
      petsToRemember.put(id, remembered);
    }
  }

  public List<ExportChange> changes() {
    return List.copyOf(changes);
  }

  public List<ReviewNeeded> reviews() {
    return List.copyOf(reviews);
  }

  /** The client state to remember as sent, or null when nothing about it changed. */
  public ClientRecord clientToRemember() {
    return clientToRemember;
  }

  public Map<Long, PetRecord> petsToRemember() {
    return Map.copyOf(petsToRemember);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
