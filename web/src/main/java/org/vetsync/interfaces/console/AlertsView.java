package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import org.vetsync.application.query.Alerts;
import org.vetsync.application.query.DashboardQueries;
import org.vetsync.application.query.NearExpiry;

/** The alert banner every console page shows: read once per request that renders it. */
@Named
@RequestScoped
public class AlertsView {

  @Inject private DashboardQueries queries;
  @Inject private Clock clock;

  private Alerts alerts;

  public Alerts getAlerts() {
    if (alerts == null) {
      alerts = queries.alerts();
    }
    return alerts;
  }

  /** "in 1 h 05 min": how long the cabinet still offers the consult's items. */
  public String timeLeft(NearExpiry consult) {
    long minutes = Math.max(0, Duration.between(clock.instant(), consult.expiresAt()).toMinutes());
    return minutes < 60 ? "in " + minutes + " min" : String.format("in %d h %02d min", minutes / 60, minutes % 60);
  }
}
