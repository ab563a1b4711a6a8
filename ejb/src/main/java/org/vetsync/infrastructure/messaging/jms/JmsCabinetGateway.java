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

/** Sends to {@code vetsync.cabinet.commands} through the resource adapter, enlisted in the caller's JTA transaction. */
@ApplicationScoped
public class JmsCabinetGateway implements CabinetGateway {

  @Resource(lookup = Queues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public void send(OutboundMessage outbound) {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession()) {
      MessageProducer producer = session.createProducer(session.createQueue(Queues.CABINET_COMMANDS));
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
          "Could not send to " + Queues.CABINET_COMMANDS + " for cabinet " + outbound.cabinetId() + ": "
              + e.getMessage(),
          e.getErrorCode(),
          e);
    }
  }
}
