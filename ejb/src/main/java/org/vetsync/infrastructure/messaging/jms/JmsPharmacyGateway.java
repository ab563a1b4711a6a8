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
import org.vetsync.application.PharmacyGateway;

/** Sends export batches to {@code vetsync.pharmacy.export}, enlisted in the batch's transaction. */
@ApplicationScoped
public class JmsPharmacyGateway implements PharmacyGateway {

  @Resource(lookup = Queues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public void send(String messageId, String json) {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession()) {
      MessageProducer producer = session.createProducer(session.createQueue(Queues.PHARMACY_EXPORT));
      TextMessage message = session.createTextMessage(json);
      message.setStringProperty(Queues.DUPLICATE_ID_PROPERTY, messageId);
      producer.send(message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(
          "Could not send to " + Queues.PHARMACY_EXPORT + ": " + e.getMessage(), e.getErrorCode(), e);
    }
  }
}
