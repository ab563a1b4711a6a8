package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vetsync.domain.model.cabinet.Cabinet;

/** Read side of the cabinets page: each cabinet and what it stocks under which item code. */
@Stateless
public class CabinetQueries {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** Every registered cabinet's code, in order: what the dashboard's cabinet filter offers. */
  public List<String> codes() {
    return em.createQuery("select c.code from Cabinet c order by c.code", String.class).getResultList();
  }

  public List<CabinetRow> all() {
    Map<String, List<StockedProduct>> stock = new TreeMap<>();
    for (Object[] s : em.createQuery(
            "select s.cabinetCode, p.code, p.name, s.itemCode, p.unit, p.price, p.billable"
                + " from Product p join p.stock s order by p.code",
            Object[].class)
        .getResultList()) {
      stock.computeIfAbsent((String) s[0], c -> new ArrayList<>()).add(new StockedProduct(
          (String) s[1], (String) s[2], (String) s[3], (String) s[4], (BigDecimal) s[5], (Boolean) s[6]));
    }
    Map<String, CabinetRow> rows = new LinkedHashMap<>();
    for (Cabinet c : em.createQuery("select c from Cabinet c order by c.code", Cabinet.class).getResultList()) {
      rows.put(c.getCode(), new CabinetRow(
          c.getCode(), c.getName(), c.getLocation(), true, stock.getOrDefault(c.getCode(), List.of())));
    }
    stock.forEach((code, products) -> rows.putIfAbsent(code, new CabinetRow(code, null, null, false, products)));
    return List.copyOf(rows.values());
  }
}
