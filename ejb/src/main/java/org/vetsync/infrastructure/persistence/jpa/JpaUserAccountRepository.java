package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vetsync.domain.model.account.UserAccount;
import org.vetsync.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public void store(UserAccount account) {
    em.persist(account);
  }
}
