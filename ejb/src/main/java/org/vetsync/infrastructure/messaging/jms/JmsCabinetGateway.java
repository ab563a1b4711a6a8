package org.vetsync.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.util.UUID;
import org.vetsync.application.Acknowledgement;
import org.vetsync.application.CabinetGateway;
import org.vetsync.application.MessageEnvelope;

/** Sends to {@code vetsync.cabinet.commands} through the resource adapter, enlisted in the caller's JTA transaction. */
@ApplicationScoped
public class JmsCabinetGateway implements CabinetGateway {

  @Resource(lookup = Queues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Inject private Clock clock;

  @Override
  public void acknowledge(Acknowledgement ack) {
    String messageId = UUID.randomUUID().toString();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("messageId", messageId)
            .add("type", "ACKNOWLEDGEMENT")
            .add("schemaVersion", MessageEnvelope.SCHEMA_VERSION)
            .add("occurredAt", clock.instant().toString())
            .add("cabinetId", ack.cabinetId())
            .add("accepted", ack.accepted())
            .add("duplicate", ack.duplicate());
    if (ack.inReplyTo() != null) {
      json.add("inReplyTo", ack.inReplyTo());
    }
    if (ack.reason() != null) {
      json.add("reason", ack.reason());
    }
    send(messageId, ack.cabinetId(), ack.inReplyTo(), json.build().toString());
  }

  private void send(String messageId, String cabinetId, String correlationId, String body) {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession()) {
      MessageProducer producer = session.createProducer(session.createQueue(Queues.CABINET_COMMANDS));
      TextMessage message = session.createTextMessage(body);
      message.setStringProperty(Queues.CABINET_ID_PROPERTY, cabinetId);
      message.setStringProperty(Queues.DUPLICATE_ID_PROPERTY, messageId);
      if (correlationId != null) {
        message.setJMSCorrelationID(correlationId);
      }
      producer.send(message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(
          "Could not send to " + Queues.CABINET_COMMANDS + " for cabinet " + cabinetId + ": " + e.getMessage(),
          e.getErrorCode(),
          e);
    }
  }
}
