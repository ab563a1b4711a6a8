package org.vetsync.faults;

import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Asks the broker, as its operator would with the admin account, what it holds: queue depths and prepared XA branches. */
final class BrokerManagement {

  private final String url;
  private final String password;

  BrokerManagement(String url, String password) {
    this.url = url;
    this.password = password;
  }

  /** Messages on the queue, including those being delivered and those waiting for a scheduled redelivery. */
  long messageCount(String queue) {
    return ((Number) ask(m -> JMSManagementHelper.putAttribute(m, "queue." + queue, "messageCount"))).longValue();
  }

  /** How many messages ever reached the queue since the broker started. */
  long messagesAdded(String queue) {
    return ((Number) ask(m -> JMSManagementHelper.putAttribute(m, "queue." + queue, "messagesAdded"))).longValue();
  }

  /** Bytes the address holds in memory, and whether it is paging to disk. */
  long addressSize(String address) {
    return ((Number) ask(m -> JMSManagementHelper.putAttribute(m, "address." + address, "addressSize"))).longValue();
  }

  boolean paging(String address) {
    return (Boolean) ask(m -> JMSManagementHelper.putAttribute(m, "address." + address, "paging"));
  }

  /** XA branches prepared on the broker and not yet committed or rolled back by a transaction manager. */
  int preparedTransactions() {
    Object[] xids = (Object[]) ask(m -> JMSManagementHelper.putOperationInvocation(m, "broker",
        "listPreparedTransactions"));
    return xids.length;
  }

  /**
   * The Xids (as the broker serialises them: branch qualifier, global id, format) of the prepared branches that
   * consumed a message, that is, a delivery not yet acknowledged for good.
   */
  List<byte[]> preparedConsumingBranches() {
    String details = String.valueOf(ask(m -> JMSManagementHelper.putOperationInvocation(m, "broker",
        "listPreparedTransactionDetailsAsJSON")));
    try (JsonReader reader = Json.createReader(new StringReader(details))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(branch -> branch.getJsonArray("tx_related_messages").getValuesAs(JsonObject.class).stream()
              .anyMatch(message -> message.getString("message_operation_type").contains("receive")))
          .map(branch -> xid(branch.getString("xid_as_base64")))
          .toList();
    }
  }

  /** Artemis writes the Xid in base64 of either alphabet, depending on its characters. */
  private static byte[] xid(String base64) {
    return Base64.getUrlDecoder().decode(base64.strip().replace('+', '-').replace('/', '_'));
  }

  private Object ask(ManagementRequest request) {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, "admin", password);
    factory.setReconnectAttempts(0);
    try (QueueConnection connection = factory.createQueueConnection()) {
      QueueSession session = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
      Queue management = session.createQueue("activemq.management");
      QueueRequestor requestor = new QueueRequestor(session, management);
      connection.start();
      Message message = session.createMessage();
      request.accept(message);
      Message reply = requestor.request(message);
      if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
        throw new IllegalStateException("Broker management request failed: " + JMSManagementHelper.getResult(reply));
      }
      return JMSManagementHelper.getResult(reply);
    } catch (Exception e) {
      throw new IllegalStateException("Broker management at " + url + ": " + e.getMessage(), e);
    } finally {
      factory.close();
    }
  }

  @FunctionalInterface
  private interface ManagementRequest {
    void accept(Message message) throws Exception;
  }
}
