package org.vetsync.testsupport;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A peer's own connection to the broker, under its account; no reconnecting, so a stopped broker shows at once. */
abstract class BrokerClient implements AutoCloseable {

  private final Connection connection;
  protected final Session session;

  BrokerClient(String url, String user, String password) {
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

  @Override
  public void close() {
    try {
      connection.close();
    } catch (JMSException e) {
      // closing a connection to a broker that is gone: nothing left to release
    }
  }
}
