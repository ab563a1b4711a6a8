package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.vetsync.domain.model.cabinet.Cabinet;
import org.vetsync.domain.model.cabinet.CabinetRepository;
import org.vetsync.domain.model.client.Client;
import org.vetsync.domain.model.client.ClientDetails;
import org.vetsync.domain.model.client.ClientRepository;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.consult.ConsultRepository;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.patient.PatientDetails;
import org.vetsync.domain.model.patient.PatientRepository;
import org.vetsync.domain.model.product.CabinetStock;
import org.vetsync.domain.model.product.Product;
import org.vetsync.domain.model.product.ProductRepository;
import org.vetsync.domain.model.sync.SyncEvent;

/** Applies what the practice system reports, and tells the cabinets what they need to know of it. */
@ApplicationScoped
public class PracticeRecords {

  private static final Logger LOG = Logger.getLogger(PracticeRecords.class.getName());

  @Inject private CabinetRepository cabinets;
  @Inject private ProductRepository products;
  @Inject private ClientRepository clients;
  @Inject private PatientRepository patients;
  @Inject private ConsultRepository consults;
  @Inject private CabinetCommands commands;
  @Inject private Clock clock;

  public void apply(MessageEnvelope envelope, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    Fields f = envelope.fields();
    switch (envelope.type()) {
      case CABINET_UPSERT -> cabinet(f);
      case PRODUCT_UPSERT -> product(f);
      case CLIENT_UPSERT -> client(f);
      case PATIENT_UPSERT -> patient(f, event);
      case CONSULT_OPENED -> consultOpened(f, event);
      case CONSULT_CLOSED -> consultClosed(f, event);
      case ITEM_ADDED -> itemAdded(f, event);
      case ITEM_QUANTITY_CHANGED -> itemQuantityChanged(f, event);
      case ITEM_REMOVED -> itemRemoved(f, event);
      default -> throw f.invalid(envelope.type().name() + " is not a practice-system message");
    }
  }

  private void cabinet(Fields f) throws InvalidMessageException {
    String code = f.text("cabinetId");
    if (!Cabinet.isValidCode(code)) {
      throw f.invalid("Cabinet code '" + code + "' must be " + Cabinet.CODE_RULE);
    }
    String name = f.optionalText("name").orElse(code);
    String location = f.optionalText("location").orElse(null);
    cabinets.find(code).ifPresentOrElse(c -> c.describe(name, location), () -> cabinets.store(new Cabinet(code, name, location)));
    LOG.info(() -> "Cabinet " + code + " registered as " + name);
  }

  private void product(Fields f) throws InvalidMessageException, NotYetKnownException {
    String code = f.text("productCode");
    List<CabinetStock> stock = new ArrayList<>();
    for (Fields entry : f.objects("cabinetStock")) {
      String cabinet = entry.text("cabinetId");
      if (cabinets.find(cabinet).isEmpty()) {
        throw new NotYetKnownException("Cabinet " + cabinet + " is not registered (send CABINET_UPSERT first)");
      }
      stock.add(new CabinetStock(cabinet, entry.text("itemCode")));
    }
    Product product = products.find(code).orElseGet(() -> new Product(code));
    product.describe(f.text("name"), f.optionalText("unit").orElse(null), f.money("price"), f.flag("billable", true));
    product.stockIn(stock);
    if (product.getId() == null) {
      products.store(product);
    }
    LOG.info(() -> "Product " + code + " stocked in " + stock.size() + " cabinet(s)");
  }

  private void client(Fields f) throws InvalidMessageException {
    String id = f.text("clientId");
    ClientDetails details =
        new ClientDetails(
            f.text("name"),
            f.optionalText("address").orElse(null),
            f.optionalText("phone").orElse(null),
            f.optionalText("email").orElse(null),
            f.optionalDate("dateOfBirth").orElse(null),
            f.optionalText("sex").orElse(null),
            f.optionalText("idNumber").orElse(null));
    Client client = clients.find(id).orElseGet(() -> {
      Client created = new Client(id);
      clients.store(created);
      return created;
    });
    if (client.update(details)) {
      for (Consult consult : consults.openAndSyncedForClient(id)) {
        commands.patientDetailsChanged(consult);
      }
    }
  }

