package org.vetsync.domain.model.job;

import java.util.List;

public interface ScheduledJobRepository {

  /** The job's row, locked for this transaction so that two instances never run the same job at once. */
  ScheduledJob lockOrCreate(String name);

  List<ScheduledJob> all();
}
