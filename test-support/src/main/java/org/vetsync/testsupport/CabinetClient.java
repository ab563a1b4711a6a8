package org.vetsync.testsupport;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Behaves like a cabinet on the broker: sends events with the cabinet account and reads the commands addressed to it. */
public final class CabinetClient implements AutoCloseable {

  public static final String EVENTS = "vetsync.cabinet.events";
  public static final String COMMANDS = "vetsync.cabinet.commands";

  private final Connection connection;
  private final Session session;

  CabinetClient(String url, String user, String password) {
    try {
      ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
      factory.setReconnectAttempts(0);
      connection = factory.createConnection();
      connection.start();
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot connect to the broker at " + url + ": " + e.getMessage(), e);
    }
  }

  /** Sends a persistent text message, as the contract asks cabinets to. */
  public void send(String body, String cabinetId) {
    try (MessageProducer producer = session.createProducer(session.createQueue(EVENTS))) {
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      TextMessage message = session.createTextMessage(body);
      if (cabinetId != null) {
        message.setStringProperty("cabinetId", cabinetId);
      }
      producer.send(message);
    } catch (JMSException e) {
      throw new IllegalStateException("Send failed: " + e.getMessage(), e);
    }
  }

  /** The acknowledgement vetsync sent to this cabinet for one message, if it arrives in time. */
  public Optional<JsonObject> awaitAcknowledgement(String cabinetId, String inReplyTo, Duration timeout) {
    String selector = "cabinetId = '" + cabinetId + "' AND JMSCorrelationID = '" + inReplyTo + "'";
    return awaitCommand(selector, timeout);
  }

  /** The next command for this cabinet whose properties match the selector, if one arrives in time. */
  public Optional<JsonObject> awaitCommand(String selector, Duration timeout) {
    try (MessageConsumer consumer = session.createConsumer(session.createQueue(COMMANDS), selector)) {
      Message message = consumer.receive(timeout.toMillis());
      if (message == null) {
        return Optional.empty();
      }
      String text = ((TextMessage) message).getText();
      return Optional.of(Json.createReader(new StringReader(text)).readObject());
    } catch (JMSException e) {
      throw new IllegalStateException("Receive failed: " + e.getMessage(), e);
    }
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
