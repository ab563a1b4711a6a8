package org.vetsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.infrastructure.config.Setting;

/** A command no cabinet acknowledged in time is marked Failed, so staff see it and can retry. */
@ApplicationScoped
public class CommandTimeouts {

  private static final Logger LOG = Logger.getLogger(CommandTimeouts.class.getName());

  @Inject private SyncEventRepository events;
  @Inject private Clock clock;

  public String sweep() {
    Instant now = clock.instant();
    int minutes = Setting.COMMAND_ACK_TIMEOUT_MINUTES.intValue();
    List<SyncEvent> overdue = events.awaitingAcknowledgementSince(now.minus(Duration.ofMinutes(minutes)), 500);
    for (SyncEvent command : overdue) {
      command.fail("No acknowledgement from cabinet " + command.getCabinetCode() + " within " + minutes + " min", now);
      LOG.warning(() -> command.getType().label() + " " + command.getMessageId() + " to cabinet "
          + command.getCabinetCode() + " (sync event " + command.getId() + ") failed: not acknowledged within "
          + minutes + " min");
    }
    return overdue.size() + " commands timed out";
  }
}
