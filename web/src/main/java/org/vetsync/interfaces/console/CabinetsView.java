package org.vetsync.interfaces.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vetsync.application.query.CabinetQueries;
import org.vetsync.application.query.CabinetRow;

/** The cabinets page: read once per visit, so filtering the table works on the same rows. */
@Named
@ViewScoped
public class CabinetsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CabinetQueries queries;

  private List<CabinetRow> cabinets;

  @PostConstruct
  void load() {
    cabinets = queries.all();
  }

  public List<CabinetRow> getCabinets() {
    return cabinets;
  }
}
