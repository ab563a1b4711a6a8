package org.vetsync.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A staff member's browser session without the browser: cookies, redirects, form login. */
public final class ConsoleClient {

  private final String appUrl;
  private final HttpClient http;

  public ConsoleClient(String appUrl) {
    this.appUrl = appUrl;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET().build());
  }

  /** Opens a console page, is sent to the login form, and submits it. Returns the page shown afterwards. */
  public HttpResponse<String> login(String page, String user, String password) {
    get(page);
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(URI.create(appUrl + "/j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** A read through the console's API, as the logged-in user. */
  public HttpResponse<String> read(String path) {
    return send(HttpRequest.newBuilder(URI.create(appUrl + "/api/staff/" + path)).GET().build());
  }

  /** A staff action through the console's API, as the logged-in user. */
  public HttpResponse<String> act(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(appUrl + "/api/staff/" + path))
            .header("Content-Type", "application/json")
            .header("X-Vetsync-Action", "1")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
