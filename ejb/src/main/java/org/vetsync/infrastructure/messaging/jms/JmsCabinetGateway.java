package org.vetsync.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.vetsync.application.CabinetGateway;
import org.vetsync.application.OutboundMessage;

/**
 * Sends to the cabinet's own queue, {@code vetsync.cabinet.commands.<code>}, through the resource adapter, enlisted in
 * the caller's JTA transaction. The broker creates the queue on the first command to a cabinet.
 */
@ApplicationScoped
public class JmsCabinetGateway implements CabinetGateway {

  @Resource(lookup = Queues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public void send(OutboundMessage outbound) {
    String queue = Queues.cabinetCommands(outbound.cabinetId());
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession()) {
      MessageProducer producer = session.createProducer(session.createQueue(queue));
      TextMessage message = session.createTextMessage(outbound.json());
      message.setStringProperty(Queues.CABINET_ID_PROPERTY, outbound.cabinetId());
      message.setStringProperty(Queues.DUPLICATE_ID_PROPERTY, outbound.messageId());
      if (outbound.groupKey() != null) {
        message.setStringProperty(Queues.GROUP_ID_PROPERTY, outbound.groupKey());
      }
      if (outbound.correlationId() != null) {
        message.setJMSCorrelationID(outbound.correlationId());
      }
      producer.send(message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(
          "Could not send to " + queue + ": "
              + e.getMessage(),
          e.getErrorCode(),
          e);
    }
  }
}
