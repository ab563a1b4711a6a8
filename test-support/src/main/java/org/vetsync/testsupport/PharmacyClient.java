package org.vetsync.testsupport;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Behaves like the home-delivery pharmacy on the broker: takes the export batches off its queue, with its account. */
public final class PharmacyClient extends BrokerClient {

  public static final String EXPORT = "vetsync.pharmacy.export";

  PharmacyClient(String url, String user, String password) {
    super(url, user, password);
  }

  /** Every batch on the queue now, in arrival order; the queue is empty afterwards. */
  public List<JsonObject> takeAll(Duration quiet) {
    List<JsonObject> batches = new ArrayList<>();
    try (MessageConsumer consumer = session.createConsumer(session.createQueue(EXPORT))) {
      Message message;
      while ((message = consumer.receive(quiet.toMillis())) != null) {
        batches.add(Json.createReader(new StringReader(((TextMessage) message).getText())).readObject());
      }
      return batches;
    } catch (JMSException e) {
      throw new IllegalStateException("Receive failed: " + e.getMessage(), e);
    }
  }
}
