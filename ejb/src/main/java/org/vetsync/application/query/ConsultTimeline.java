package org.vetsync.application.query;

import java.io.Serializable;
import java.util.List;

/**
 * Everything vetsync knows about one consult reference, oldest first. {@code consult} is null when vetsync has events
 * naming the reference but no consult of that id (a cabinet named an unknown consult, an item arrived before it).
 */
public record ConsultTimeline(
    String consultId, ConsultSummary consult, List<ConsultItemRow> items, List<TimelineEntry> entries)
    implements Serializable {

  public boolean known() {
    return consult != null;
  }
}
