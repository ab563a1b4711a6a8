package org.vetsync.infrastructure.messaging.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.vetsync.application.InboundMessage;

/** Reads any JMS message as contract text: AMQP and STOMP senders arrive as text or bytes depending on how they send. */
final class JmsMessages {

  private JmsMessages() {}

  static InboundMessage toInbound(Message message) {
    try {
      String text;
      if (message instanceof TextMessage textMessage) {
        text = textMessage.getText();
      } else if (message instanceof BytesMessage bytesMessage) {
        byte[] bytes = new byte[(int) bytesMessage.getBodyLength()];
        bytesMessage.readBytes(bytes);
        text = new String(bytes, StandardCharsets.UTF_8);
      } else {
        text = "(unsupported JMS message kind " + message.getClass().getSimpleName() + "; send JSON as text)";
      }
      int attempt = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
      return new InboundMessage(text, message.getStringProperty(Queues.CABINET_ID_PROPERTY), attempt,
          message.getStringProperty(Queues.VALIDATED_USER_PROPERTY));
    } catch (JMSException e) {
      // The broker connection failed while reading: an infrastructure failure, so roll back and let it redeliver.
      throw new JMSRuntimeException("Could not read message: " + e.getMessage(), e.getErrorCode(), e);
    }
  }
}
