package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vetsync.application.query.JobQueries;
import org.vetsync.application.query.JobRow;

/** The scheduled-jobs panel: read on each request, so its Refresh button shows the latest run. */
@Named
@RequestScoped
public class JobsView {

  @Inject private JobQueries queries;

  private List<JobRow> jobs;

  public List<JobRow> getJobs() {
    if (jobs == null) {
      jobs = queries.jobs();
    }
    return jobs;
  }
}
