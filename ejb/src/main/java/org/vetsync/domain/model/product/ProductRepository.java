package org.vetsync.domain.model.product;

import java.util.Optional;

public interface ProductRepository {

  Optional<Product> find(String code);

  /** The product a cabinet stocks under its own item code. */
  Optional<Product> findByItemCode(String cabinetCode, String itemCode);

  void store(Product product);
}
