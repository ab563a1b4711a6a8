package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.vetsync.domain.model.account.LoginAttempts;
import org.vetsync.domain.model.account.LoginAttemptsRepository;

@ApplicationScoped
public class JpaLoginAttemptsRepository implements LoginAttemptsRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<LoginAttempts> forUpdate(String username) {
    return Optional.ofNullable(em.find(LoginAttempts.class, username, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<LoginAttempts> find(String username) {
    return Optional.ofNullable(em.find(LoginAttempts.class, username));
  }

  @Override
  public void store(LoginAttempts attempts) {
    em.persist(attempts);
  }

  @Override
  public void forget(String username) {
    em.createQuery("delete from LoginAttempts a where a.username = :username")
        .setParameter("username", username)
        .executeUpdate();
  }

  @Override
  public int forgetIdleSince(Instant idleSince, Instant now) {
    return em.createQuery(
            "delete from LoginAttempts a where a.firstFailureAt < :idleSince"
                + " and (a.lockedUntil is null or a.lockedUntil < :now)")
        .setParameter("idleSince", idleSince)
        .setParameter("now", now)
        .executeUpdate();
  }
}
