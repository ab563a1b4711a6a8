package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vetsync.domain.model.job.ScheduledJob;
import org.vetsync.domain.model.job.ScheduledJobRepository;

@ApplicationScoped
public class JpaScheduledJobRepository implements ScheduledJobRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public ScheduledJob lockOrCreate(String name) {
    ScheduledJob job = em.find(ScheduledJob.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (job == null) {
      // The row is created by the migration for every known job; this covers a job added without one.
      job = new ScheduledJob(name);
      em.persist(job);
      em.flush();
    }
    return job;
  }

  @Override
  public List<ScheduledJob> all() {
    return em.createQuery("select j from ScheduledJob j order by j.name", ScheduledJob.class).getResultList();
  }
}
