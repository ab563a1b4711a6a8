package org.vetsync.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.vetsync.application.PracticeEventIntake;

/**
 * Takes practice-system events off {@code vetsync.pims.events}, one at a time: the practice system's changes depend on
 * each other's order (a consult before its items), and one session keeps that order.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.PIMS_EVENTS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER)
    })
public class PracticeEventConsumer implements MessageListener {

  @Inject private PracticeEventIntake intake;

  @Override
  public void onMessage(Message message) {
    intake.receive(JmsMessages.toInbound(message));
  }
}
