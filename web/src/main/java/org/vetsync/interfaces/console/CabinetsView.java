package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vetsync.application.query.CabinetQueries;
import org.vetsync.application.query.CabinetRow;

/** The cabinets page: read-only, so a request-scoped bean that reads once per request is enough. */
@Named
@RequestScoped
public class CabinetsView {

  @Inject private CabinetQueries queries;

  private List<CabinetRow> cabinets;

  public List<CabinetRow> getCabinets() {
    if (cabinets == null) {
      cabinets = queries.all();
    }
    return cabinets;
  }
}
