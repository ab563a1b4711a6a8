package org.vetsync.testsupport;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Behaves like the practice-management system: sends its changes to vetsync with the practice-system account. */
public final class PracticeClient implements AutoCloseable {

  public static final String EVENTS = "vetsync.pims.events";

  private final Connection connection;
  private final Session session;

  PracticeClient(String url, String user, String password) {
    try {
      ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
      factory.setReconnectAttempts(0);
      connection = factory.createConnection();
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot connect to the broker at " + url + ": " + e.getMessage(), e);
    }
  }

  /** Sends one message and returns its messageId. */
  public String send(String type, JsonObjectBuilder fields) {
    String messageId = ContractMessages.newMessageId();
    String body =
        fields
            .add("messageId", messageId)
            .add("type", type)
            .add("schemaVersion", 1)
            .add("occurredAt", Instant.now().toString())
            .build()
            .toString();
    sendRaw(body);
    return messageId;
  }

  public void sendRaw(String body) {
    try (MessageProducer producer = session.createProducer(session.createQueue(EVENTS))) {
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      producer.send(session.createTextMessage(body));
    } catch (JMSException e) {
      throw new IllegalStateException("Send failed: " + e.getMessage(), e);
    }
  }

  public String cabinet(String cabinetId) {
    return send("CABINET_UPSERT", Json.createObjectBuilder().add("cabinetId", cabinetId).add("name", "Cabinet "
        + cabinetId).add("location", "Treatment room"));
  }

  /** A product at 12.50 a unit, stocked in the given cabinets under item code "IC-" + product code. */
  public String product(String code, String... cabinets) {
    return namedProduct(code, "Product " + code, cabinets);
  }

  public String namedProduct(String code, String name, String... cabinets) {
    JsonArrayBuilder stock = Json.createArrayBuilder();
    for (String cabinet : cabinets) {
      stock.add(Json.createObjectBuilder().add("cabinetId", cabinet).add("itemCode", "IC-" + code));
    }
    return send("PRODUCT_UPSERT", Json.createObjectBuilder().add("productCode", code).add("name", name)
        .add("unit", "tablet").add("price", 12.50).add("billable", true).add("cabinetStock", stock));
  }

  public String client(String clientId, String name, String idNumber) {
    return send("CLIENT_UPSERT", Json.createObjectBuilder().add("clientId", clientId).add("name", name)
        .add("address", "1 High Street").add("phone", "555-0100").add("email", clientId + "@example.org")
        .add("dateOfBirth", "1980-05-17").add("sex", "F").add("idNumber", idNumber));
  }

  public String patient(String patientId, String clientId, String name) {
    return send("PATIENT_UPSERT", Json.createObjectBuilder().add("patientId", patientId).add("clientId", clientId)
        .add("name", name).add("species", "Canine").add("breed", "Labrador").add("dateOfBirth", "2019-04-01")
        .add("weightKg", 31.4).add("deceased", false));
  }

  public String consultOpened(String consultId, String patientId) {
    return send("CONSULT_OPENED", Json.createObjectBuilder().add("consultId", consultId).add("patientId", patientId)
        .add("vet", "Dr Herriot"));
  }

  public String consultClosed(String consultId) {
    return send("CONSULT_CLOSED", Json.createObjectBuilder().add("consultId", consultId));
  }

  public String itemAdded(String consultId, String itemId, String productCode, Number quantity) {
    return send("ITEM_ADDED", Json.createObjectBuilder().add("consultId", consultId).add("itemId", itemId)
        .add("productCode", productCode).add("quantity", quantity.doubleValue()));
  }

  public String itemQuantityChanged(String consultId, String itemId, Number quantity) {
    return send("ITEM_QUANTITY_CHANGED", Json.createObjectBuilder().add("consultId", consultId).add("itemId", itemId)
        .add("quantity", quantity.doubleValue()));
  }

  public String itemRemoved(String consultId, String itemId) {
    return send("ITEM_REMOVED", Json.createObjectBuilder().add("consultId", consultId).add("itemId", itemId));
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (JMSException e) {
      // closing a connection to a broker that is gone: nothing left to release
    }
  }
}
