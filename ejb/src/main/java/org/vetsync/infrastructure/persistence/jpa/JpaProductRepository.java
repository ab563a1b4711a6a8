package org.vetsync.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.vetsync.domain.model.product.Product;
import org.vetsync.domain.model.product.ProductRepository;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Override
  public Optional<Product> find(String code) {
    return em.createQuery("select p from Product p where p.code = :code", Product.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Product> findByItemCode(String cabinetCode, String itemCode) {
    return em.createQuery(
            "select p from Product p join p.stock s where s.cabinetCode = :cabinet and s.itemCode = :item",
            Product.class)
        .setParameter("cabinet", cabinetCode)
        .setParameter("item", itemCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Product product) {
    em.persist(product);
  }
}
