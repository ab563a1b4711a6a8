package org.vetsync.infrastructure.messaging.jms;

import org.vetsync.domain.model.cabinet.Cabinet;

/**
 * Queue names and message properties of the contract (jms-config/contract/README.md). The broker declares the same
 * names in jms-config/broker/broker.xml; both are the contract and change together.
 */
public final class Queues {

  /** Cabinet to vetsync. */
  public static final String CABINET_EVENTS = "vetsync.cabinet.events";

  /** vetsync to one cabinet: this prefix and the cabinet's code; only that cabinet's broker account may read it. */
  public static final String CABINET_COMMANDS_PREFIX = "vetsync.cabinet.commands.";

  /** Practice system to vetsync. */
  public static final String PIMS_EVENTS = "vetsync.pims.events";

  /** vetsync to the home-delivery pharmacy. */
  public static final String PHARMACY_EXPORT = "vetsync.pharmacy.export";

  public static final String CABINET_ID_PROPERTY = "cabinetId";

  /** Keeps the commands of one consult in order: the broker delivers a group to one consumer, in order. */
  public static final String GROUP_ID_PROPERTY = "JMSXGroupID";

  /** The account the broker authenticated for the sender (broker.xml: populate-validated-user). */
  public static final String VALIDATED_USER_PROPERTY = "_AMQ_VALIDATED_USER";

  /** Artemis's duplicate-detection property; vetsync sets it to the messageId of everything it sends. */
  public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

  /** Name under which the deployment registers the Artemis resource adapter (deploy/vetsync-resources.asadmin). */
  public static final String RESOURCE_ADAPTER = "artemis-rar";

  /** JNDI name of the pooled, XA-capable connection factory the deployment creates. */
  public static final String CONNECTION_FACTORY = "jms/vetsync";

  /** The queue of one cabinet's commands; refuses a code that would name another address (wildcards, separators). */
  public static String cabinetCommands(String cabinetCode) {
    if (!Cabinet.isValidCode(cabinetCode)) {
      throw new IllegalArgumentException("No command queue for cabinet code '" + cabinetCode + "': it must be "
          + Cabinet.CODE_RULE);
    }
    return CABINET_COMMANDS_PREFIX + cabinetCode;
  }

  private Queues() {}
}
