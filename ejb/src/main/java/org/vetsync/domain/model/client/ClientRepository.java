package org.vetsync.domain.model.client;

import java.util.Optional;

public interface ClientRepository {

  Optional<Client> find(String pimsId);

  void store(Client client);
}
