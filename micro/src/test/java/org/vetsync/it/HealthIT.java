package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.vetsync.testsupport.BrokerControl;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.TestEnvironment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  private final TestEnvironment env = TestEnvironment.get();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthIsDownWhileTheBrokerIsStoppedAndUpAgainAfter() {
    HttpResponse<String> up = awaitHealth(200);
    assertTrue(up.body().contains("\"broker\":\"UP\""), up.body());
    assertTrue(up.body().contains("\"database\":\"UP\""), up.body());

    BrokerControl broker = env.broker();
    broker.stop();
    try {
      HttpResponse<String> down = awaitHealth(503);
      assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
      assertTrue(down.body().contains("\"broker\":\"broker: "), "names the broker: " + down.body());
      assertTrue(down.body().contains("\"database\":\"UP\""), down.body());
    } finally {
      broker.start();
    }
    assertEquals(200, awaitHealth(200).statusCode());
  }

  private HttpResponse<String> awaitHealth(int status) {
    return Poll.until(
        "GET /health answering " + status,
        Duration.ofSeconds(60),
        () -> {
          HttpResponse<String> response = get();
          return response.statusCode() == status ? Optional.of(response) : Optional.empty();
        });
  }

  private HttpResponse<String> get() {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(env.serverUrl() + "/health")).timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("GET /health failed: " + e.getMessage(), e);
    }
  }
}
