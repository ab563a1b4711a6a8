package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;

/** Read side of the sync-event dashboard; every console role may read (the console's web constraints let only them in). */
@Stateless
public class SyncEventQueries {

  @Inject private SyncEventRepository events;

  public List<SyncEventRow> page(SyncEventStatus status, int first, int size) {
    return events.page(status, first, Math.min(size, 500)).stream().map(SyncEventRow::of).toList();
  }

  public long count(SyncEventStatus status) {
    return events.count(status);
  }
}