  private void patient(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    String id = f.text("patientId");
    event.concernsPatient(id);
    String clientId = f.text("clientId");
    Client owner = clients.find(clientId)
        .orElseThrow(() -> new NotYetKnownException("Client " + clientId + " is not known yet"));
    PatientDetails details =
        new PatientDetails(
            f.text("name"),
            f.optionalText("species").orElse(null),
            f.optionalText("breed").orElse(null),
            f.optionalDate("dateOfBirth").orElse(null),
            f.optionalDecimal("weightKg").orElse(null),
            f.flag("deceased", false));
    Patient patient = patients.find(id).orElseGet(() -> {
      Patient created = Patient.known(id);
      created.update(owner, details);
      patients.store(created);
      return created;
    });
    patient.update(owner, details);
  }

  private void consultOpened(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    String id = f.text("consultId");
    event.concerns(id);
    String patientId = f.text("patientId");
    event.concernsPatient(patientId);
    if (consults.find(id).isPresent()) {
      throw f.invalid("Consult " + id + " is already open");
    }
    Patient patient = patients.find(patientId)
        .orElseThrow(() -> new NotYetKnownException("Patient " + patientId + " is not known yet"));
    consults.store(new Consult(id, patient, f.optionalText("vet").orElse(null), clock.instant()));
    LOG.info(() -> "Consult " + id + " opened for patient " + patientId);
  }

  private void consultClosed(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    Consult consult = lockedConsult(f, event);
    commands.consultEnded(consult, "CLOSED");
    consult.close(clock.instant());
    LOG.info(() -> "Consult " + consult.getPimsId() + " closed");
  }

  private void itemAdded(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    Consult consult = lockedConsult(f, event);
    String itemId = f.text("itemId");
    String code = f.text("productCode");
    BigDecimal quantity = f.quantity("quantity");
    Product product = products.find(code)
        .orElseThrow(() -> new NotYetKnownException("Product " + code + " is not in the catalogue yet"));
    requireOpen(f, consult);
    if (consult.item(itemId).isPresent()) {
      throw f.invalid("Consult " + consult.getPimsId() + " already has item " + itemId);
    }
    ConsultItem item = consult.plan(itemId, product, quantity);
    commands.itemPlanned(consult, item);
  }

  private void itemQuantityChanged(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    Consult consult = lockedConsult(f, event);
    ConsultItem item = item(f, consult);
    requireOpen(f, consult);
    BigDecimal before = consult.changePlannedQuantity(item.getPimsId(), f.quantity("quantity"));
    commands.plannedQuantityChanged(consult, item, before);
  }

  private void itemRemoved(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    Consult consult = lockedConsult(f, event);
    ConsultItem item = item(f, consult);
    requireOpen(f, consult);
    consult.removeItem(item.getPimsId());
    commands.itemRemoved(consult, item);
  }

  private Consult lockedConsult(Fields f, SyncEvent event) throws InvalidMessageException, NotYetKnownException {
    String id = f.text("consultId");
    event.concerns(id);
    Consult consult =
        consults.lock(id).orElseThrow(() -> new NotYetKnownException("Consult " + id + " is not known yet"));
    event.concernsPatient(consult.getPatient().getPimsId());
    return consult;
  }

  private static ConsultItem item(Fields f, Consult consult) throws InvalidMessageException, NotYetKnownException {
    String itemId = f.text("itemId");
    return consult.item(itemId)
        .orElseThrow(() -> new NotYetKnownException("Consult " + consult.getPimsId() + " has no item " + itemId + " yet"));
  }

  private static void requireOpen(Fields f, Consult consult) throws InvalidMessageException {
    if (!consult.isOpen()) {
      throw f.invalid("Consult " + consult.getPimsId() + " is closed");
    }
  }
}
