package org.vetsync.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.vetsync.infrastructure.health.DependencyProbe;

/** UP only when both the database and the broker answer; DOWN says which one did not. */
@Readiness
@ApplicationScoped
public class DependenciesReadiness implements HealthCheck {

  @Inject private DependencyProbe probe;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("vetsync-dependencies").up();
    probe.databaseProblem().ifPresentOrElse(
        problem -> response.down().withData("database", problem), () -> response.withData("database", "UP"));
    probe.brokerProblem().ifPresentOrElse(
        problem -> response.down().withData("broker", problem), () -> response.withData("broker", "UP"));
    return response.build();
  }
}
