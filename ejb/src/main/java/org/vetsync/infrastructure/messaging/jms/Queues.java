package org.vetsync.infrastructure.messaging.jms;

/**
 * Queue names and message properties of the contract (jms-config/contract/README.md). The broker declares the same
 * names in jms-config/broker/broker.xml; both are the contract and change together.
 */
public final class Queues {

  /** Cabinet to vetsync. */
  public static final String CABINET_EVENTS = "vetsync.cabinet.events";

  /** vetsync to cabinets; each cabinet selects its own messages on {@link #CABINET_ID_PROPERTY}. */
  public static final String CABINET_COMMANDS = "vetsync.cabinet.commands";

  /** Practice system to vetsync. */
  public static final String PIMS_EVENTS = "vetsync.pims.events";

  /** vetsync to the home-delivery pharmacy. */
  public static final String PHARMACY_EXPORT = "vetsync.pharmacy.export";

  public static final String CABINET_ID_PROPERTY = "cabinetId";

  /** Keeps the commands of one consult in order: the broker delivers a group to one consumer, in order. */
  public static final String GROUP_ID_PROPERTY = "JMSXGroupID";

  /** Artemis's duplicate-detection property; vetsync sets it to the messageId of everything it sends. */
  public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

  /** Name under which the deployment registers the Artemis resource adapter (deploy/vetsync-resources.asadmin). */
  public static final String RESOURCE_ADAPTER = "artemis-rar";

  /** JNDI name of the pooled, XA-capable connection factory the deployment creates. */
  public static final String CONNECTION_FACTORY = "jms/vetsync";

  private Queues() {}
}
