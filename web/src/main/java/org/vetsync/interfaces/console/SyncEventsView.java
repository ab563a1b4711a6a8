package org.vetsync.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vetsync.application.query.SyncEventQueries;
import org.vetsync.application.query.SyncEventRow;
import org.vetsync.domain.model.sync.SyncEventStatus;

/** The sync-event dashboard: pages are fetched from the database as staff scroll, never the whole table. */
@Named
@ViewScoped
public class SyncEventsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SyncEventQueries queries;

  private SyncEventStatus status;

  private final LazyDataModel<SyncEventRow> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) Math.min(Integer.MAX_VALUE, queries.count(status));
        }

        @Override
        public List<SyncEventRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          return queries.page(status, first, pageSize);
        }

        @Override
        public String getRowKey(SyncEventRow row) {
          return Long.toString(row.id());
        }
      };

  public LazyDataModel<SyncEventRow> getEvents() {
    return events;
  }

  public SyncEventStatus getStatus() {
    return status;
  }

  public void setStatus(SyncEventStatus status) {
    this.status = status;
  }

  public SyncEventStatus[] getStatuses() {
    return SyncEventStatus.values();
  }
}
