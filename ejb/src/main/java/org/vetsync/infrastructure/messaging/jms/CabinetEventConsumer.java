package org.vetsync.infrastructure.messaging.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.vetsync.application.CabinetEventIntake;

/**
 * Takes cabinet events off {@code vetsync.cabinet.events}. Container-managed XA transaction: the message is
 * acknowledged only if the sync event and the answer to the cabinet commit. Anything thrown here rolls all three back
 * and the broker redelivers with back-off (broker.xml), so only infrastructure failures may escape.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.CABINET_EVENTS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER)
    })
public class CabinetEventConsumer implements MessageListener {

  @Inject private CabinetEventIntake intake;

  @Override
  public void onMessage(Message message) {
    intake.receive(JmsMessages.toInbound(message));
  }
}
