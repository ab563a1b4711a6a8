package org.vetsync.testsupport;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Behaves like the cabinets a test names: each sends its events with its own account ({@code cabinet-<code>}) and reads
 * the commands on its own queue. An account is added to the broker the first time a test uses its cabinet.
 */
public final class CabinetClient implements AutoCloseable {

  public static final String EVENTS = "vetsync.cabinet.events";
  public static final String COMMANDS_PREFIX = "vetsync.cabinet.commands.";

  /** Sends what a test sends without a cabinetId property (a message that names no cabinet). */
  private static final String UNNAMED = "CAB-UNNAMED";

  /** The broker re-reads a new cabinet's queue and permissions from broker.xml every 2 s. */
  private static final Duration NEW_CABINET_READY = Duration.ofSeconds(20);

  private final String url;
  private final String password;
  private final Consumer<String> addCabinet;
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, Connection> connections = new HashMap<>();

  CabinetClient(String url, String password, Consumer<String> addCabinet) {
    this.url = url;
    this.password = password;
    this.addCabinet = addCabinet;
  }

  public static String commandsOf(String cabinetId) {
    return COMMANDS_PREFIX + cabinetId;
  }

  public static String userOf(String cabinetId) {
    return "cabinet-" + cabinetId;
  }

  /**
   * Returns once the cabinet's account exists and may read its queue, for a test that connects as that cabinet by other
   * means (the simulator, the Artemis command line).
   */
  public void ready(String cabinetId) {
    try {
      commandConsumer(cabinetId, null).close();
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot close a consumer: " + e.getMessage(), e);
    }
  }

  /** Sends a persistent text message as that cabinet, as the contract asks cabinets to. */
  public void send(String body, String cabinetId) {
    send(body, cabinetId, null);
  }

  /** As {@link #send(String, String)}, with the broker's duplicate-detection id the contract recommends. */
  public void send(String body, String cabinetId, String duplicateId) {
    Session session = session(cabinetId == null ? UNNAMED : cabinetId);
    try (MessageProducer producer = session.createProducer(session.createQueue(EVENTS))) {
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      TextMessage message = session.createTextMessage(body);
      if (cabinetId != null) {
        message.setStringProperty("cabinetId", cabinetId);
      }
      if (duplicateId != null) {
        message.setStringProperty("_AMQ_DUPL_ID", duplicateId);
      }
      producer.send(message);
    } catch (JMSException e) {
      throw new IllegalStateException("Send failed: " + e.getMessage(), e);
    }
  }

  /** The acknowledgement vetsync sent to this cabinet for one message, if it arrives in time. */
  public Optional<JsonObject> awaitAcknowledgement(String cabinetId, String inReplyTo, Duration timeout) {
    return awaitCommand(cabinetId, "JMSCorrelationID = '" + inReplyTo + "'", timeout);
  }

  /** The next command on this cabinet's queue whose properties match the selector, if one arrives in time. */
  public Optional<JsonObject> awaitCommand(String cabinetId, String selector, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    try (MessageConsumer consumer = commandConsumer(cabinetId, selector)) {
      Message message = consumer.receive(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
      if (message == null) {
        return Optional.empty();
      }
      String text = ((TextMessage) message).getText();
      return Optional.of(Json.createReader(new StringReader(text)).readObject());
    } catch (JMSException e) {
      throw new IllegalStateException("Receive failed: " + e.getMessage(), e);
    }
  }

  /** The next command vetsync sent this cabinet (not an answer to something the cabinet sent); fails if none comes. */
  public JsonObject nextCommand(String cabinetId, Duration timeout) {
    return awaitCommand(cabinetId, "JMSCorrelationID IS NULL", timeout)
        .orElseThrow(() -> new AssertionError("no command for " + cabinetId + " within " + timeout));
  }

  /** Answers a command as the cabinet it was sent to: accepted, or refused with the reason. */
  public void answer(JsonObject command, boolean accepted, String reason) {
    String cabinetId = command.getString("cabinetId");
    send(ContractMessages.acknowledgement(cabinetId, command.getString("messageId"), accepted, reason), cabinetId);
  }

  /** Waits for a cabinet added moments ago: its queue and permission arrive with the broker's next reload. */
  private MessageConsumer commandConsumer(String cabinetId, String selector) {
    Session session = session(cabinetId);
    return Poll.until(userOf(cabinetId) + " allowed to read " + commandsOf(cabinetId), NEW_CABINET_READY, () -> {
      try {
        return Optional.of(session.createConsumer(session.createQueue(commandsOf(cabinetId)), selector));
      } catch (JMSSecurityException | InvalidDestinationException e) {
        return Optional.empty();
      } catch (JMSException e) {
        throw new IllegalStateException("Cannot read " + commandsOf(cabinetId) + ": " + e.getMessage(), e);
      }
    });
  }

  private Session session(String cabinetId) {
    Session existing = sessions.get(cabinetId);
    if (existing != null) {
      return existing;
    }
    addCabinet.accept(cabinetId);
    try {
      ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, userOf(cabinetId), password);
      factory.setReconnectAttempts(0);
      Connection connection = factory.createConnection();
      connections.put(cabinetId, connection);
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      sessions.put(cabinetId, session);
      return session;
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot connect to the broker at " + url + " as " + userOf(cabinetId) + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    for (Connection connection : connections.values()) {
      try {
        connection.close();
      } catch (JMSException e) {
        // closing a connection to a broker that is gone: nothing left to release
      }
    }
    connections.clear();
    sessions.clear();
  }
}
