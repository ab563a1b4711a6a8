package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.TestEnvironment;

/** The maintenance sweep fires on its own and records each run in the database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledJobIT {

  private final TestEnvironment env = TestEnvironment.get();

  @Test
  void theMaintenanceSweepRunsAndIsRecorded() {
    long before = runs();
    long after = Poll.until("another sweep run", Duration.ofSeconds(35), () -> {
      long now = runs();
      return now > before ? Optional.of(now) : Optional.empty();
    });
    assertTrue(after > before);
    long inDatabase =
        ((Number) env.database().query("select runs from scheduled_job where name = 'maintenance-sweep'").get(0).get("runs"))
            .longValue();
    assertTrue(inDatabase >= after, "the run count comes from the database");
  }

  private long runs() {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(env.appUrl() + "/api/status")).build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonObject status = Json.createReader(new StringReader(response.body())).readObject();
      return status.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
          .filter(job -> job.getString("name").equals("maintenance-sweep"))
          .mapToLong(job -> job.getJsonNumber("runs").longValue())
          .findFirst()
          .orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException("GET /api/status failed: " + e.getMessage(), e);
    }
  }
}
