package org.vetsync.simulator;

import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The cabinet's connection to vetsync's broker: sends events to {@code vetsync.cabinet.events} and receives the
 * commands addressed to this cabinet from its own queue, {@code vetsync.cabinet.commands.<code>}.
 */
final class CabinetConnection implements AutoCloseable {

  static final String EVENTS = "vetsync.cabinet.events";
  static final String COMMANDS_PREFIX = "vetsync.cabinet.commands.";
  /** Set to the messageId, the broker drops a resend it has already stored (contract: message properties). */
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
  static final String CABINET_ID = "cabinetId";

  // How often a waiting listener looks up to see whether it should stop.
  private static final long POLL_MILLIS = 250;
  // Up to this many pipelined messages travel unconfirmed, so the broker can store them in batches.
  private static final int PIPELINE = 1_000;
  private static final int CONFIRMATION_WINDOW_BYTES = 1024 * 1024;

  private final ConnectionSettings settings;
  private final Connection connection;
  private final Session session;
  private final MessageProducer producer;
  private volatile JMSException failure;
  private final Semaphore pipeline = new Semaphore(PIPELINE);
  private final AtomicReference<Exception> pipelineRefusal = new AtomicReference<>();

  private CabinetConnection(ConnectionSettings settings) throws JMSException {
    this.settings = settings;
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(settings.url(), settings.user(),
        settings.password());
    // Only the broker named on the command line: no reconnecting elsewhere and no servers learnt from a cluster.
    factory.setReconnectAttempts(0);
    factory.setUseTopologyForLoadBalancing(false);
    // Without a confirmation window the broker never confirms a pipelined send.
    factory.setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES);
    connection = factory.createConnection();
    try {
      connection.setExceptionListener(e -> failure = e);
      session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      producer = eventProducer(session);
      connection.start();
    } catch (JMSException e) {
      connection.close();
      throw e;
    }
  }

  static CabinetConnection open(ConnectionSettings settings) {
    try {
      return new CabinetConnection(settings);
    } catch (JMSException e) {
      throw new BrokerException("cannot connect to the broker at " + settings.url() + " as " + settings.user() + ": "
          + reason(e));
    }
  }

  /** Sends one event, persistent as the contract asks; returns once the broker has stored it. */
  void send(OutgoingMessage message) {
    try {
      put(session, producer, message);
    } catch (JMSException e) {
      throw new BrokerException("sending " + message.type() + " failed: " + reason(e));
    }
  }

  /**
   * Sends one event without waiting for the broker to store it, for load runs: waiting for each would limit the rate
   * to one disk sync per message. {@link #awaitPipelined} reports a message the broker refused.
   */
  void sendPipelined(OutgoingMessage message) {
    checkPipeline();
    pipeline.acquireUninterruptibly();
    try {
      producer.send(textOf(session, message), new CompletionListener() {
        @Override
        public void onCompletion(Message stored) {
          pipeline.release();
        }

        @Override
        public void onException(Message refused, Exception e) {
          pipelineRefusal.compareAndSet(null, e);
          pipeline.release();
        }
      });
    } catch (JMSException e) {
      pipeline.release();
      throw new BrokerException("sending " + message.type() + " failed: " + reason(e));
    }
  }

  /** Returns once the broker has stored every pipelined message. */
  void awaitPipelined(Duration timeout) {
    try {
      if (!pipeline.tryAcquire(PIPELINE, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new BrokerException("the broker did not confirm " + (PIPELINE - pipeline.availablePermits())
            + " messages within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while waiting for the broker to confirm messages");
    }
    pipeline.release(PIPELINE);
    checkPipeline();
  }

  /**
   * Hands each ACKNOWLEDGEMENT vetsync sends this cabinet to {@code listener} (the messageId it answers, and whether
   * it was accepted) as it arrives, until the connection closes. For load runs, which send no command answers.
   */
  void onAcknowledgements(BiConsumer<String, Boolean> listener) {
    try {
      Session answers = connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
      MessageConsumer consumer = answers.createConsumer(answers.createQueue(COMMANDS_PREFIX + settings.cabinetId()));
      consumer.setMessageListener(message -> {
        try {
          JsonObject answer = jsonOf(bodyOf(message));
          if ("ACKNOWLEDGEMENT".equals(answer.getString("type", ""))) {
            listener.accept(answer.getString("inReplyTo", null), answer.getBoolean("accepted", false));
          }
        } catch (JMSException e) {
          failure = e;
        }
      });
    } catch (JMSException e) {
      throw new BrokerException("listening for acknowledgements failed: " + reason(e));
    }
  }

  /**
   * Receives this cabinet's commands until {@code until} or a stop request, handing each to the listener and sending
   * what it answers; each answer is printed once committed.
   */
  void listen(CommandListener listener, Instant until, StopSignal stop, Transcript transcript) {
    // Transacted: a command leaves the queue only together with the answer to it, so a crash loses neither.
    try (Session commands = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageConsumer consumer = commands.createConsumer(commands.createQueue(COMMANDS_PREFIX + settings.cabinetId()));
        MessageProducer replies = eventProducer(commands)) {
      while (!stop.requested() && Instant.now().isBefore(until)) {
        checkConnection();
        Message command = consumer.receive(waitMillis(until));
        if (command != null) {
          List<OutgoingMessage> answers = listener.onCommand(bodyOf(command));
          for (OutgoingMessage answer : answers) {
            put(commands, replies, answer);
          }
          commands.commit();
          answers.forEach(transcript::sent);
        }
      }
    } catch (JMSException e) {
      throw new BrokerException("listening for commands failed: " + reason(e));
    }
    checkConnection();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (JMSException e) {
      // the broker is already gone: there is nothing left to release
    }
  }

  private MessageProducer eventProducer(Session on) throws JMSException {
    MessageProducer events = on.createProducer(on.createQueue(EVENTS));
    events.setDeliveryMode(DeliveryMode.PERSISTENT);
    return events;
  }

  private void put(Session on, MessageProducer to, OutgoingMessage message) throws JMSException {
    to.send(textOf(on, message));
  }

  private TextMessage textOf(Session on, OutgoingMessage message) throws JMSException {
    TextMessage text = on.createTextMessage(message.body());
    text.setStringProperty(CABINET_ID, settings.cabinetId());
    text.setStringProperty(DUPLICATE_ID, message.messageId());
    return text;
  }

  private void checkPipeline() {
    Exception refused = pipelineRefusal.get();
    if (refused != null) {
      throw new BrokerException("the broker refused a message: " + reason(refused));
    }
  }

  private void checkConnection() {
    JMSException lost = failure;
    if (lost != null) {
      throw new BrokerException("lost the connection to the broker at " + settings.url() + ": " + reason(lost));
    }
  }

  private static long waitMillis(Instant until) {
    Instant now = Instant.now();
    if (until.isAfter(now.plusMillis(POLL_MILLIS))) {
      return POLL_MILLIS;
    }
    return Math.max(1, until.toEpochMilli() - now.toEpochMilli());
  }

  private static JsonObject jsonOf(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  // A command whose body is not text is as unreadable to the cabinet as broken JSON.
  private static String bodyOf(Message command) throws JMSException {
    return command instanceof TextMessage text && text.getText() != null ? text.getText() : "";
  }

  /** The most specific explanation the client library gives, without its stack trace. */
  private static String reason(Exception failure) {
    String reason = failure.getMessage();
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        reason = cause.getMessage();
      }
    }
    return reason == null ? failure.getClass().getSimpleName() : reason;
  }
}
