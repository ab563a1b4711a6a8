package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.vetsync.domain.model.client.Client;
import org.vetsync.domain.model.client.ClientRepository;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Client> find(String pimsId) {
    return em.createQuery("select c from Client c where c.pimsId = :id", Client.class)
        .setParameter("id", pimsId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Client client) {
    em.persist(client);
  }
}
